//! The lexical families of the line classifier.
//!
//! Only what is truly lexical lives here: fixed phrases that mean the same on
//! every site (ad markers, agency credits, wire credits, share/follow chrome).
//! Each family speaks English, German, French, Spanish, Italian, Portuguese
//! and Dutch: the phrases are a site's chrome in whatever language the site
//! is in, and a family that knows one language leaves the others' clutter in
//! the body. The non-English phrases sit beside their English twins, so one
//! alternation (one DFA pass) still answers for every language.
//! Whether a line is prose, a headline or a caption is decided from its shape
//! and its neighbours, not from word lists.
//!
//! No pattern repeats a full Unicode class (`\p{L}`) in a bounded loop: such a pattern multiplies
//! the lazy DFA's states until it gives up and a far slower engine takes over
//! (one such pattern once made the classifier fifty times slower). Names are
//! matched with Latin ranges instead.
//!
//! Every pattern is anchored at the start of the line. That matters for speed:
//! all families are compiled into one `RegexSet`, and on a prose line every
//! anchored pattern dies within the first few bytes, so one lazy-DFA pass costs
//! about as much as reading the first word. Patterns are matched against the
//! trimmed line.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{LazyLock, OnceLock};

use regex::RegexSet;
use regex_automata::{meta, Anchored, Input};

use super::rule::Rule;
use crate::text::words::ascii_boundaries;

/// A family of patterns that all mean one kind of line.
pub(crate) struct Family {
    /// The verdict on a line the family matches: its kind and the reason
    /// `explain` shows.
    pub rule: Rule,
    /// A line longer than this (in chars) is not of this family even when a
    /// pattern matches its start: a credit or a share button is short, a
    /// sentence that happens to begin with "Photo:" is not.
    pub max_chars: usize,
    pub patterns: &'static [&'static str],
    /// Patterns anchored only at the end of the line, for clutter that is
    /// recognised by how it ends ("… contributed to this report."). They are
    /// compiled apart from the start-anchored ones: a regex anchored only at
    /// the end is searched backwards from the end and gives up within a few
    /// bytes on ordinary lines.
    pub suffixes: &'static [&'static str],
    /// Patterns tried only on lines that contain a `/`: credits that start
    /// with a photographer's name ("Evan Vucci/AP"). Tried on every line, the
    /// leading name would keep the DFA reading every title-case line.
    pub with_slash: &'static [&'static str],
    /// Patterns tried only on short lines (at most `SHORT_LINE` chars): ones
    /// that must read a few words of any capitalised line before they can
    /// fail ("Jill Winger says"), which would cost every line of prose.
    pub short: &'static [&'static str],
    /// Whole-line phrases, per language, in lower case: a line that is one
    /// of them, with only `phrase_lead` before it and [`TAIL`] after it, is
    /// of the family. Looked up in one hash table instead of compiled into
    /// the alternation: hundreds of literal alternatives cost the regex
    /// compiler more than all the other patterns together, and a table
    /// answers in one probe whatever the number of languages.
    pub phrases: &'static [&'static [&'static str]],
    /// What may stand before a phrase (bullets, separators).
    pub phrase_lead: &'static [char],
}

/// The longest line the `suffixes` are tried on, in chars. What they catch
/// ("Reuters contributed to this report.", "© Acme. All rights reserved.")
/// names a few sources in one short line; most lines of prose are longer,
/// and skipping them saves a search on almost every paragraph.
const SUFFIX_LINE: usize = 120;

/// The longest line the `short` patterns are tried on, in chars.
const SHORT_LINE: usize = 48;

/// News agencies and picture agencies as they appear in credit lines.
/// Case-sensitive on purpose: "AP" is a credit, "ap" is not.
macro_rules! agency {
    () => {
        r"(?:AP|AFP|REUTERS|Reuters|EPA|EPA-EFE|EFE|ANSA|Getty Images|Getty|Shutterstock|Alamy|Alamy Stock Photo|Bloomberg|Xinhua|TASS|Sputnik|Anadolu Agency|Anadolu|Pool|POOL|NurPhoto|SIPA|Sipa USA|ZUMA Press|ZUMA Wire|ZUMA|Zuma|UPI|PA|PA Wire|PA Images|PA Media|Rex Features|REX|Shutterstock/REX|Corbis|iStock|iStockphoto|AP Photo|AAP|KCNA|KCNA via KNS|Kyodo|Yonhap|Imagn|Imagn Images|USA TODAY Sports|USA TODAY NETWORK|Icon Sportswire|WireImage|FilmMagic|Polaris|Redux|Backgrid|BACKGRID|Splash News|Unsplash|Pexels|Pixabay|Wikimedia Commons|Flickr|NASA|Handout|HANDOUT|DPA|dpa|picture alliance|Picture Alliance|picture-alliance|KEYSTONE|Keystone|APA|ANP|Belga|BELGA|Lusa|LUSA|Europa Press|LaPresse|IMAGO|Imago|imago images|IMAGO Images|ddp|epd|KNA|SDA|Ritzau|Abaca|ABACAPRESS|Avalon|Camera Press|Magnum Photos|The Washington Post|The New York Times|Los Angeles Times|Chicago Tribune)"
    };
}

/// A personal or organisation name as printed in a credit ("Evan Vucci",
/// "Mikhail Metzel", "U.S. Navy").
macro_rules! name {
    () => {
        // Latin letters only (with Latin-1 accents): a full Unicode letter
        // class repeated this many times would multiply the DFA's states.
        r"[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’\-]*(?:\s+(?:[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’\-]*|de|van|von|da|del|la|le|bin|al)){0,4}"
    };
}

/// Trailing punctuation a marker line may carry ("ADVERTISEMENT -", "Advertisement:").
macro_rules! tail {
    () => {
        r"[\s\-–—:.|•·*]*$"
    };
}

/// Ad markers on a line of their own ("Advertisement", "- Anzeige -").
const AD_MARKERS: &[&[&str]] = &[
    // English
    &[
        "advertisement",
        "advertisements",
        "advertisment",
        "advertising",
        "advert",
        "ad",
        "ads",
        "sponsored",
        "sponsored content",
        "sponsored link",
        "sponsored links",
        "paid content",
        "paid post",
        "promoted",
        "promoted content",
        "partner content",
        "ad feedback",
        "report ad",
        "report this ad",
        "skip ad",
        "skip advertisement",
        "skip this ad",
        "skip this advertisement",
        "close ad",
        "ad choices",
        "adchoices",
    ],
    // German
    &["anzeige", "werbung", "reklame", "gesponsert"],
    // French
    &[
        "publicité",
        "publicite",
        "annonce",
        "contenu sponsorisé",
        "contenu partenaire",
        "publireportage",
        "publi-reportage",
    ],
    // Spanish
    &[
        "publicidad",
        "anuncio",
        "patrocinado",
        "contenido patrocinado",
    ],
    // Italian
    &[
        "pubblicità",
        "pubblicita",
        "annuncio",
        "sponsorizzato",
        "contenuto sponsorizzato",
    ],
    // Portuguese (words shared with a language above are listed there once)
    &["publicidade", "anúncio", "conteúdo patrocinado"],
    // Dutch
    &[
        "advertentie",
        "advertenties",
        "gesponsord",
        "gesponsorde inhoud",
    ],
];

/// Navigation, account, share and section links on a line of their own
/// ("Home", "Sign in", "Teilen", "Mentions légales").
const NAVIGATION: &[&[&str]] = &[
    // English
    &[
        "back",
        "go back",
        "back to top",
        "top",
        "topic",
        "topics",
        "home",
        "homepage",
        "menu",
        "main menu",
        "search",
        "section",
        "sections",
        "all sections",
        "skip to content",
        "skip to main content",
        "skip to navigation",
        "skip to site index",
        "skip navigation",
        "login",
        "log in",
        "logout",
        "log out",
        "signin",
        "sign in",
        "signout",
        "sign out",
        "signup",
        "sign up",
        "register",
        "subscribe",
        "subscribe now",
        "subscriber",
        "account",
        "my account",
        "profile",
        "today’s paper",
        "today's paper",
        "epaper",
        "e-paper",
        "next",
        "previous",
        "prev",
        "next article",
        "next story",
        "next post",
        "previous article",
        "previous story",
        "previous post",
        "more",
        "read more",
        "see more",
        "show more",
        "load more",
        "view more",
        "more stories",
        "related",
        "related stories",
        "related articles",
        "related posts",
        "related content",
        "related coverage",
        "related topics",
        "you may also like",
        "recommended",
        "recommended for you",
        "trending",
        "trending now",
        "popular",
        "most popular",
        "most read",
        "most viewed",
        "top stories",
        "latest",
        "latest news",
        "latest stories",
        "editor’s picks",
        "editor's picks",
        "share",
        "share this",
        "share article",
        "share story",
        "share post",
        "share page",
        "share this article",
        "share this story",
        "share this post",
        "share this page",
        "shares",
        "tweet",
        "email",
        "e-mail",
        "print",
        "comment",
        "comments",
        "leave a comment",
        "post a comment",
        "add a comment",
        "show comments",
        "view comments",
        "reply",
        "like",
        "follow",
        "follow us",
        "facebook",
        "twitter",
        "x",
        "instagram",
        "linkedin",
        "youtube",
        "whatsapp",
        "pinterest",
        "reddit",
        "tiktok",
        "telegram",
        "flipboard",
        "copy link",
        "copy",
        "link copied",
        "close",
        "open",
        "toggle navigation",
        "advertise",
        "advertise with us",
        "contact",
        "contact us",
        "about",
        "about us",
        "privacy",
        "privacy policy",
        "terms",
        "terms of use",
        "terms of service",
        "terms and conditions",
        "cookie policy",
        "cookies",
        "cookie settings",
        "accept",
        "accept all",
        "accept cookies",
        "reject all",
        "manage cookies",
        "manage preferences",
        "do not sell my info",
        "do not sell my information",
        "do not sell my personal info",
        "do not sell my personal information",
        "sitemap",
        "rss",
        "newsletter",
        "newsletters",
        "jobs",
        "careers",
        "help",
        "faq",
        "feedback",
        "tag",
        "tags",
        "filed under",
        "listen",
        "listen to article",
        "listen to this article",
        "watch",
        "play",
        "video",
        "videos",
        "photos",
        "gallery",
        "view gallery",
        "enlarge",
        "expand",
        "zoom",
        "loading",
        "loading...",
        "opinion",
        "news",
        "world",
        "politics",
        "business",
        "sport",
        "sports",
        "entertainment",
        "lifestyle",
        "health",
        "science",
        "technology",
        "tech",
        "culture",
        "travel",
        "weather",
        "local",
        "national",
        "video player",
    ],
    // German
    &[
        "startseite",
        "suche",
        "anmelden",
        "abmelden",
        "registrieren",
        "abonnieren",
        "jetzt abonnieren",
        "newsletter abonnieren",
        "mein konto",
        "teilen",
        "drucken",
        "mehr",
        "weiterlesen",
        "mehr lesen",
        "zurück",
        "weiter",
        "nächste",
        "vorherige",
        "schließen",
        "impressum",
        "datenschutz",
        "datenschutzerklärung",
        "kontakt",
        "antworten",
    ],
    // French
    &[
        "accueil",
        "rechercher",
        "recherche",
        "se connecter",
        "connexion",
        "déconnexion",
        "s'inscrire",
        "s’inscrire",
        "s'abonner",
        "s’abonner",
        "mon compte",
        "partager",
        "imprimer",
        "lire la suite",
        "en savoir plus",
        "voir plus",
        "suivant",
        "précédent",
        "fermer",
        "mentions légales",
        "politique de confidentialité",
        "nous contacter",
        "répondre",
    ],
    // Spanish
    &[
        "inicio",
        "portada",
        "buscar",
        "búsqueda",
        "iniciar sesión",
        "cerrar sesión",
        "registrarse",
        "suscribirse",
        "suscríbete",
        "mi cuenta",
        "compartir",
        "imprimir",
        "leer más",
        "ver más",
        "siguiente",
        "anterior",
        "cerrar",
        "aviso legal",
        "política de privacidad",
        "contacto",
        "responder",
    ],
    // Italian
    &[
        "cerca",
        "accedi",
        "esci",
        "registrati",
        "iscriviti",
        "abbonati",
        "il mio account",
        "condividi",
        "stampa",
        "leggi di più",
        "leggi tutto",
        "mostra di più",
        "successivo",
        "precedente",
        "chiudi",
        "note legali",
        "contatti",
        "rispondi",
    ],
    // Portuguese (words shared with a language above are listed there once)
    &[
        "início",
        "pesquisar",
        "pesquisa",
        "entrar",
        "sair",
        "cadastre-se",
        "assine",
        "assinar",
        "minha conta",
        "compartilhar",
        "compartilhe",
        "partilhar",
        "leia mais",
        "ver mais",
        "próximo",
        "fechar",
        "política de privacidade",
        "contato",
    ],
    // Dutch
    &[
        "zoeken",
        "inloggen",
        "uitloggen",
        "registreren",
        "abonneren",
        "mijn account",
        "delen",
        "afdrukken",
        "lees meer",
        "meer",
        "volgende",
        "vorige",
        "sluiten",
        "privacybeleid",
        "reageren",
    ],
];

/// What may stand before an ad marker: white space, dashes, bars, bullets.
const AD_LEAD: &[char] = &['-', '–', '—', '|', '•', '·', '*'];
/// What may stand before a navigation link: an ad marker's lead and arrows.
const NAV_LEAD: &[char] = &['-', '–', '—', '|', '•', '·', '»', '›', '<', '>', '*'];
/// What may stand after a phrase (the characters of `tail!`, white space
/// aside): "ADVERTISEMENT -", "Share:", "Next »" is not one ("»" is a lead).
const TAIL: &[char] = &['-', '–', '—', ':', '.', '|', '•', '·', '*'];

pub(crate) static FAMILIES: &[Family] = &[
    Family {
        rule: Rule::Sponsor,
        phrases: &[],
        phrase_lead: &[],
        max_chars: 400,
        short: &[],
        with_slash: &[],
        suffixes: &[],
        patterns: &[
            r"(?i)^sponsor(?:ed)?\s*(?:by\b|[:\-–—])",
            r"(?i)^(?:presented|brought to you|supported|powered|paid for|underwritten) by\b",
            r"(?i)^in (?:partnership|association) with\b",
            r"(?i)^(?:this|the following) (?:content|article|story|post) (?:is|was) (?:sponsored|paid for|produced)\b",
            // de, fr, es, it, pt, nl: "Präsentiert von", "Sponsorisé par", "Patrocinado por".
            r"(?i)^(?:(?:gesponsert|präsentiert|unterstützt) (?:von|durch)|(?:sponsorisé|présenté|proposé) par|(?:patrocinado|presentado|ofrecido|apresentado|oferecido) por|(?:sponsorizzato|presentato|offerto) da|(?:gesponsord|aangeboden|mogelijk gemaakt) door)\b",
            // "In Zusammenarbeit mit …" also starts sentences: only as a short line.
            r"(?i)^(?:in (?:zusammenarbeit|kooperation) mit|en (?:partenariat|collaboration) avec|en colaboración con|in collaborazione con|em (?:parceria|colaboração) com|in samenwerking met)\b[^.!?]{0,60}$",
        ],
    },
    Family {
        rule: Rule::AdMarker,
        phrases: AD_MARKERS,
        phrase_lead: AD_LEAD,
        max_chars: 80,
        short: &[],
        with_slash: &[],
        suffixes: &[],
        patterns: &[
            concat!(
                r"(?i)^[\s\-–—|•·*]*(?:story|article|content|text) continues (?:below|after)(?: (?:this|the) )?(?: ?(?:advertisement|ad|advert))?",
                tail!()
            ),
            concat!(
                r"(?i)^[\s\-–—|•·*]*continue reading (?:the main story|below|after (?:the )?(?:ad|advertisement))",
                tail!()
            ),
            concat!(
                r"(?i)^[\s\-–—|•·*]*scroll (?:down )?to (?:continue|read)(?: reading)?(?: with content)?",
                tail!()
            ),
            concat!(
                r"(?i)^[\s\-–—|•·*]*(?:advertisement|ad)\s*[\-–—:]\s*(?:scroll|continue|story continues)\b.*",
                tail!()
            ),
            // "Weiterlesen nach der Anzeige", "La suite après la publicité", …
            concat!(
                r"(?i)^[\s\-–—|•·*]*(?:(?:lesen sie )?weiter(?:lesen)? nach der (?:anzeige|werbung)|(?:der )?artikel (?:geht|wird) (?:unter|nach) der (?:anzeige|werbung) (?:weiter|fortgesetzt)|(?:la )?suite (?:de l['’]article )?(?:après|sous) (?:la|cette) publicité|l['’]article continue (?:après|sous) (?:la|cette) publicité|(?:(?:la noticia|el artículo|el texto) )?(?:continúa|sigue) (?:leyendo )?(?:tras|después de|debajo de) (?:la )?publicidad|(?:l['’]articolo )?continua (?:a leggere )?dopo la pubblicità|(?:(?:o )?(?:artigo|texto) )?continua (?:após|depois d)a publicidade|(?:het )?artikel gaat (?:verder )?(?:onder|na) de (?:advertentie|reclame)(?: verder)?)",
                tail!()
            ),
        ],
    },
    Family {
        rule: Rule::WireCredit,
        phrases: &[],
        phrase_lead: &[],
        max_chars: 240,
        short: &[],
        with_slash: &[],
        suffixes: &[
            r"(?i)contributed (?:to )?(?:this|the) (?:report|story|article|reporting)\s*[.)]*$",
        ],
        patterns: &[
            r"(?i)^[\-–—(]*\s*with\s+(?:[A-Za-zÀ-ÿ.’'&]+\s+){0,3}(?:wires?|wire services|wire reports|news services)\s*[.)]?$",
            r"(?i)^[\-–—]+\s*(?:the\s+)?(?:associated press|reuters|afp|agence france-presse|bloomberg(?: news)?|dpa|xinhua|united press international|upi|cnn wire|[\p{L}]+ wire services?)\s*\.?$",
            r"(?i)^(?:the\s+)?associated press\.?$",
            r"(?i)^\(?\s*(?:additional )?reporting by\b",
            r"(?i)^\(?\s*(?:writing|editing|compiled|written|edited) by\b.*\)?$",
            r"(?i)^(?:compiled|written|edited) from (?:wire|news) (?:services|reports)\s*\.?$",
            r"(?i)^this (?:story|article|report) (?:has been|was) (?:updated|corrected)\b.*$",
            // "Mit Material von dpa", "(avec AFP)", "Con EFE", "(dpa/lni)".
            r"(?i)^\(?\s*(?:(?:mit|avec|con|com|met)\s+(?:material\s+(?:von|der|aus)\s+)?)?(?:afp|ap|reuters|dpa|efe|ansa|lusa|anp|belga|apa|sda|kna|epd|agencias|agences|agenturen|nachrichtenagenturen|agências|agenzie|persbureaus)(?:\s*/\s*[a-z]{1,5})?(?:\s*(?:,|und|et|y|e|en|and)\s*(?:afp|ap|reuters|dpa|efe|ansa|lusa|anp|belga|apa|sda|kna|epd))*\s*\)\.?$",
            r"(?i)^\(?\s*(?:mit|avec|con|com|met)\s+(?:material\s+(?:von|der|aus)\s+)?(?:afp|ap|reuters|dpa|efe|ansa|lusa|anp|belga|apa|sda|kna|epd|agencias|agences|agenturen|nachrichtenagenturen|agências|agenzie|persbureaus)(?:\s*(?:,|und|et|y|e|en|and)\s*(?:afp|ap|reuters|dpa|efe|ansa|lusa|anp|belga|apa|sda|kna|epd))*\s*\)?\.?$",
            r"(?i)^\(?\s*(?:con información de|com informações d[aeo]s?|mit informationen (?:von|der)|avec (?:des informations d[eu]|l['’]afp)|met informatie van)\b[^.!?]{0,60}\)?\.?$",
        ],
    },
    Family {
        rule: Rule::PhotoCredit,
        phrases: &[],
        phrase_lead: &[],
        max_chars: 160,
        suffixes: &[],
        patterns: &[
            // "AP", "via REUTERS", "AFP via Getty Images", "AP Photo/Evan Vucci",
            // "Getty Images for Netflix".
            concat!(
                r"^(?:[Vv]ia\s+)?",
                agency!(),
                r"(?:\s+Photo)?(?:\s*/\s*",
                name!(),
                r")?(?:\s+(?:via|for|/)\s+",
                name!(),
                r")?\s*\.?$"
            ),
            // "(AP Photo/Evan Vucci)", "(Photo: Reuters)".
            concat!(
                r"^\(\s*(?:",
                agency!(),
                r"\s+)?(?i:photo|photograph|image|file photo|courtesy)\b[^()]*\)\s*\.?$"
            ),
            // "Photo: …", "Image credit: …", "Photograph by …", "Pictures: …".
            r"(?i)^(?:top |main |lead |header |file |featured )?(?:photo|photos|photograph|photographs|photography|image|images|picture|pictures|pic|graphic|graphics|illustration|video|footage|cover (?:photo|image)|foto|fotos|fotograf|bild|bilder|bildquelle|fotoquelle|crédits? photos?|imagen|imágenes|imagem|imagens|immagine|immagini|fotografía|fotografia|afbeelding|beeld|illustratie|ilustración|ilustração|vídeo)\s*(?:credits?|courtesy|source)?\s*(?::|/|\bby\b|\bcourtesy\b|\b(?:von|par|de|di|door)\s+\p{Lu}|\.{2,}|…)",
            r"(?i)^(?:credits?|courtesy(?: of)?|source|copyright|©|quelle|fuente|fonte|bron|crédits?|créditos?|crediti|credito|bildnachweis|fotonachweis|fotocredit)\s*(?::|\.{2,}|…|\s+of\b)",
            r"(?i)^(?:image|photo|picture)\s+(?:via|from|courtesy of)\b",
        ],
        // "Evan Vucci/AP", "Mikhail Metzel/TASS via AP", "Doug Mills/The New York Times".
        short: &[],
        with_slash: &[concat!(r"^", name!(), r"\s*/\s*", agency!(), r"\b.*$")],
    },
    Family {
        rule: Rule::Byline,
        phrases: &[],
        phrase_lead: &[],
        max_chars: 120,
        short: &[],
        with_slash: &[],
        suffixes: &[],
        // "By" and a capitalised word; the rest of a byline is free-form
        // ("By JOHN SMITH and Jane Doe, Associated Press | Nov 18, 2019"), so
        // the classifier rejects sentence-shaped matches ("By Monday, the
        // council had voted.") by shape instead of spelling names out here.
        patterns: &[
            r"^(?i:by|written by|words by|story by|posted by|text by|von|par|por|di|door)\s+[\p{Lu}\d].*$",
        ],
    },
    Family {
        // Consent banners run to whole paragraphs, so they get their own,
        // longer cap; the phrases are those of the common consent managers.
        rule: Rule::CookieConsent,
        phrases: &[],
        phrase_lead: &[],
        max_chars: 1200,
        short: &[],
        with_slash: &[],
        suffixes: &[],
        patterns: &[
            r"(?i)^(?:this (?:web)?site|we|our (?:web)?site|this (?:web)?site and (?:its )?(?:third[- ]party|partners?)(?: tools)?)\s+(?:uses?|may use|is using|use[sd]?)\s+cookies\b",
            r"(?i)^(?:strictly )?(?:necessary|functional|functionality|analytics?|analytical|performance|marketing|advertising|advertisement|targeting|non-necessary|essential|preference|statistics?|other|uncategori[sz]ed) cookies (?:are|help|is|include|used|allow|ensure|that)\b",
            r"(?i)^any cookies that\b",
            // de, fr, es, it, pt, nl: "Diese Website verwendet Cookies", "Nous utilisons des cookies".
            r"(?i)^(?:(?:diese (?:web)?seite|diese website|wir|ce site(?: web)?|nous|este (?:sitio(?: web)?|site|portal)|esta (?:web|página)|questo sito(?: web)?|deze (?:web)?site|wij|we)\s+(?:verwendet|verwenden|nutzt|nutzen|setzt|setzen|benutzt|benutzen|utilise|utilisons|utiliza|utilizamos|usa|usamos|utilizza|utilizziamo|usiamo|gebruikt|gebruiken|maakt gebruik van|maken gebruik van)|utilizamos|usamos|utilizziamo|usiamo)\b.*\bcookies?\b",
            r"(?i)^(?:alle (?:akzeptieren|ablehnen)|tout (?:accepter|refuser)|(?:aceptar|rechazar) (?:todo|todas)|(?:accetta|rifiuta) (?:tutti|tutto)|(?:aceitar|rejeitar) (?:todos|tudo)|alles (?:accepteren|weigeren)|cookie-?(?:einstellungen|richtlinie|instellingen|voorkeuren)|(?:paramètres|gestion) des cookies|gérer les cookies|(?:configuración|política) de cookies|gestionar (?:las )?cookies|impostazioni (?:dei )?cookie|(?:configurações|política) de cookies|gerir cookies|datenschutz-?einstellungen)\s*$",
            r"(?i)^(?:privacy overview|cookie (?:settings|preferences|policy|consent)|manage (?:consent|cookies)(?: preferences)?|always enabled|necessary|non-necessary|save (?:&|and) accept|accept (?:all|cookies)|reject (?:all)?|do not sell or share my personal information)\s*$",
            r"(?i)^(?:by (?:clicking|continuing|using) .*(?:cookies|privacy|terms)|we (?:and our partners )?(?:use|store|process) (?:cookies|personal data|data)\b)",
        ],
    },
    Family {
        // Headers of what follows an article (comments, related stories,
        // share bars): the main-content region does not extend past them.
        rule: Rule::EndOfArticle,
        phrases: &[],
        phrase_lead: &[],
        // Headers are short and never sentences: "Read more about the new
        // range." inside an article is text, "Read more" alone is not.
        max_chars: 80,
        short: &[],
        with_slash: &[],
        suffixes: &[],
        patterns: &[
            r"(?i)^\d+\s+(?:comments?|responses?|replies|thoughts?|reactions?|kommentare?|antworten|commentaires?|réponses|réactions|comentarios?|respuestas|commenti|commento|risposte|comentários?|respostas|reacties|reactie)\b(?:\s*(?:on|to|\||»|:)\s*.*)?$",
            r"(?i)^(?:leave|post|add|write|submit|join) (?:a|your|the) (?:comment|reply|response|discussion|conversation)\b[^.!?]*$",
            r"(?i)^(?:(?:einen |ihren )?kommentar (?:schreiben|verfassen|abgeben|hinterlassen)|schreiben sie (?:einen|ihren) kommentar|(?:laisser|écrire|ajouter|poster) un commentaire|laissez un commentaire|(?:deja|dejar|escribe|escribir|añadir|publicar) (?:un|tu) comentario|(?:lascia|lasciare|scrivi|aggiungi) un commento|(?:deixe|deixar|escreva|adicione) (?:um|seu|o seu) comentário|(?:laat|plaats|schrijf) een reactie(?: achter)?)\b[^.!?]*$",
            r"(?i)^(?:comments?|discussion|reader comments|responses|what (?:do )?you think\??|kommentare|leserkommentare|diskussion|commentaires|réactions|comentarios|commenti|comentários|reacties|discussie)\s*(?:\(\d+\))?\s*:?$",
            r"(?i)^(?:comments?|discussion|responses|reactions) (?:about|on|to) this (?:post|article|story|page|entry)\s*:?$",
            r"(?i)^(?:related|more|similar|recommended|popular|latest|trending|recent|other|further|featured)\s+(?:posts|articles|stories|news|reads|reading|content|coverage|videos|recipes|guides|links|items)(?:\s+(?:from|on|in|about|by|for|like this)\b[^.!?]{0,50})?\s*:?$",
            r"(?i)^(?:you (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)|read (?:next|more|this next)|also read|don[’']t miss|recommended for you|what to read next|more from|more on this|keep reading|up next)\b[^.!?]{0,40}(?:\.\.\.|…)?:?$",
            r"(?i)^share (?:this|the)(?: (?:article|story|post|page))?\s*:?$",
            // "Lesen Sie auch", "À lire aussi", "Te puede interesar", "Leggi anche", "Leia também", "Lees ook".
            r"(?i)^(?:lesen sie (?:auch|mehr)|(?:das )?könnte (?:sie|dich) (?:auch )?interessieren|auch interessant|mehr zum thema|weitere (?:artikel|beiträge|nachrichten)|ähnliche (?:artikel|beiträge)|(?:à )?lire (?:aussi|également)|sur le même (?:sujet|thème)|(?:articles?|contenus?) (?:similaires|liés|associés|recommandés)|vous (?:aimerez|pourriez aimer) (?:aussi|également)|(?:lee|lea) también|te (?:puede|podría) interesar|(?:noticias|artículos) relacionad[oa]s|más noticias|leggi anche|potrebbe interessarti|(?:articoli|notizie) correlat[ie]|(?:leia|veja) também|(?:notícias|artigos|matérias) relacionad[oa]s|você (?:também )?pode gostar|(?:lees|bekijk) ook|meer (?:over dit onderwerp|nieuws|artikelen)|gerelateerde (?:artikelen|berichten))\b[^.!?]{0,40}(?:\.\.\.|…)?:?$",
            r"(?i)^(?:(?:diesen )?artikel teilen|partager (?:cet|l['’])article|compartir (?:este|el) artículo|condividi (?:questo|l['’])articolo|(?:compartilhe|compartilhar|partilhar|partilhe) (?:este|o) artigo|deel (?:dit|het) artikel)\s*:?$",
            r"(?i)^(?:about the author|tags?|filed under|categories|posted in|über (?:den|die) autor(?:in)?|schlagw(?:ö|o)rte|à propos de l['’]auteur|mots[- ]clés|étiquettes|sobre (?:el|la|o|a) autor(?:a)?|etiquetas|sull['’]autore|etichette|over de auteur|trefwoorden)\s*:?[^.!?]{0,60}$",
        ],
    },
    Family {
        rule: Rule::SiteChrome,
        phrases: NAVIGATION,
        phrase_lead: NAV_LEAD,
        max_chars: 200,
        with_slash: &[],
        short: &[
            r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.\-]*(?:\s+[A-Za-zÀ-ÿ'’.\-]+){0,3}\s+(?:says|said|wrote|writes|replied|sagt|schreibt|schrieb|dit|écrit|escribe|scrive|diz|escreve|zegt|schrijft)\s*:?$",
        ],
        suffixes: &[
            r"(?i)(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden)\W{0,3}$",
        ],
        patterns: &[
            // Comment threads: "reply to comment" (and "Jill Winger says",
            // among the short-line patterns).
            r"(?i)^(?:reply|reply to (?:this )?comment|report (?:this )?comment|log ?in to reply|cancel reply|load more comments|view (?:all )?\d* ?(?:comments|replies))$",
            // Share, follow and click-through prompts.
            r"(?i)^(?:follow|find|like|join|connect with) (?:us|me) on\b.*$",
            r"(?i)^(?:folgen sie uns|folge uns|suivez[- ]nous|retrouvez[- ]nous|síguenos|siguenos|seguici|siga-nos|sigam-nos|volg ons)\b.*$",
            r"(?i)^share (?:on|via|this|to|with)\b.*$",
            r"(?i)^(?:auf \S+ teilen|teilen (?:auf|per|via)|partager (?:sur|par|via)|compartir (?:en|por|vía)|condividi (?:su|via)|(?:compartilhar|partilhar) (?:no|na|via|por)|delen (?:op|via))\b.*$",
            r"(?i)^(?:click|tap) (?:here|to)\b.*$",
            r"(?i)^(?:klicken sie hier|hier klicken|cliquez ici|haga clic aquí|haz clic aquí|pulsa aquí|clicca qui|clique aqui|klik hier)\b.*$",
            // Newsletter and subscription offers.
            r"(?i)^(?:sign up|subscribe|register|join)\b.*\b(?:newsletters?|updates|inbox|e-?mails?|alerts|free|digest)\b.*$",
            r"(?i)^get (?:the|our) .*newsletters?.*$",
            r"(?i)^(?:newsletter abonnieren|jetzt (?:anmelden|abonnieren|registrieren)|melden sie sich|abonnez-vous|inscrivez-vous|suscríbete|suscribite|suscribirse|iscriviti|abbonati|assine|inscreva-se|subscreva|schrijf (?:je|u) (?:nu )?in|abonneer|meld je aan)\b.*\b(?:newsletter|nieuwsbrief|boletín|infolettre|e-?mails?|gratis|gratuite?|gratuitamente|grátis|kostenlos|kostenfrei|postfach|inbox)\b.*$",
            r"(?i)^(?:enter your e-?mail|your e-?mail address|e-?mail address)\b.*$",
            r"(?i)^(?:already a (?:subscriber|member)|not a subscriber|subscribe to (?:continue|read)|become a (?:subscriber|member))\b.*$",
            // Cookie banners and legal lines.
            r"(?i)^(?:©|\(c\)|copyright\b)",
            r"(?i)^(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b",
            r"(?i)^by (?:using|continuing|clicking|browsing)\b.*\b(?:cookies|terms|privacy|agree)\b",
            // Counters: "0", "1.2K", "12 comments", "Comments (3)", "5 min read".
            r"(?i)^[\d.,]+\s*[km]?$",
            // Pagination: "1 2 3 4 5", "« 1 2 3 … 12 Next »".
            r"(?i)^(?:[«‹<]\s*|prev(?:ious)?\s+)?(?:\d{1,4}\s+|…\s+|\.\.\.\s+){2,}\d{1,4}(?:\s+next)?(?:\s*[»›>])?$",
            r"(?i)^[\d.,]+\s*[km]?\s+(?:comments?|shares?|likes?|views?|reads?|replies|responses|reactions|followers|subscribers|points?|votes?|retweets?)$",
            r"(?i)^(?:comments?|shares?|views?|likes?|replies)\s*[:(]?\s*[\d.,]+\s*[km]?\)?$",
            r"(?i)^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s\-]min(?:ute)?s?\.?\s+(?:read|listen|watch)$",
            // "Lesezeit: 3 Min.", "3 min de lecture", "Tempo di lettura: 4 minuti", "Leestijd 3 minuten".
            r"(?i)^(?:(?:lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd)\s*:?\s*(?:ca\.\s*)?\d+\s*min(?:\.|uten|utes|utos|uti)?|\d+\s*min(?:\.|uten|utes|utos|uti)?\s+(?:lesezeit|de lecture|de lectura|di lettura|de leitura|leestijd)|(?:lectura|leitura) de \d+\s*min(?:utos)?)\.?$",
            // Breadcrumbs and separator-led fragments ("Home > News", "| Remer,MN").
            r"(?i)^(?:home|startseite|accueil|inicio|início|portada)\s*[>/»›|]",
            // Not "•": a bullet starts a list item, article text or a menu
            // entry, which only its neighbourhood tells (the region stage).
            r"^[|·»›]\s*.*$",
            r"^[\s|•·»›/\-–—*_=#~+]+$",
        ],
    },
];

/// A group's patterns compiled as one multi-pattern regex, in `FAMILIES`
/// order. One anchored search answers "is this line clutter at all?" in a
/// lazy-DFA pass that dies within the first bytes of most lines, and for the
/// few lines that are, the pattern it reports is the first that matches (all
/// the patterns of a start-anchored group match at the line's start, where
/// leftmost-first prefers the earlier pattern), so its family is the first
/// family that matches. Only when that family's cap rules the line out are
/// the later families asked one by one, each a `RegexSet` compiled on first
/// use: compiling every family's set up front, as well as the whole, cost
/// as much start-up as the whole again for sets a page almost never needs.
struct Group {
    all: meta::Regex,
    /// Whether every pattern is anchored at the line's start, so that the
    /// pattern reported is the first that matches.
    anchored: bool,
    /// The family of each pattern, by pattern index.
    family_of: Vec<u8>,
    families: Vec<Members>,
}

/// One family's patterns within a group.
struct Members {
    family: u8,
    patterns: Vec<String>,
    set: OnceLock<RegexSet>,
}

impl Members {
    fn is_match(&self, line: &str) -> bool {
        self.set
            .get_or_init(|| RegexSet::new(&self.patterns).expect("built-in lexicon compiles"))
            .is_match(line)
    }
}

impl Group {
    fn new(patterns: Vec<(String, u8)>, anchored: bool) -> Group {
        let all = meta::Regex::builder()
            .configure(meta::Config::new().hybrid_cache_capacity(16 << 20))
            .build_many(&patterns.iter().map(|(p, _)| p.as_str()).collect::<Vec<_>>())
            .expect("built-in lexicon compiles");
        let family_of = patterns.iter().map(|(_, f)| *f).collect();
        let mut families: Vec<Members> = Vec::new();
        for (p, f) in patterns {
            match families.last_mut() {
                Some(m) if m.family == f => m.patterns.push(p),
                _ => families.push(Members {
                    family: f,
                    patterns: vec![p],
                    set: OnceLock::new(),
                }),
            }
        }
        Group {
            all,
            anchored,
            family_of,
            families,
        }
    }

    /// The first family before `before` (in `FAMILIES` order) with a
    /// pattern that matches the line and whose cap it meets.
    fn family(
        &self,
        line: &str,
        fits: impl Fn(&Family) -> bool,
        before: usize,
    ) -> Option<&'static Family> {
        let input = Input::new(line).anchored(if self.anchored {
            Anchored::Yes
        } else {
            Anchored::No
        });
        let found = self.all.search(&input)?;
        // Where the first match settles it, no set is built.
        let mut from = 0;
        if self.anchored {
            let first = usize::from(self.family_of[found.pattern().as_usize()]);
            if first >= before {
                return None;
            }
            if fits(&FAMILIES[first]) {
                return Some(&FAMILIES[first]);
            }
            from = self
                .families
                .iter()
                .position(|m| usize::from(m.family) > first)?;
        }
        self.families[from..]
            .iter()
            .take_while(|m| usize::from(m.family) < before)
            .map(|m| (&FAMILIES[usize::from(m.family)], m))
            .find(|(f, m)| fits(f) && m.is_match(line))
            .map(|(f, _)| f)
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.families.iter().map(|m| m.patterns.len()).sum()
    }
}

/// The families' whole-line phrases in one table: phrase to family index.
struct Phrases {
    table: HashMap<&'static str, u8, BuildHasherDefault<Fnv>>,
    /// The longest phrase, in bytes: a longer line is none of them.
    longest: usize,
    /// Every family's `phrase_lead`: what is cut before the lookup, the
    /// family found then checking that only its own lead stood there.
    leads: Vec<char>,
}

impl Phrases {
    fn new() -> Phrases {
        let mut table = HashMap::default();
        for (i, family) in FAMILIES.iter().enumerate() {
            let i = u8::try_from(i).expect("fewer than 256 families");
            for &phrase in family.phrases.iter().flat_map(|p| p.iter()) {
                // A phrase listed by two families keeps the first one's.
                table.entry(phrase).or_insert(i);
            }
        }
        let longest = table.keys().map(|p| p.len()).max().unwrap_or(0);
        let mut leads: Vec<char> = FAMILIES
            .iter()
            .flat_map(|f| f.phrase_lead)
            .copied()
            .collect();
        leads.sort_unstable();
        leads.dedup();
        Phrases {
            table,
            longest,
            leads,
        }
    }

    /// The index of the family whose phrase the line is, with only that
    /// family's lead before it and [`TAIL`] after it.
    fn family(&self, line: &str) -> Option<usize> {
        let lead = |c: char| c.is_whitespace() || self.leads.contains(&c);
        let core = line.trim_start_matches(lead);
        let prefix = &line[..line.len() - core.len()];
        let core = core.trim_end_matches(|c: char| c.is_whitespace() || TAIL.contains(&c));
        if core.is_empty() || core.len() > self.longest {
            return None;
        }
        // Lower-cased on the stack: the line is at most a few words here.
        let mut buf = [0u8; PHRASE_BUF];
        let mut n = 0;
        if core.is_ascii() {
            n = core.len();
            buf.get_mut(..n)?.copy_from_slice(core.as_bytes());
            buf[..n].make_ascii_lowercase();
        } else {
            for c in core.chars().flat_map(char::to_lowercase) {
                let end = n + c.len_utf8();
                c.encode_utf8(buf.get_mut(n..end)?);
                n = end;
            }
        }
        let key = std::str::from_utf8(&buf[..n]).ok()?;
        let i = usize::from(*self.table.get(key)?);
        let own = FAMILIES[i].phrase_lead;
        prefix
            .chars()
            .all(|c| c.is_whitespace() || own.contains(&c))
            .then_some(i)
    }
}

/// FNV-1a: the keys are a few hundred short phrases fixed at build time and
/// the probes a few words of the page, where a keyed hash buys nothing and
/// costs several times the lookup.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The stack buffer a phrase candidate is lower-cased in: more than the
/// longest phrase (lower-casing may lengthen a character).
const PHRASE_BUF: usize = 128;

/// The whole lexicon, compiled once.
pub(crate) struct Lexicon {
    phrases: Phrases,
    common: Group,
    slash: Group,
    short: Group,
    suffixes: Group,
    max_chars: usize,
    max_suffix_chars: usize,
}

impl Lexicon {
    /// The first family (in `FAMILIES` order) with a matching pattern whose
    /// length cap the line meets.
    pub fn family(&self, line: &str, chars: usize) -> Option<&'static Family> {
        // Longer than every family's cap: no need to look.
        if chars > self.max_chars {
            return None;
        }
        let fits = |f: &Family| chars <= f.max_chars;
        // A phrase stands for its family's place in the order: a family
        // before it whose pattern matches still comes first.
        let phrase = self.phrases.family(line).filter(|&i| fits(&FAMILIES[i]));
        self.common
            .family(line, fits, phrase.unwrap_or(usize::MAX))
            .or_else(|| phrase.map(|i| &FAMILIES[i]))
            .or_else(|| {
                (chars <= 160 && line.contains('/'))
                    .then(|| self.slash.family(line, fits, usize::MAX))
                    .flatten()
            })
            .or_else(|| {
                (chars <= SHORT_LINE)
                    .then(|| self.short.family(line, fits, usize::MAX))
                    .flatten()
            })
            .or_else(|| {
                (chars <= self.max_suffix_chars)
                    .then(|| self.suffixes.family(line, fits, usize::MAX))
                    .flatten()
            })
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.common.len() + self.slash.len() + self.short.len() + self.suffixes.len()
    }
}

pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let (mut common, mut slash, mut short, mut suffixes) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (i, family) in FAMILIES.iter().enumerate() {
        let i = u8::try_from(i).expect("fewer than 256 families");
        common.extend(family.patterns.iter().map(|p| (ascii_boundaries(p), i)));
        slash.extend(family.with_slash.iter().map(|p| (ascii_boundaries(p), i)));
        short.extend(family.short.iter().map(|p| (ascii_boundaries(p), i)));
        suffixes.extend(family.suffixes.iter().map(|p| (ascii_boundaries(p), i)));
    }
    Lexicon {
        phrases: Phrases::new(),
        common: Group::new(common, true),
        slash: Group::new(slash, true),
        short: Group::new(short, true),
        // Anchored at the end only: the leftmost match need not be the
        // first family's.
        suffixes: Group::new(suffixes, false),
        max_chars: FAMILIES.iter().map(|f| f.max_chars).max().unwrap_or(0),
        max_suffix_chars: FAMILIES
            .iter()
            .filter(|f| !f.suffixes.is_empty())
            .map(|f| f.max_chars)
            .max()
            .unwrap_or(0)
            .min(SUFFIX_LINE),
    }
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LineKind;

    fn kind(line: &str) -> Option<LineKind> {
        LEXICON
            .family(line, line.chars().count())
            .map(|f| f.rule.kind())
    }

    #[test]
    fn every_family_compiles() {
        for f in FAMILIES {
            for p in f
                .patterns
                .iter()
                .chain(f.suffixes)
                .chain(f.with_slash)
                .chain(f.short)
            {
                assert!(regex::Regex::new(&ascii_boundaries(p)).is_ok(), "{p}");
            }
        }
        assert!(LEXICON.len() > 20);
    }

    #[test]
    fn start_anchored_groups_are_anchored() {
        // `Group::family` takes the first capture group that took part for
        // the first family that matches: true only of patterns that all
        // match at the line's start.
        for f in FAMILIES {
            for p in f.patterns.iter().chain(f.with_slash).chain(f.short) {
                let p = p.strip_prefix("(?i)").unwrap_or(p);
                assert!(p.starts_with('^'), "{p}");
            }
        }
    }

    #[test]
    fn a_family_whose_cap_rules_the_line_out_gives_way_to_the_next() {
        // A "By …" line is a byline up to the byline's cap (120 chars); past
        // it the consent banner that matches too (cap 1200) takes it.
        let family = |l: &str| LEXICON.family(l, l.chars().count()).map(|f| f.rule);
        let short = "By Clicking Accept, you agree to the storing of cookies";
        assert_eq!(family(short), Some(Rule::Byline));
        let long = format!(
            "{short} on your device {}",
            "to enhance site navigation ".repeat(3)
        );
        assert!(long.chars().count() > 120);
        assert_eq!(family(&long), Some(Rule::CookieConsent));
    }

    #[test]
    fn ad_markers() {
        for l in [
            "Advertisement",
            "ADVERTISEMENT",
            "Story continues below advertisement",
            "Sponsored",
            "- Advertisement -",
            "Continue reading the main story",
        ] {
            assert_eq!(kind(l), Some(LineKind::Advertisement), "{l}");
        }
        assert_eq!(kind("Advertisements are everywhere in this town."), None);
    }

    #[test]
    fn sponsor_lines_of_any_length() {
        let long = "Sponsor:  QWIKET: Elevate your fantasy game! Interactive Sports Knowledge and Reasoning Support for Fantasy Sports and Betting Enthusiasts.";
        assert_eq!(kind(long), Some(LineKind::Sponsor));
        assert_eq!(kind("Sponsored by Acme"), Some(LineKind::Sponsor));
    }

    #[test]
    fn photo_credits() {
        for l in [
            "AP",
            "REUTERS",
            "via REUTERS",
            "Getty Images",
            "AFP via Getty Images",
            "Photo: Jane Doe",
            "Image credit: NASA",
            "Evan Vucci/AP",
            "Mikhail Metzel/TASS via AP",
            "(AP Photo/Evan Vucci)",
            "Credit... Doug Mills/The New York Times",
        ] {
            assert_eq!(kind(l), Some(LineKind::PhotoCredit), "{l}");
        }
        assert_eq!(kind("ap"), None);
        assert_eq!(kind("APPLE"), None);
    }

    #[test]
    fn wire_credits() {
        for l in [
            "With Post wires",
            "— Associated Press",
            "Reuters contributed to this report",
            "The Associated Press contributed to this report.",
            "Additional reporting by Jane Doe in London",
        ] {
            assert_eq!(kind(l), Some(LineKind::WireCredit), "{l}");
        }
    }

    #[test]
    fn bylines_need_a_name() {
        assert_eq!(kind("By Jamelle Bouie"), Some(LineKind::Byline));
        assert_eq!(
            kind("By JOHN SMITH and Jane Doe, Associated Press"),
            Some(LineKind::Byline)
        );
        assert_eq!(
            kind("By using this site you agree to our terms"),
            Some(LineKind::SiteChrome)
        );
        assert_eq!(kind("By the time the vote came, it was over."), None);
        assert_eq!(
            LineKind::classify("By Monday, the council had voted to close the old bridge."),
            LineKind::Body
        );
    }

    #[test]
    fn end_of_article_markers() {
        for l in [
            "109 Comments | Grow a Garden, Make It Yourself",
            "34 responses to “ Anthony Lynn: “We needed to win this game” ”",
            "Leave a Reply",
            "You may also like these posts...",
            "Related Stories",
            "Share this:",
            "More from The Times",
            "Discussion about this post",
            "Comment on this article",
        ] {
            assert_eq!(
                LEXICON.family(l, l.chars().count()).map(|f| f.rule),
                Some(Rule::EndOfArticle),
                "{l}"
            );
        }
        assert_eq!(kind("Jill Winger says"), Some(LineKind::SiteChrome));
        assert_eq!(kind("reply to comment"), Some(LineKind::SiteChrome));
        assert_eq!(
            kind("More than 40 people were hurt in the blast, officials said."),
            None
        );
        assert_eq!(kind("Read more about recent LG innovations."), None);
        assert_eq!(kind("More posts ≠ more subscribers."), None);
    }

    #[test]
    fn chrome_is_whole_line_only() {
        for l in [
            "back",
            "topic",
            "0",
            "12 comments",
            "Share on Facebook",
            "© 2023 Acme Corp",
            "1 2 3 4 5",
            "« 1 2 3 … 12 Next »",
        ] {
            assert_eq!(kind(l), Some(LineKind::SiteChrome), "{l}");
        }
        assert_eq!(
            kind("Back in 2019 the council voted to share the costs."),
            None
        );
    }

    #[test]
    fn every_family_speaks_the_seven_languages() {
        let cases: &[(&str, Rule)] = &[
            ("Anzeige", Rule::AdMarker),
            ("Werbung", Rule::AdMarker),
            ("Publicité", Rule::AdMarker),
            ("PUBLICIDAD", Rule::AdMarker),
            ("Pubblicità", Rule::AdMarker),
            ("Publicidade", Rule::AdMarker),
            ("Advertentie", Rule::AdMarker),
            ("Weiterlesen nach der Anzeige", Rule::AdMarker),
            ("La suite après la publicité", Rule::AdMarker),
            ("Präsentiert von Acme", Rule::Sponsor),
            ("Patrocinado por Acme", Rule::Sponsor),
            ("Mit Material von dpa", Rule::WireCredit),
            ("(avec AFP)", Rule::WireCredit),
            ("(dpa/lni)", Rule::WireCredit),
            ("Con información de EFE", Rule::WireCredit),
            ("Foto: dpa", Rule::PhotoCredit),
            ("Bild: Getty Images", Rule::PhotoCredit),
            ("Crédit photo : AFP", Rule::PhotoCredit),
            ("Imagen: Europa Press", Rule::PhotoCredit),
            ("Foto di Mario Rossi", Rule::PhotoCredit),
            ("Quelle: Statistisches Bundesamt", Rule::PhotoCredit),
            ("Max Muster/dpa", Rule::PhotoCredit),
            (
                "Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.",
                Rule::CookieConsent,
            ),
            (
                "Nous utilisons des cookies pour améliorer votre expérience.",
                Rule::CookieConsent,
            ),
            (
                "Utilizamos cookies propias y de terceros.",
                Rule::CookieConsent,
            ),
            ("Alle akzeptieren", Rule::CookieConsent),
            ("Tout accepter", Rule::CookieConsent),
            ("12 Kommentare", Rule::EndOfArticle),
            ("Laisser un commentaire", Rule::EndOfArticle),
            ("Deixe um comentário", Rule::EndOfArticle),
            ("Lesen Sie auch:", Rule::EndOfArticle),
            ("À lire aussi", Rule::EndOfArticle),
            ("Te puede interesar", Rule::EndOfArticle),
            ("Leggi anche", Rule::EndOfArticle),
            ("Leia também", Rule::EndOfArticle),
            ("Lees ook", Rule::EndOfArticle),
            ("Artikel teilen", Rule::EndOfArticle),
            ("Schlagwörter: Politik, Wahl", Rule::EndOfArticle),
            ("Teilen", Rule::SiteChrome),
            ("Partager sur Facebook", Rule::SiteChrome),
            ("Folgen Sie uns auf Instagram", Rule::SiteChrome),
            ("Síguenos en Twitter", Rule::SiteChrome),
            ("Abonnez-vous à notre newsletter gratuite", Rule::SiteChrome),
            ("Lesezeit: 3 Min.", Rule::SiteChrome),
            ("Startseite > Politik", Rule::SiteChrome),
            ("Impressum", Rule::SiteChrome),
            ("Tutti i diritti riservati.", Rule::SiteChrome),
            ("Von Max Mustermann", Rule::Byline),
        ];
        for (line, rule) in cases {
            assert_eq!(
                LEXICON.family(line, line.chars().count()).map(|f| f.rule),
                Some(*rule),
                "{line}"
            );
        }
        // The same words inside sentences are text.
        for line in [
            "Die Anzeige gegen den Bürgermeister wurde am Montag zurückgezogen.",
            "La publicité a longtemps financé la presse régionale en France.",
            "In Zusammenarbeit mit der Polizei hat die Stadt neue Kameras aufgestellt, sagte der Sprecher.",
            "Teilen Sie diese Einschätzung nicht, müssen Sie widersprechen.",
            "Wir verwenden seit Jahren dieselbe Methode für unsere Messungen.",
            "Leggi anche il rapporto dell'Istat pubblicato ieri: la crescita si è fermata.",
        ] {
            assert_eq!(kind(line), None, "{line}");
        }
    }
}
