#!/bin/sh
# Reproduces the CaRB figures of kg's open triples (bench/README.md, "Open triples on CaRB").
# Usage: bench/carb_run.sh [dev|test] [BUILD_DIR]   (model: $KG_MODEL, else models/en_ewt.kgm)
# Tune on dev only; the test split is for reporting.
set -eu
split=${1:-dev}
build=${2:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
carb=${KG_SHARED_DIR:-$root/../shared}/data/carb
out=${TMPDIR:-/tmp}/kg-carb-$split.tsv
"$build/kg" extract "$carb/$split.txt" --format tsv --one-per-line --timing > "$out"
python3 "$root/bench/carb_score.py" --gold "$carb/gold/$split.tsv" "$out" --out "${out%.tsv}.dat"
