//! `clean_html` on realistic and hostile markup.

use declutter::clean_html;

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Storm hits the coast | The Springfield Herald</title>
<meta property="og:title" content="Storm hits the coast">
<meta property="og:site_name" content="The Springfield Herald">
<style>body { color: red } .secret-style { display: none }</style>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Storm hits the coast",
 "datePublished":"2023-02-22T08:00:00-05:00","author":{"@type":"Person","name":"Jane Doe"},
 "publisher":{"@type":"Organization","name":"The Springfield Herald"}}
</script>
<script>var secretScript = "tracking code";</script>
</head>
<body>
<header class="site-header"><a href="/">The Springfield Herald</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
</header>
<main>
<article>
<h1>Storm hits the coast</h1>
<p class="byline">By Jane Doe</p>
<time datetime="2023-02-22">February 22, 2023</time>
<p>A storm hit the coast on Monday, leaving thousands of homes without power and roads flooded across the county.</p>
<figure><img src="storm.jpg" alt=""><figcaption>Waves crash over the sea wall in Springfield on Monday.</figcaption></figure>
<p>Crews worked through the night to restore the lines, officials said, and most homes had power again by Tuesday.</p>
<div hidden>Hidden text that must not appear.</div>
<p style="display: none">Invisible paragraph that must not appear.</p>
<p>The county expects the cost of the damage to run into millions of dollars, the mayor told reporters on Tuesday.</p>
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/a">Flood warnings issued for the weekend</a></li>
<li><a href="/b">How to prepare your home for a storm</a></li></ul></aside>
</main>
<footer><p>© 2023 The Springfield Herald. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
<noscript>Please enable JavaScript to view this site.</noscript>
</body></html>"#;

#[test]
fn realistic_page() {
    let a = clean_html(PAGE);
    assert_eq!(a.title(), Some("Storm hits the coast"));
    assert_eq!(
        a.date().map(|d| d.to_string()).as_deref(),
        Some("2023-02-22")
    );
    assert_eq!(a.source(), Some("The Springfield Herald"));
    assert_eq!(a.byline(), Some("Jane Doe"));
    assert_eq!(
        a.paragraphs(),
        [
            "A storm hit the coast on Monday, leaving thousands of homes without power and roads flooded across the county.",
            "Crews worked through the night to restore the lines, officials said, and most homes had power again by Tuesday.",
            "The county expects the cost of the damage to run into millions of dollars, the mayor told reporters on Tuesday.",
        ]
    );
}

#[test]
fn scripts_styles_and_hidden_text_never_appear() {
    let a = clean_html(PAGE);
    let all = format!("{:?}", a);
    for needle in [
        "secret",
        "tracking",
        "color: red",
        "Hidden text",
        "Invisible",
        "enable JavaScript",
        "Waves crash",
        "Related stories",
        "Privacy",
    ] {
        assert!(!all.contains(needle), "{needle} leaked into {all}");
    }
}

#[test]
fn deep_nesting_does_not_overflow() {
    let depth = 100_000;
    let mut html = String::with_capacity(depth * 11 + 200);
    for _ in 0..depth {
        html.push_str("<div>");
    }
    html.push_str(
        "<p>A storm hit the coast on Monday, leaving thousands of homes without power.</p>",
    );
    for _ in 0..depth {
        html.push_str("</div>");
    }
    let a = clean_html(&html);
    assert!(a.body().contains("A storm hit the coast"));
    // Unclosed, too.
    let a = clean_html(&html[..html.len() / 2 + 40]);
    let _ = a.body();
}

#[test]
fn malformed_markup_does_not_panic() {
    let long_attr = format!("<p class=\"{}\">Text</p>", "ad ".repeat(100_000));
    let inputs = [
        "",
        "<",
        "<<<>>>",
        "<p>unclosed <b>bold <i>italic",
        "<table><tr><td>cell<td>cell</table></tr>",
        "</div></div></p>",
        "<script>never closed",
        "<html><head><title>only a title",
        "<meta property=\"og:title\" content=\"\"><time datetime=\"9999-99-99\">x</time>",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-13-45\"</script>",
        "<script type=\"application/ld+json\">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[</script>",
        "\u{0}\u{feff}<p>\r\nnul and bom\u{2028}</p>",
        long_attr.as_str(),
    ];
    for input in inputs {
        let _ = clean_html(input);
    }
}

#[test]
fn ld_json_nesting_is_walked_without_recursion() {
    let mut json = String::new();
    for _ in 0..100 {
        json.push_str("{\"a\":");
    }
    json.push_str("{\"@type\":\"NewsArticle\",\"headline\":\"Deep headline here\"}");
    for _ in 0..100 {
        json.push('}');
    }
    let html = format!("<script type=\"application/ld+json\">{json}</script><p>Body text of the story goes here and runs on for a while.</p>");
    assert_eq!(clean_html(&html).title(), Some("Deep headline here"));
}

#[test]
fn a_markup_headline_on_another_line_than_the_document_title() {
    // The text path takes the headline from the document title (a range of
    // its first line); the markup's <h1> sits on another, shorter line. The
    // range must not be applied to that line.
    let html = "<html><head><title>Cyber deals</title></head>\
                <body><p>Black Friday 2025 cybersecurity deals to explore this week | Example Security Weekly Magazine</p>\
                <h1>Cyber deals</h1><p>Here are the deals that are worth a look this year, with our notes on each of them.</p></body></html>";
    let article = clean_html(html);
    assert_eq!(article.title(), Some("Cyber deals"));
}

#[test]
fn the_date_printed_at_the_headline_beats_the_markups_when_the_markup_states_it_too() {
    let story = "<p>A storm hit the coast on Monday, leaving thousands of homes without power and roads flooded across the county.</p>\
                 <p>Crews worked through the night to restore the lines, officials said, and most homes had power again by Tuesday.</p>";
    let page = |shown: &str, modified: &str| {
        format!(
            "<html><head><title>Storm hits the coast</title>\
             <meta property=\"article:published_time\" content=\"2023-02-22T08:00:00Z\">\
             <meta property=\"article:modified_time\" content=\"{modified}\"></head>\
             <body><article><h1>Storm hits the coast</h1><p>{shown}</p>{story}</article></body></html>"
        )
    };
    let date = |html: &str| clean_html(html).date().map(|d| d.to_string());
    // The page shows the revision date the markup states.
    assert_eq!(
        date(&page("March 3, 2023", "2023-03-03T10:00:00Z")).as_deref(),
        Some("2023-03-03")
    );
    // A date the markup does not state, or one labelled as a revision,
    // leaves the markup's publication date.
    assert_eq!(
        date(&page("March 3, 2023", "2023-03-05T10:00:00Z")).as_deref(),
        Some("2023-02-22")
    );
    assert_eq!(
        date(&page("Updated March 3, 2023", "2023-03-03T10:00:00Z")).as_deref(),
        Some("2023-02-22")
    );
}

#[test]
fn with_no_date_in_the_markup_a_date_line_after_the_headline_is_taken() {
    let mut body = String::from("<h1>Storm hits the coast</h1>");
    for _ in 0..12 {
        body.push_str("<p>A storm hit the coast on Monday, leaving thousands of homes without power and roads flooded across the county.</p>");
    }
    body.push_str("<p>Feb 2, 2023</p>");
    let html = format!("<html><head><title>Storm hits the coast</title></head><body><article>{body}</article></body></html>");
    assert_eq!(
        clean_html(&html).date().map(|d| d.to_string()).as_deref(),
        Some("2023-02-02")
    );
}

#[test]
fn an_introduction_between_the_headline_and_the_article_container_is_kept() {
    let mut html = String::from(
        "<html><head><title>The best kettles</title></head><body><h1>The best kettles</h1>",
    );
    let intro = [
        "We tested twenty kettles over three months in our kitchen, boiling water for tea and for coffee.",
        "Each kettle was judged on how fast it boils, how quiet it is and how well it pours without dripping.",
        "Here are the ones we liked best, from the cheapest to the most expensive, with notes on each of them.",
    ];
    for p in intro {
        html.push_str(&format!("<p>{p}</p>"));
    }
    html.push_str("<div class=\"entries\">");
    for k in 0..10 {
        html.push_str(&format!("<h2>Kettle number {k}</h2><p>Kettle number {k} boils a full litre in under three minutes and pours cleanly, and its handle stays cool.</p>"));
    }
    html.push_str("</div></body></html>");
    let article = clean_html(&html);
    for p in intro {
        assert!(
            article.paragraphs().iter().any(|q| q == p),
            "{p} is missing"
        );
    }
}

#[test]
fn a_highlighted_comment_in_a_code_block_is_code_not_a_comment_thread() {
    let para = "To read the file line by line, open it once and hand the reader to the loop, as below; the comment says why.";
    let html = format!(
        "<html><body><article><h1>Reading files</h1><p>{para}</p>\
         <pre><code class=\"hljs\"><span class=\"hljs-comment\">// buffered: one system call per block, not per line</span>\n\
         let reader = BufReader::new(file);</code></pre><p>{para}</p><p>{para}</p></article>\
         <div class=\"comments\"><p>Great post, thanks for writing it up so clearly for all of us!</p></div></body></html>"
    );
    let body = clean_html(&html).body();
    assert!(
        body.contains("// buffered: one system call per block, not per line"),
        "{body}"
    );
    assert!(body.contains("BufReader::new(file)"), "{body}");
    assert!(!body.contains("Great post"), "{body}");
}

/// A page of `items` linked headlines under a one-line introduction, with a
/// menu; `dated` adds the markup's publication date.
fn listing(dated: bool) -> String {
    let meta = if dated {
        r#"<meta property="article:published_time" content="2024-03-01">"#
    } else {
        ""
    };
    let items: String = (1..=12)
        .map(|i| {
            format!(
                "<tr><td>{i}.</td><td><a href='/job/{i}'>Startup number {i} is hiring a founding engineer in Berlin</a> (example.com)</td></tr>"
            )
        })
        .collect();
    format!(
        "<html><head><title>Jobs</title>{meta}</head><body>\
         <nav><a href='/'>Home</a> | <a href='/new'>New</a> | <a href='/jobs'>Jobs</a></nav>\
         <div>These are jobs at young companies, newest first.</div><table>{items}</table></body></html>"
    )
}

#[test]
fn a_listings_linked_items_are_its_content() {
    let body = clean_html(&listing(false)).body();
    assert!(
        body.contains("Startup number 7 is hiring a founding engineer in Berlin"),
        "{body}"
    );
    assert!(!body.contains("Home"), "{body}");
}

#[test]
fn a_dated_page_is_a_story_and_its_linked_headlines_are_teasers() {
    let body = clean_html(&listing(true)).body();
    assert!(!body.contains("Startup number 7"), "{body}");
}
