#!/usr/bin/env bash
# Scores `kg extract --format json` of every ARTICLE.txt + ARTICLE.gold.json pair of a folder with
# ../shared/eval/score.py and prints, per article and as a mean, P/R/F1 of relations, entity F1,
# quote F1, metadata accuracy and the overall F1. --verbose adds the missed and wrong facts.
#   bench/score_folder.sh [--verbose] [FOLDER] [KG]
# FOLDER defaults to ../shared/eval/dev (samples/ works too); KG to build/kg.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
verbose=0
if [ "${1:-}" = "--verbose" ]; then verbose=1; shift; fi
folder="${1:-$root/../shared/eval/dev}"
kg="${2:-$root/build/kg}"
score="${KG_SCORE:-$root/../shared/eval/score.py}"
[ -f "$score" ] || score=/work/shared/eval/score.py
[ -d "$folder" ] || { echo "no such folder: $folder" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for gold in "$folder"/*.gold.json; do
  name="$(basename "$gold" .gold.json)"
  article="$folder/$name.txt"
  [ -f "$article" ] || continue
  "$kg" extract "$article" --format json > "$tmp/$name.json"
  python3 "$score" "$gold" "$tmp/$name.json" --json > "$tmp/$name.score"
done
python3 - "$tmp" "$verbose" <<'PY'
import json, sys, pathlib
tmp, verbose = pathlib.Path(sys.argv[1]), sys.argv[2] == "1"
rows = []
print(f"{'article':36} {'relP':>5} {'relR':>5} {'relF1':>5} {'ent':>5} {'quote':>5} {'meta':>5} {'all':>5}")
for f in sorted(tmp.glob("*.score")):
    d = json.loads(f.read_text())
    s = d["scores"]
    r = s["relations"]
    row = [r["precision"], r["recall"], r["f1"], s["entities"]["f1"], s["quotes"]["f1"],
           s["metadata"]["accuracy"], s["overall_f1"]]
    rows.append(row)
    print(f"{f.stem[:36]:36} " + " ".join(f"{x:5.3f}" for x in row))
    if verbose:
        det = d.get("details", {})
        for key in ("missed_relations", "wrong_relations"):
            for x in det.get(key, []):
                print(f"    {key.split('_')[0]:6} {x}")
if rows:
    mean = [sum(c) / len(rows) for c in zip(*rows)]
    print(f"{'MEAN (' + str(len(rows)) + ')':36} " + " ".join(f"{x:5.3f}" for x in mean))
PY
