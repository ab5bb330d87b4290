#!/usr/bin/env python3
"""Documents/s of the datatrove pipeline with the Declutter step vs datatrove's
Trafilatura step over the dev HTML pages, and of clean_many with 1 and 2 jobs.

    python scripts/python-bench.py [CORPUS_DIR ...]     # default: the 3 HTML dev corpora

Needs the package installed with datatrove[io] and trafilatura (`pip install
./python "datatrove[io]" trafilatura lxml_html_clean`). The same WARC (written by make-warc.py),
reader and JSONL writer are used for both steps, one task, in one run.
"""

import gzip
import os
import pathlib
import subprocess
import sys
import tempfile
import time

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.extractors import Trafilatura
from datatrove.pipeline.readers import WarcReader
from datatrove.pipeline.writers import JsonlWriter

import declutter
from declutter.datatrove import Declutter

REPO = pathlib.Path(__file__).resolve().parent.parent


def run(step, warcs, tmp, name):
    out = pathlib.Path(tmp) / name
    start = time.perf_counter()
    LocalPipelineExecutor(
        pipeline=[WarcReader(str(warcs)), step, JsonlWriter(str(out))],
        tasks=1, logging_dir=str(pathlib.Path(tmp) / ("logs-" + name)),
    ).run()
    seconds = time.perf_counter() - start
    docs = sum(1 for f in out.glob("*.jsonl.gz") for _ in gzip.open(f))
    return seconds, docs


def main():
    dirs = sys.argv[1:] or [str(REPO.parent / "shared" / "corpus" / c) for c in ("scrapinghub-dev", "wcxb-dev", "wcxb-other-dev")]
    pages = [gzip.decompress(p.read_bytes()) for d in dirs for p in sorted(pathlib.Path(d).glob("*.html.gz"))]
    print(f"{len(pages)} pages from {len(dirs)} dirs, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        warcs = pathlib.Path(tmp) / "in"
        warcs.mkdir()
        subprocess.run([sys.executable, str(REPO / "scripts" / "make-warc.py"), str(warcs / "dev.warc.gz"), *dirs], check=True)
        dec_s, dec_n = run(Declutter(), warcs, tmp, "declutter")
        tra_s, tra_n = run(Trafilatura(timeout=10), warcs, tmp, "trafilatura")
    print(f"datatrove + Declutter:   {len(pages) / dec_s:8.1f} docs/s ({dec_s:.1f} s, {dec_n} kept)")
    print(f"datatrove + Trafilatura: {len(pages) / tra_s:8.1f} docs/s ({tra_s:.1f} s, {tra_n} kept)")
    print(f"  ratio {tra_s / dec_s:.1f}x")
    times = {}
    for jobs in (1, 2, 1, 2):
        start = time.perf_counter()
        declutter.clean_many(pages, html=True, jobs=jobs)
        times.setdefault(jobs, []).append(time.perf_counter() - start)
    for jobs, t in times.items():
        print(f"clean_many jobs={jobs}: {len(pages) / min(t):8.1f} docs/s (best of {len(t)})")
    print(f"  2 jobs / 1 job: {min(times[1]) / min(times[2]):.2f}x")


if __name__ == "__main__":
    main()
