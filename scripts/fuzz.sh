#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (AddressSanitizer + libFuzzer) and runs each for
# FUZZ_SECONDS (default 60), or only the targets named as arguments:
#
#   scripts/fuzz.sh                          # every target, 60 s each
#   FUZZ_SECONDS=120 scripts/fuzz.sh FuzzJSON FuzzGlossary
#
# Working corpora live in Fuzz/.build/corpus/<Target> (seeded from Fuzz/Corpus/<Target>), crash
# and timeout inputs go to Fuzz/.build/artifacts/<Target>/, logs to Fuzz/.build/logs/. After a
# crash the target is started again on its corpus until its time is used up or it has crashed
# FUZZ_MAX_CRASHES (default 5) times. Prints `target executions crashes` per target at the end
# and exits 1 if any target crashed. FUZZ_BUILD_JOBS (default 1) is passed to swift build -j.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fuzz="$root/Fuzz"
seconds="${FUZZ_SECONDS:-60}"
max_crashes="${FUZZ_MAX_CRASHES:-5}"
all_targets=(FuzzDecodeSegment FuzzTokenizer FuzzAligner FuzzWordDiff FuzzMetrics FuzzJSON FuzzPairsLine FuzzGlossary)

if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    targets=("${all_targets[@]}")
fi
for target in "${targets[@]}"; do
    if [[ ! " ${all_targets[*]} " =~ " $target " ]]; then
        echo "fuzz.sh: unknown target '$target' (targets: ${all_targets[*]})" >&2
        exit 2
    fi
done

# SwiftPM reuses its build plan while no manifest changes, and misses source files added to or
# removed from the root package (the path dependency): drop the plan so that it plans again.
rm -f "$fuzz/.build/debug.yaml" "$fuzz/.build/plugin-tools.yaml" "$fuzz"/.build/*/debug/description.json
# -parse-as-library: the targets have no top-level code; libFuzzer supplies main.
swift build --package-path "$fuzz" -j "${FUZZ_BUILD_JOBS:-1}" -c debug \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
bin="$(swift build --package-path "$fuzz" -c debug --show-bin-path)"

# Swift's crash backtracer reads the crashed process's memory in a way AddressSanitizer
# reports as a stack-buffer-underflow, and can leave the run hanging: let libFuzzer report.
export SWIFT_BACKTRACE=enable=no
# No leak checks (-detect_leaks=0 during the run, detect_leaks=0 at exit): LeakSanitizer reports
# the regexes that DriftChecks' Boilerplate compiles once into global `let`s (470 KB in 3,844
# blocks) as leaked, as it does not recognise the pointers Swift keeps to them.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

mkdir -p "$fuzz/.build/logs"
summary=()
crashed=0
for target in "${targets[@]}"; do
    corpus="$fuzz/.build/corpus/$target"
    artifacts="$fuzz/.build/artifacts/$target"
    log="$fuzz/.build/logs/$target.log"
    mkdir -p "$corpus" "$artifacts"
    cp -n "$fuzz/Corpus/$target/"* "$corpus/" 2>/dev/null || true
    : >"$log"
    before="$(find "$artifacts" -type f | wc -l)"
    executions=0
    start="$(date +%s)"
    while :; do
        left=$((seconds - ($(date +%s) - start)))
        [ "$left" -gt 0 ] || break
        status=0
        "$bin/$target" "$corpus" -max_total_time="$left" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
            -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log.run" 2>&1 || status=$?
        run="$(grep -a 'stat::number_of_executed_units' "$log.run" | tail -n 1 | awk '{print $2}')"
        # Without final stats (a hard crash), the last status line's count.
        if [ -z "$run" ]; then run="$(grep -ao '^#[0-9]*' "$log.run" | tail -n 1 | tr -d '#')"; fi
        executions=$((executions + ${run:-0}))
        cat "$log.run" >>"$log"
        rm -f "$log.run"
        echo "== $target exited with status $status" >>"$log"
        [ "$status" -ne 0 ] || break
        found=$(($(find "$artifacts" -type f | wc -l) - before))
        if [ "$found" -eq 0 ]; then
            echo "fuzz.sh: $target failed with status $status and no artifact; see $log" >&2
            crashed=1
            break
        fi
        [ "$found" -lt "$max_crashes" ] || break
    done
    crashes=$(($(find "$artifacts" -type f | wc -l) - before))
    [ "$crashes" -eq 0 ] || crashed=1
    summary+=("$target $executions $crashes")
done

echo "target executions crashes"
printf '%s\n' "${summary[@]}"
exit "$crashed"
