#!/usr/bin/env python3
"""Scores how kg reads headlines: tests/data/headlines.tsv (invented headlines, each with its
finite verb, the verb's subject and the facts it states). Each headline is the first line of an
article whose body is one neutral sentence. Reported: verbs (the expected verb tagged as a finite
verb; for a headline without one, no finite verb tagged), roots (that verb heads the sentence),
subjects (the expected word is its nsubj), verbs read into a name (an entity mention covering the
verb), headlines with a word before the verb read as a finite verb, the expected facts found, and the other facts drawn from the headlines (each listed with
--verbose, to be judged by a person).
Usage: bench/headline_score.py [KG_BINARY] [--verbose] [--floor-verbs N] [--max-verb-names N]
With a floor it exits 1 when fewer verbs are right than N or more verbs than N are names."""
import json, os, subprocess, sys, tempfile

args = sys.argv[1:]
verbose = "--verbose" in args
args = [a for a in args if a != "--verbose"]
floors = {}
for opt in ("--floor-verbs", "--max-verb-names"):
    if opt in args:
        i = args.index(opt); floors[opt] = int(args[i + 1]); del args[i:i + 2]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
kg = args[0] if args else os.path.join(root, "build", "kg")
BODY = "Officials gave no further details on Tuesday.\n"
FINITE = {"VBZ", "VBP", "VBD", "MD"}

rows = []
with open(os.path.join(root, "tests", "data", "headlines.tsv"), encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        head, verb, subj, facts = line.rstrip("\n").split("\t")
        facts = [] if facts == "-" else [tuple(x.split("|")) for x in facts.split(";")]
        rows.append((head, verb, subj, facts))


def first_sentence(conllu):
    toks = []
    for line in conllu.splitlines():
        if not line.strip():
            if toks:
                break
            continue
        if line.startswith("#"):
            continue
        c = line.split("\t")
        toks.append({"id": int(c[0]), "form": c[1], "upos": c[3], "xpos": c[4],
                     "head": int(c[6]), "deprel": c[7]})
    return toks


with tempfile.TemporaryDirectory() as tmp:
    paths = []
    for n, (head, *_rest) in enumerate(rows):
        p = os.path.join(tmp, f"h{n:03d}.txt")
        with open(p, "w", encoding="utf-8") as f:
            f.write(head + "\n\n" + BODY)
        paths.append(p)
    parses = [first_sentence(subprocess.run([kg, "parse", p], capture_output=True, text=True,
                                            check=True).stdout) for p in paths]
    out = subprocess.run([kg, "extract", "--format", "jsonl", *paths], capture_output=True,
                         text=True, check=True).stdout
    extractions = [json.loads(line) for line in out.splitlines() if line.strip()]

verbs = roots = subjects = verb_names = found = expected = false_verbs = 0
others = []
for (head, verb, subj, facts), toks, x in zip(rows, parses, extractions):
    notes = []
    v = next((t for t in toks if t["form"] == verb), None)
    if verb == "-":
        ok = not any(t["xpos"] in FINITE for t in toks)
    else:
        ok = v is not None and v["upos"] in ("VERB", "AUX") and v["xpos"] in FINITE
    verbs += ok
    # A word read as a finite verb before the headline's verb (anywhere in one without a verb).
    stop = v["id"] if v is not None else len(toks) + 1
    false = [t["form"] for t in toks if t["id"] < stop and t["xpos"] in FINITE]
    if false:
        false_verbs += 1
        notes.append("read as the verb: " + " ".join(false))
    if not ok:
        notes.append("verb: " + " ".join(f"{t['form']}/{t['xpos']}" for t in toks))
    if v is not None:
        roots += v["deprel"] == "root"
        s = next((t for t in toks if t["form"] == subj), None)
        subj_ok = s is not None and s["deprel"].startswith("nsubj") and s["head"] == v["id"]
        subjects += subj_ok
        if not subj_ok:
            notes.append("subject not " + subj)
        # Byte span of the verb in the headline (the headline starts the text).
        at = head.find(" " + verb + " ") + 1 if (" " + verb + " ") in head else head.find(verb)
        span = (at, at + len(verb))
        for e in x["entities"]:
            if any(m[0] == 0 and m[1] < span[1] and m[2] > span[0] for m in e["mentions"]):
                verb_names += 1
                notes.append(f"verb in name {e['name']!r} ({e['type']})")
    elif verb == "-":
        roots += 1
        subjects += 1
    names = {e["id"]: [e["id"], e["name"], *e["aliases"]] for e in x["entities"]}

    def has(eid, frag):
        return any(frag.lower() in n.lower() for n in names.get(eid, [eid]))

    expected += len(facts)
    hit = set()
    for r in x["relations"]:
        if r["sentence"] != 0:
            continue
        match = [k for k, (s, c, o) in enumerate(facts)
                 if c == r["relation"] and has(r["subject"], s) and has(r["object"], o)]
        if match:
            hit.update(match)
        else:
            others.append(f"{head}: {r['subject']} {r['relation']} {r['object']}")
    found += len(hit)
    if verbose and notes:
        print(f"{head}\n    " + "\n    ".join(notes))

n = len(rows)
print(f"headlines {n}: verbs {verbs}/{n}, roots {roots}/{n}, subjects {subjects}/{n}, "
      f"words wrongly read as the verb {false_verbs}, verbs read into names {verb_names}; facts expected {found}/{expected}, "
      f"other facts {len(others)}")
if verbose:
    for o in others:
        print("  other:", o)
fail = verbs < floors.get("--floor-verbs", 0) or verb_names > floors.get("--max-verb-names", n)
sys.exit(1 if fail else 0)
