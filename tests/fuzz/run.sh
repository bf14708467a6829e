#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build-fuzz and runs each for SECONDS seconds on a
# copy of its seed corpus (tests/fuzz/corpus/<target>/ never grows). Exits non-zero when a target
# crashes, leaks or breaks one of its invariants; the crashing input is left in
# build-fuzz/fuzz-out/<target>/ with libFuzzer's log.
#
#   bash tests/fuzz/run.sh 60            # every target, 60 s each
#   bash tests/fuzz/run.sh 600 tokenizer # one target
set -euo pipefail
seconds="${1:?usage: run.sh SECONDS [TARGET...]}"
shift
cd "$(dirname "$0")/../.."
root="$PWD"
build="$root/build-fuzz"
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  targets=(tokenizer extractor jsonl_reader html_reader model_loader)
fi

# Longest input tried per target: long enough for several paragraphs, records or a page, short
# enough to keep the executions per second up; model seeds are whole tiny models.
declare -A max_len=(
  [tokenizer]=4096 [extractor]=2048 [jsonl_reader]=4096 [html_reader]=8192 [model_loader]=65536
)

cmake -S . -B "$build" -DKG_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"${KG_FUZZ_JOBS:-2}" --target $(printf 'fuzz_%s ' "${targets[@]}")

# Runs one target; its report goes to $out/report, its exit status is the script's verdict.
run_target() {
  local target="$1" out="$build/fuzz-out/$1"
  rm -rf "$out"
  mkdir -p "$out/corpus"
  cp -r "$root/tests/fuzz/corpus/$target/." "$out/corpus/"
  if (cd "$out" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
        UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len="${max_len[$target]}" \
        -timeout=25 -rss_limit_mb=4096 -print_final_stats=1 corpus >fuzz.log 2>&1); then
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/fuzz.log")"
    rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$out/fuzz.log")"
    echo "fuzz_$target: ${runs:-?} executions (${rate:-?}/s), no crashes" >"$out/report"
  else
    { echo "fuzz_$target: CRASH; log and input in $out"; tail -n 60 "$out/fuzz.log"; } >"$out/report"
    return 1
  fi
}

# $KG_FUZZ_PARALLEL targets at a time (default: one per core); each still runs SECONDS seconds.
parallel="${KG_FUZZ_PARALLEL:-$(nproc)}"
echo "== fuzzing ${targets[*]}: ${seconds} s each, ${parallel} at a time"
status=0
for ((i = 0; i < ${#targets[@]}; i += parallel)); do
  pids=()
  for target in "${targets[@]:i:parallel}"; do
    run_target "$target" &
    pids+=("$!")
  done
  for pid in "${pids[@]}"; do wait "$pid" || status=1; done
  for target in "${targets[@]:i:parallel}"; do cat "$build/fuzz-out/$target/report"; done
done
exit "$status"
