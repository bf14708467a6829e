#!/usr/bin/env python3
"""Generate a synthetic news corpus for the scale benchmark (JSON Lines, one article a line).

Each article (about 500 words) mixes two paragraphs of this project's own sample articles, with
their country names swapped for random countries of the gazetteer (so the graph grows beyond the
samples' few countries), and sentences of the UD English EWT training text grouped into
paragraphs. Headline, date (2020-2025) and author are drawn at random. Deterministic (--seed).

    python3 bench/make_corpus.py --articles 10000 -o /tmp/corpus.jsonl
"""
import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sample_paragraphs():
    paragraphs = []
    for path in sorted((ROOT / "samples").glob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            block = block.strip()
            if len(block.split()) >= 25:
                paragraphs.append(block)
    return paragraphs


def country_names():
    names = []
    for line in (ROOT / "models" / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) == 3 and parts[1] == "name":
            names.append(parts[2])
    return names


def ewt_sentences(path):
    sentences = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            text = line[len("# text = "):].strip()
            if len(text.split()) >= 6:
                sentences.append(text)
    return sentences


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ewt", default=str(ROOT.parent / "shared/data/ud/en_ewt/en_ewt-ud-train.conllu"))
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    paragraphs = sample_paragraphs()
    countries = country_names()
    sentences = ewt_sentences(args.ewt)
    pattern = re.compile(r"\b(" + "|".join(re.escape(c) for c in sorted(countries, key=len, reverse=True)) + r")\b")
    authors = ["Mara Ellison", "Tomas Varga", "Leila Haddad", "Jonas Berg", "Ana Sousa", "Kofi Mensah"]
    with open(args.output, "w", encoding="utf-8") as out:
        for i in range(args.articles):
            swap = {}

            def replace(match):
                return swap.setdefault(match.group(0), rng.choice(countries))

            body = [pattern.sub(replace, p) for p in rng.sample(paragraphs, 2)]
            words = sum(len(p.split()) for p in body)
            while words < 500:
                group = [rng.choice(sentences) for _ in range(rng.randint(3, 6))]
                words += sum(len(s.split()) for s in group)
                body.insert(rng.randint(0, len(body)), " ".join(group))
            headline = " ".join(body[0].split()[:9]).rstrip(",.;:")
            record = {
                "id": f"synthetic-{i:06d}",
                "title": headline,
                "published": f"{rng.randint(2020, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "author": rng.choice(authors),
                "url": f"https://news.invalid/{i}",
                "text": headline + "\n\n" + "\n\n".join(body) + "\n",
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
