#!/usr/bin/env bash
# Runs the cargo-fuzz targets in fuzz/ (nightly toolchain; installs cargo-fuzz
# if it is missing).
#   --smoke       a fixed number of runs per target (SMOKE_RUNS, default 50000):
#                 the CI step, a few seconds per target once built
#   --seconds N   N seconds per target (-max_total_time), the on-demand run;
#                 new inputs are kept in fuzz/corpus/TARGET (ignored by git
#                 except the seed-* files) and crashes in fuzz/artifacts/
# Targets: assessment_json answers_json answers_lenient routine_json progress_log table_cell
# fhir_response (default: all).
# FUZZ_SANITIZER picks cargo-fuzz's sanitizer (default none: the core has no
# unsafe code; address works too, with a slower build).
# Usage: scripts/fuzz.sh [--smoke|--seconds N] [targets...]
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=smoke
SECONDS_PER_TARGET=60
SMOKE_RUNS=${SMOKE_RUNS:-50000}
SANITIZER=${FUZZ_SANITIZER:-none}
ALL=(assessment_json answers_json answers_lenient routine_json progress_log table_cell fhir_response)
TARGETS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --smoke) MODE=smoke ;;
        --seconds) MODE=long; SECONDS_PER_TARGET=${2:?--seconds needs a number}; shift ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        -*) echo "unknown option: $1" >&2; exit 2 ;;
        *) TARGETS+=("$1") ;;
    esac
    shift
done
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL[@]}")

step() { printf '\n==> %s\n' "$*"; }

if ! cargo +nightly --version >/dev/null 2>&1; then
    echo "FAILED: the nightly toolchain is missing (rustup toolchain install nightly)" >&2
    exit 1
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    step "installing cargo-fuzz"
    cargo install --locked cargo-fuzz
fi

cd fuzz
LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT

step "build the fuzz targets (sanitizer: $SANITIZER)"
start=$(date +%s)
for t in "${TARGETS[@]}"; do
    cargo +nightly fuzz build -s "$SANITIZER" "$t" >"$LOGS/build" 2>&1 || { cat "$LOGS/build"; exit 1; }
done
echo "built in $(( $(date +%s) - start )) s"

# Runs one target with libFuzzer options; prints the summary, fails on a finding.
run() {
    local t=$1; shift
    local started status=0
    started=$(date +%s)
    cargo +nightly fuzz run -s "$SANITIZER" "$t" "$@" -max_len=4096 -print_final_stats=1 >"$LOGS/$t" 2>&1 || status=$?
    grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)|panicked|SUMMARY|Test unit written|ERROR' "$LOGS/$t" || true
    echo "time: $(( $(date +%s) - started )) s"
    if [ "$status" != 0 ]; then
        tail -n 40 "$LOGS/$t"
        echo "FAILED: fuzz target $t (the input is in fuzz/artifacts/$t)" >&2
        exit 1
    fi
}

for t in "${TARGETS[@]}"; do
    mkdir -p "corpus/$t"
    if [ "$MODE" = smoke ]; then
        step "$t: $SMOKE_RUNS runs from the seed corpus"
        # Only the seeds, never what an earlier long run added, so the smoke
        # run does the same work everywhere; nothing is written back.
        seeds="$LOGS/seeds-$t"
        mkdir -p "$seeds"
        cp corpus/"$t"/seed-* "$seeds"/
        run "$t" "$seeds" -- -runs="$SMOKE_RUNS" -seed=1
    else
        step "$t: $SECONDS_PER_TARGET s"
        run "$t" -- -max_total_time="$SECONDS_PER_TARGET"
        echo "corpus/$t: $(find "corpus/$t" -type f | wc -l) files, $(find "corpus/$t" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}') bytes"
    fi
done
