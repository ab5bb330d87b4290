#!/usr/bin/env python3
"""scripts/losses.py CORPUS PREDICTIONS.jsonl [RECALL=0.5]: the pages where cleaning lost
the article: body recall under RECALL while the page's own text dump (<id>.txt) holds it
(whole-page recall at least 0.9). Issue 16 counts these per mode on wcxb-dev. Uses the
scorer's own token 4-gram counts (../shared/eval/score.py)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "shared" / "eval"))
import score as S  # noqa: E402


def main(argv):
    corpus, preds_path = Path(argv[1]), argv[2]
    limit = float(argv[3]) if len(argv) > 3 else 0.5
    preds = {str(r["id"]): r for r in S.load_jsonl(preds_path) if isinstance(r, dict)}
    lost = []
    for g in S.load_jsonl(corpus / "gold.jsonl"):
        dump = corpus / f"{g['id']}.txt"
        if g.get("body") is None or not dump.exists():
            continue
        recall = S.doc_recall(*S.tp_fp_fn(g["body"], S._text(preds.get(g["id"], {}).get("body"))))
        held = S.doc_recall(*S.tp_fp_fn(g["body"], dump.read_text(encoding="utf-8")))
        if recall < limit and held >= 0.9:
            lost.append((g["id"], recall, g.get("page_type") or ""))
    for i, r, t in lost:
        print(f"{i}\trecall {r:.2f}\t{t}")
    print(f"{len(lost)} pages lost the article (recall < {limit}, the page's text holds it)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
