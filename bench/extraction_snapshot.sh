#!/usr/bin/env bash
# Writes `kg extract --format json` of every article in samples/ and ../shared/eval/dev (or the
# folders given after OUT) to OUT/NAME.json, so two builds can be compared byte for byte:
#   bench/extraction_snapshot.sh /tmp/before old/kg && bench/extraction_snapshot.sh /tmp/after
#   diff -r /tmp/before /tmp/after && echo identical
# Used when a change must not alter behaviour (a refactor, a speed-up).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:?usage: extraction_snapshot.sh OUT [KG] [FOLDER...]}"
kg="${2:-$root/build/kg}"
shift $(( $# >= 2 ? 2 : 1 ))
folders=("$@")
[ ${#folders[@]} -gt 0 ] || folders=("$root/samples" "$root/../shared/eval/dev")
mkdir -p "$out"
for folder in "${folders[@]}"; do
  [ -d "$folder" ] || { echo "skipped (absent): $folder" >&2; continue; }
  for f in "$folder"/*.txt "$folder"/*.html "$folder"/*.jsonl; do
    [ -e "$f" ] || continue
    "$kg" extract "$f" --format json > "$out/$(basename "$f").json"
  done
done
echo "$(ls "$out" | wc -l) extractions in $out"
