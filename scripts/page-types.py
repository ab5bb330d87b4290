#!/usr/bin/env python3
"""scripts/page-types.py CORPUS PREDICTIONS.jsonl [--json]: body F1 by the gold's
`page_type` (wcxb-other-dev: forum, product, listing, collection, docs, service, ...),
beside returning the whole page (the <id>.txt dump) for each type, with the scorer's
own macro F1 (../shared/eval/score.py, imported, so the figures are the scorer's).
Issue 14 asks that no page type be cleaned below doing nothing; .ci/quality.sh reads
the --json output for the per-type floors in .ci/floors.tsv."""
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "shared" / "eval"))
import score as S  # noqa: E402


def main(argv):
    corpus, preds_path = Path(argv[1]), argv[2]
    gold = list(S.load_jsonl(corpus / "gold.jsonl"))
    preds = {str(r["id"]): r for r in S.load_jsonl(preds_path) if isinstance(r, dict)}
    by_type = defaultdict(lambda: ([], []))
    for g in gold:
        if g.get("body") is None:
            continue
        t = g.get("page_type") or "article"
        ours, whole = by_type[t]
        ours.append(S.tp_fp_fn(g["body"], S._text(preds.get(g["id"], {}).get("body"))))
        dump = corpus / f"{g['id']}.txt"
        whole.append(S.tp_fp_fn(g["body"], dump.read_text(encoding="utf-8") if dump.exists() else ""))
    out = {t: {"n": len(o), "body_f1": S.body_scores(o)["f1"], "whole_page_f1": S.body_scores(w)["f1"]}
           for t, (o, w) in sorted(by_type.items())}
    if "--json" in argv:
        print(json.dumps(out, indent=2))
    else:
        for t, r in out.items():
            mark = "  BELOW WHOLE PAGE" if r["body_f1"] < r["whole_page_f1"] else ""
            print(f"{t:12s} n={r['n']:4d}  body F1 {r['body_f1']:.4f}  whole page {r['whole_page_f1']:.4f}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
