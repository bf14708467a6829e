#!/usr/bin/env bash
# The corpus-scale benchmark in one command: generate N articles (make_corpus.py), ingest them on
# every core, report the ingest rate, peak memory and store size, then the whole-command latency
# of relations, neighbors and path on that store (query_latency.py).
#
#   bench/corpus_bench.sh [ARTICLES (10000)] [BUILD DIR (build)] [RUNS (200)]
# Work files go to $KG_BENCH_DIR (default /tmp/kg-bench-ARTICLES); an existing corpus is reused.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}
build=${2:-build}
runs=${3:-200}
work=${KG_BENCH_DIR:-/tmp/kg-bench-$articles}
mkdir -p "$work"
[ -s "$work/corpus.jsonl" ] || python3 bench/make_corpus.py --articles "$articles" -o "$work/corpus.jsonl"
rm -f "$work/kg.db" "$work/kg.db-wal" "$work/kg.db-shm"
echo "== ingest: $articles articles, $(nproc) cores"
/usr/bin/time -f "peak RSS %M KB, CPU user %U s, system %S s" \
  "$build/kg" ingest "$work/corpus.jsonl" --db "$work/kg.db" 2>&1 | grep -E "^(ingested|rate|store|peak)"
echo "store size: $(du -m "$work/kg.db" | cut -f1) MB"
echo "== query latency, whole commands ($runs runs each)"
python3 bench/query_latency.py --kg "$build/kg" --db "$work/kg.db" --runs "$runs"
