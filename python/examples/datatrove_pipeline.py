#!/usr/bin/env python3
"""WARC (or WET) -> Declutter -> JSON Lines, on datatrove's local executor.

    python examples/datatrove_pipeline.py INPUT_DIR OUTPUT_DIR [--wet] [--tasks N] [--glob PATTERN]

INPUT_DIR holds .warc/.warc.gz files (or .wet/.wet.gz with --wet: the page
text is cleaned as text); OUTPUT_DIR receives one ``NNNNN.jsonl.gz`` per
task, each document's text the article's body and its metadata the URL,
the WARC date and the article's title, date, source and byline. Build a
small WARC from pages with ``scripts/make-warc.py``.
"""

import argparse

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import WarcReader
from datatrove.pipeline.writers import JsonlWriter

from declutter.datatrove import Declutter


def pipeline(input_dir: str, output_dir: str, wet: bool = False, glob: str = None, logging_dir: str = None,
             tasks: int = 1) -> LocalPipelineExecutor:
    """The executor of the pipeline (call ``.run()`` on it)."""
    return LocalPipelineExecutor(
        pipeline=[
            WarcReader(input_dir, glob_pattern=glob or ("*.wet*" if wet else "*.warc*")),
            Declutter(html=not wet, metadata=("title", "date", "source", "byline")),
            JsonlWriter(output_dir),
        ],
        tasks=tasks,
        workers=tasks,
        logging_dir=logging_dir,
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input_dir")
    ap.add_argument("output_dir")
    ap.add_argument("--wet", action="store_true", help="the files are WET (page text), not WARC (HTML)")
    ap.add_argument("--glob", help="the input files (default *.warc* or *.wet*)")
    ap.add_argument("--tasks", type=int, default=1)
    ap.add_argument("--logging-dir", help="datatrove's logs and stats (default: ./logs/...)")
    a = ap.parse_args()
    pipeline(a.input_dir, a.output_dir, a.wet, a.glob, a.logging_dir, a.tasks).run()


if __name__ == "__main__":
    main()
