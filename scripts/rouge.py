#!/usr/bin/env python3
"""ROUGE-1, ROUGE-2 and ROUGE-L F1 of the bite's summaries and the lead-3 baseline.

Reads the JSON Lines that BiteEvaluation writes ({"set", "id", "reference", "summary": [...],
"lead3": [...], "lead3eligible": [...]}; lead-3e is lead-3 over the sentences the bite may pick), scores every row that has a reference, and prints the mean F1 per set and over
all, and apart for the pages whose reference is copied from the body's own sentences
("copied", which lead-3 reproduces by construction) and the others ("independent"). Standard
definitions (Lin, 2004): n-gram overlap counted with clipping, ROUGE-L from the
longest common subsequence over the whole summary; text lower-cased (Unicode case folding after
NFKC) and cut into tokens on word characters (\\w+), each Chinese or Japanese character its own
token, no stemming, no stop words removed.

    scripts/rouge.py predictions.jsonl [--json]
"""
import json
import re
import sys
import unicodedata
from collections import Counter

TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def tokens(text):
    return TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())


def f1(overlap, candidate, reference):
    if candidate == 0 or reference == 0 or overlap == 0:
        return 0.0
    p, r = overlap / candidate, overlap / reference
    return 2 * p * r / (p + r)


def rouge_n(cand, ref, n):
    c = Counter(tuple(cand[i:i + n]) for i in range(len(cand) - n + 1))
    r = Counter(tuple(ref[i:i + n]) for i in range(len(ref) - n + 1))
    return f1(sum((c & r).values()), sum(c.values()), sum(r.values()))


def lcs(a, b):
    if not a or not b:
        return 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge_l(cand, ref):
    return f1(lcs(cand, ref), len(cand), len(ref))


def scores(cand_text, ref_text):
    cand, ref = tokens(cand_text), tokens(ref_text)
    return rouge_n(cand, ref, 1), rouge_n(cand, ref, 2), rouge_l(cand, ref)


def main():
    path = sys.argv[1]
    as_json = "--json" in sys.argv
    totals = {}
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        ref = row.get("reference")
        if not ref:
            continue
        groups = [row["set"], "all"]
        groups.append("copied" if row.get("copied") else "independent")
        for group in groups:
            for system in ("summary", "lead3", "lead3eligible"):
                key = (group, system)
                acc = totals.setdefault(key, [0, 0.0, 0.0, 0.0])
                r1, r2, rl = scores(" ".join(row[system]), ref)
                acc[0] += 1
                acc[1] += r1
                acc[2] += r2
                acc[3] += rl
    result = {f"{g}/{s}": {"pages": a[0], "rouge1": a[1] / a[0], "rouge2": a[2] / a[0], "rougeL": a[3] / a[0]}
              for (g, s), a in sorted(totals.items())}
    if as_json:
        print(json.dumps(result, indent=2))
        return
    print(f"{'set':<12} {'system':<8} {'pages':>5} {'R-1 F1':>7} {'R-2 F1':>7} {'R-L F1':>7}")
    for key, v in result.items():
        group, system = key.split("/")
        name = {"summary": "bite", "lead3": "lead-3", "lead3eligible": "lead-3e"}[system]
        print(f"{group:<12} {name:<8} {v['pages']:>5} {v['rouge1']:>7.3f} {v['rouge2']:>7.3f} {v['rougeL']:>7.3f}")


if __name__ == "__main__":
    main()
