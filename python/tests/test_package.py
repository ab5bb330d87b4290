"""The package: module functions, Cleaner, Article, explain, clean_many."""

import datetime
import json
import os
import shutil
import subprocess
import gzip
import pathlib
import threading

import pytest

import declutter
from conftest import FIXTURES, REPO


def test_clean_matches_the_golden_fixture(syndicated):
    expected = json.loads((FIXTURES / "syndicated-page.expected.json").read_text(encoding="utf-8"))
    a = declutter.clean(syndicated)
    assert a.title == expected["title"]
    assert a.date == datetime.date.fromisoformat(expected["date"])
    assert isinstance(a.date, datetime.date)
    assert a.source == expected["source"]
    assert a.paragraphs == expected["body_paragraphs"]
    assert a.body == "\n\n".join(expected["body_paragraphs"])
    assert [(c.kind, c.text) for c in a.credits][-1] == ("wire", "With Post wires")
    assert ("photo", "AP") in [(c.kind, c.text) for c in a.credits]


def test_clean_html(storm_html):
    a = declutter.clean_html(storm_html)
    assert a.title == "Storm hits the coast"
    assert a.date == datetime.date(2023, 2, 22)
    assert a.source == "The Springfield Herald"
    assert a.byline == "Jane Doe"
    assert len(a.paragraphs) == 3
    assert "Advertisement" not in a.body and "Privacy" not in a.body


def test_clean_bytes_decodes_by_content_type():
    page = b"Caf\xe9 owners meet\n\nThe caf\xe9 owners of the town met on Monday to talk about the new rules for terraces.\n"
    a = declutter.clean_bytes(page, "text/plain; charset=windows-1252")
    assert a.title == "Café owners meet"
    assert declutter.clean_bytes(page, content_type="text/plain; charset=windows-1252") == a


def test_clean_bytes_reads_html_by_its_bytes(storm_html):
    data = storm_html.encode("utf-8")
    assert declutter.clean_bytes(data) == declutter.clean_html(storm_html)
    assert declutter.clean_html_bytes(data, None) == declutter.clean_html(storm_html)


def test_empty_and_hostile_input_give_empty_articles():
    for page in ["", "\n\n", "\x00\x01", "<", "<html>" * 1000]:
        a = declutter.clean(page)
        assert isinstance(a, declutter.Article)
        assert declutter.clean_html(page).is_empty() or declutter.clean_html(page).body
    empty = declutter.clean("")
    assert empty.is_empty() and not empty
    assert empty.title is None and empty.date is None and empty.paragraphs == []
    assert declutter.clean_bytes(b"\xff\xfe\x00garbage\x00").body is not None


def test_to_dict(syndicated):
    a = declutter.clean(syndicated)
    d = a.to_dict()
    assert set(d) == {"title", "date", "source", "byline", "paragraphs", "body", "credits"}
    assert d["title"] == a.title and d["date"] == a.date and d["paragraphs"] == a.paragraphs
    assert d["credits"][-1] == {"kind": "wire", "text": "With Post wires"}
    assert "Putin meets" in repr(a) and "2023-02-22" in repr(a)


def test_cleaner_options(syndicated):
    default = declutter.Cleaner()
    assert default.clean(syndicated) == declutter.clean(syndicated)
    with_captions = declutter.Cleaner(keep_captions=True).clean(syndicated)
    assert len(with_captions.paragraphs) > len(declutter.clean(syndicated).paragraphs)
    assert any("Wang Yi, back to a camera" in p for p in with_captions.paragraphs)
    marked = declutter.Cleaner(markers=[r"^Beijing has denied"]).clean(syndicated)
    assert not any(p.startswith("Beijing has denied") for p in marked.paragraphs)
    assert len(marked.paragraphs) == len(declutter.clean(syndicated).paragraphs) - 1


def test_cleaner_form():
    text = "# Storm hits the coast\n\nA storm hit the **coast** on Monday, leaving thousands of\nhomes without power, [officials](https://example.com/said) said.\n"
    a = declutter.Cleaner(form="markdown").clean(text)
    assert a.paragraphs == ["A storm hit the coast on Monday, leaving thousands of homes without power, officials said."]


@pytest.mark.parametrize(
    "markers, named",
    [(["(unclosed"], "(unclosed"), ([".*"], ".*"), (["ok", "  "], "#1"), (["a*"], "a*")],
)
def test_bad_markers_raise_value_error_naming_them(markers, named):
    with pytest.raises(ValueError) as err:
        declutter.Cleaner(markers=markers)
    assert named in str(err.value)


def test_bad_form_raises_value_error():
    with pytest.raises(ValueError, match="nonsense"):
        declutter.Cleaner(form="nonsense")


def test_explain(syndicated):
    lines = declutter.explain(syndicated)
    first = lines[0]
    assert (first.number, first.kind, first.text) == (1, "site-chrome", "THE AMERICA ONE NEWS")
    assert first.reason
    kinds = {l.kind for l in lines}
    assert {"title", "body", "dateline", "source", "advertisement", "caption", "photo-credit"} <= kinds
    assert declutter.Cleaner().explain(syndicated)[0].kind == "site-chrome"


def test_explain_html(storm_html):
    lines = declutter.Cleaner().explain_html(storm_html)
    assert any(l.kind == "title" and l.text == "Storm hits the coast" for l in lines)


def test_clean_many_keeps_input_order(syndicated, storm_html):
    texts = [syndicated, "", "Storm hits the coast\nA storm hit the coast on Monday, leaving thousands without power.\n"] * 20
    one = [declutter.clean(t) for t in texts]
    assert declutter.clean_many(texts) == one
    assert declutter.clean_many(texts, jobs=1) == one
    assert declutter.clean_many(iter(texts), jobs=2) == one
    assert declutter.clean_many([t.encode() for t in texts], jobs=3) == [declutter.clean_bytes(t.encode()) for t in texts]
    htmls = [storm_html, syndicated] * 10
    assert declutter.clean_many(htmls, html=True) == [declutter.clean_html(h) for h in htmls]
    c = declutter.Cleaner(keep_captions=True)
    assert c.clean_many(texts, jobs=2) == [c.clean(t) for t in texts]
    assert declutter.clean_many([]) == []


def test_clean_many_rejects_bad_arguments():
    with pytest.raises(ValueError):
        declutter.clean_many(["a"], jobs=0)
    with pytest.raises(TypeError):
        declutter.clean_many("a single string")
    with pytest.raises(TypeError, match="item 1"):
        declutter.clean_many(["a", 3])


def test_clean_many_releases_the_gil(syndicated):
    # While the batch runs, a Python thread must keep running: it counts.
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(1)

    t = threading.Thread(target=tick)
    t.start()
    try:
        before = len(ticks)
        declutter.clean_many([syndicated] * 400, jobs=1)
        during = len(ticks) - before
    finally:
        stop.set()
        t.join()
    assert during > 0


def _rust_binary():
    """The `declutter` command of this checkout (or $DECLUTTER_BIN), if built."""
    path = os.environ.get("DECLUTTER_BIN") or str(REPO / "target" / "release" / "declutter")
    return path if os.access(path, os.X_OK) else None


CORPUS = REPO.parent / "shared" / "corpus"


@pytest.mark.skipif(_rust_binary() is None or not CORPUS.is_dir(), reason="needs the dev corpus and the built command")
@pytest.mark.parametrize("corpus", ["scrapinghub-dev", "wcxb-dev", "wcxb-other-dev"])
def test_python_equals_rust_on_a_dev_sample(corpus, tmp_path):
    pages = sorted((CORPUS / corpus).glob("*.html.gz"))[::5]
    assert pages
    out = subprocess.run([_rust_binary(), "-q", "-f", "jsonl", "-j", "1", *map(str, pages)], check=True, capture_output=True, text=True).stdout
    rust = [json.loads(line) for line in out.splitlines()]
    assert len(rust) == len(pages)
    py = declutter.clean_many([gzip.decompress(p.read_bytes()) for p in pages], html=True)
    for page, r, a in zip(pages, rust, py):
        assert (r["title"], r["date"], r["source"], r["byline"], r["body"]) == (
            a.title, a.date.isoformat() if a.date else None, a.source, a.byline, a.body), page.name


def test_cleaner_pickles_and_copies(syndicated):
    import copy
    import pickle

    c = declutter.Cleaner(keep_captions=True, markers=[r"^Beijing has denied"], form="plain")
    for other in [pickle.loads(pickle.dumps(c)), copy.deepcopy(c), copy.copy(c)]:
        assert other.clean(syndicated) == c.clean(syndicated)
        assert repr(other) == repr(c)
    assert "keep_captions=True" in repr(c)
