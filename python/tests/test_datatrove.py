"""The datatrove step in a real local pipeline over WARC/WET built from the fixtures."""

import datetime
import gzip
import json
import shutil
import subprocess
import sys

import pytest

pytest.importorskip("datatrove")

import declutter
from conftest import FIXTURES, HERE, REPO

sys.path.insert(0, str(HERE.parent / "examples"))
from datatrove_pipeline import pipeline  # noqa: E402

from datatrove.data import Document  # noqa: E402
from datatrove.pipeline.extractors.base import BaseExtractor  # noqa: E402
from declutter.datatrove import Declutter  # noqa: E402


def make_warc(tmp_path, wet):
    """A WARC of the HTML test page (twice over) or a WET of the text fixtures, via scripts/make-warc.py."""
    pages = tmp_path / "pages"
    pages.mkdir()
    if wet:
        for f in FIXTURES.glob("*.txt"):
            shutil.copy(f, pages / f.name)
    else:
        html = (HERE / "data" / "storm.html").read_bytes()
        (pages / "storm.html.gz").write_bytes(gzip.compress(html))
        (pages / "empty.html.gz").write_bytes(gzip.compress(b"<html><body><nav><a href='/'>Home</a></nav></body></html>"))
    warcs = tmp_path / "in"
    warcs.mkdir()
    out = warcs / ("pages.wet.gz" if wet else "pages.warc.gz")
    args = [sys.executable, str(REPO / "scripts" / "make-warc.py")] + (["--wet"] if wet else []) + [str(out), str(pages), "--repeat", "2"]
    subprocess.run(args, check=True)
    return warcs


def read_jsonl(folder):
    docs = []
    for f in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            docs += [json.loads(line) for line in fh]
    return docs


def test_is_a_base_extractor():
    assert issubclass(Declutter, BaseExtractor)
    assert Declutter().extract("<h1>Storm hits the coast</h1><p>A storm hit the coast on Monday, leaving thousands of homes without power.</p>") == (
        "A storm hit the coast on Monday, leaving thousands of homes without power."
    )


def test_warc_pipeline(tmp_path):
    warcs = make_warc(tmp_path, wet=False)
    pipeline(str(warcs), str(tmp_path / "out"), logging_dir=str(tmp_path / "logs")).run()
    docs = read_jsonl(tmp_path / "out")
    # The empty page is dropped; the article page comes through twice, in order.
    assert len(docs) == 2
    expected = declutter.clean_html((HERE / "data" / "storm.html").read_text(encoding="utf-8"))
    for d in docs:
        assert d["text"] == expected.body
        m = d["metadata"]
        assert (m["title"], m["date"], m["source"], m["byline"]) == ("Storm hits the coast", "2023-02-22", "The Springfield Herald", "Jane Doe")
        assert m["url"].startswith("https://example.org/")
    assert [d["metadata"]["url"].endswith("copy=0") for d in docs] == [True, False]


def test_wet_pipeline(tmp_path):
    wets = make_warc(tmp_path, wet=True)
    pipeline(str(wets), str(tmp_path / "out"), wet=True, logging_dir=str(tmp_path / "logs")).run()
    docs = read_jsonl(tmp_path / "out")
    texts = {f.name[:-4]: declutter.clean(f.read_text(encoding="utf-8")) for f in FIXTURES.glob("*.txt")}
    assert len(docs) == 2 * len(texts)
    for d in docs:
        page = d["metadata"]["url"].split("/")[-1].split("?")[0]
        assert d["text"] == texts[page].body
        assert d["metadata"].get("title") == texts[page].title
    syndicated = next(d for d in docs if "syndicated" in d["metadata"]["url"])
    assert syndicated["metadata"]["date"] == "2023-02-22"
    assert syndicated["metadata"]["source"] == "New York Post"


def test_options_and_metadata():
    html = (HERE / "data" / "storm.html").read_text(encoding="utf-8")
    docs = [Document(text=html, id=str(i)) for i in range(5)] + [Document(text="<p>Home</p>", id="x")]
    step = Declutter(metadata=("title", "credits"), prefix="declutter_", batch_size=2, jobs=2)
    out = list(step.run(iter(docs)))
    assert [d.id for d in out] == ["0", "1", "2", "3", "4"]
    assert out[0].metadata == {"declutter_title": "Storm hits the coast"}
    text = (FIXTURES / "syndicated-page.txt").read_text(encoding="utf-8")
    [doc] = list(Declutter(html=False, metadata=("date", "credits")).run(iter([Document(text=text, id="s")])))
    assert doc.metadata["date"] == "2023-02-22"
    assert doc.metadata["credits"][-1] == {"kind": "wire", "text": "With Post wires"}
    with pytest.raises(ValueError, match="nonsense"):
        Declutter(metadata=("nonsense",))
    with pytest.raises(ValueError, match=r"\(unclosed"):
        Declutter(markers=["(unclosed"])
