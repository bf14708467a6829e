#!/usr/bin/env python3
"""Generate extraction JSON Lines (what `kg extract --format json` writes and `kg load` reads) for a
graph of a chosen size: ENTITIES invented entities and FACTS distinct facts between them, spread
over articles of FACTS_PER_ARTICLE sentences each ("A condemned B."). The degrees follow a
power law, as in news (a few actors in most facts). Deterministic (--seed). Used to measure the
HTML view on a graph of 5,000 entities and 20,000 facts (bench/README.md):

    python3 bench/make_graph.py --entities 5000 --facts 20000 -o /tmp/graph.jsonl
    build/kg load /tmp/graph.jsonl --db /tmp/graph.db
    build/kg export --format html --db /tmp/graph.db -o /tmp/graph.html
"""
import argparse
import json
import random

TYPES = ["Person", "Organization", "Group", "Location", "Facility", "Weapon"]
RELATIONS = [("CONDEMN", "condemned"), ("ACCUSE", "accused"), ("SUPPORT", "supported"),
             ("MEET", "met"), ("VISIT", "visited"), ("SANCTION", "sanctioned"),
             ("ATTACK", "attacked"), ("COOPERATE", "cooperated with"), ("OPPOSE", "opposed"),
             ("THREATEN", "threatened"), ("TRANSFER", "supplied"), ("DEMAND", "urged")]
SYLLABLES = ["ka", "lo", "mi", "ren", "tas", "vo", "shi", "dra", "nel", "por", "qui", "zan",
             "bel", "cor", "fen", "gil"]


def invented_name(rng, index):
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{word} {index}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=5000)
    parser.add_argument("--facts", type=int, default=20000)
    parser.add_argument("--facts-per-article", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    entities = []
    for i in range(args.entities):
        kind = rng.choice(TYPES)
        name = invented_name(rng, i)
        entities.append((f"{kind.lower()}:{name.lower()}", name, kind))
    # Zipf-like weights: entity i is picked in proportion to 1 / (i + 10).
    weights = [1.0 / (i + 10) for i in range(args.entities)]

    facts = set()
    # Every entity takes part in at least one fact, so the view shows all of them.
    order = list(range(args.entities))
    rng.shuffle(order)
    for a, b in zip(order[::2], order[1::2]):
        facts.add((a, rng.randrange(len(RELATIONS)), b))
    while len(facts) < args.facts:
        a, b = rng.choices(range(args.entities), weights, k=2)
        if a != b:
            facts.add((a, rng.randrange(len(RELATIONS)), b))
    facts = sorted(facts)
    rng.shuffle(facts)

    with open(args.output, "w", encoding="utf-8") as out:
        for n, start in enumerate(range(0, len(facts), args.facts_per_article)):
            text, mentions, relations = "", {}, []
            for sentence, (a, r, b) in enumerate(facts[start:start + args.facts_per_article]):
                subject, obj = entities[a], entities[b]
                cls, verb = RELATIONS[r]
                begin = len(text)
                s_begin = begin
                text += subject[1]
                o_begin = len(text) + len(verb) + 2
                text += f" {verb} {obj[1]}."
                mentions.setdefault(a, []).append([sentence, s_begin, s_begin + len(subject[1])])
                mentions.setdefault(b, []).append([sentence, o_begin, o_begin + len(obj[1])])
                relations.append({"subject": subject[0], "relation": cls, "predicate": verb.split()[0],
                                  "object": obj[0], "negated": False, "hedged": False,
                                  "confidence": 0.8, "sentence": sentence, "begin": begin,
                                  "end": len(text), "evidence": text[begin:]})
                text += "\n\n"
            year, month, day = 2020 + n % 6, 1 + n % 12, 1 + n % 28
            article = {
                "document": {"id": f"synthetic-{n:05d}", "title": f"Synthetic article {n}",
                             "published": f"{year}-{month:02d}-{day:02d}", "author": "",
                             "url": "", "source": f"synthetic/{n:05d}.txt", "text": text},
                "entities": [{"id": entities[i][0], "name": entities[i][1], "type": entities[i][2],
                              "aliases": [entities[i][1]], "mentions": spans}
                             for i, spans in sorted(mentions.items())],
                "relations": relations,
                "quotes": [],
            }
            out.write(json.dumps(article, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
