#!/usr/bin/env bash
# The whole-tool measurements of the performance page (README.md here), reproducible on any Linux x64 machine with
# the .NET SDK:
#   1. publishes the norms tool as users install it on linux-x64 (ReadyToRun, framework-dependent);
#   2. generates N varied documents with the benchmarks' generate entry point (default 10,000; seed 1):
#        dotnet run -c Release --project tests/NormsEngine.Benchmarks -- generate --count N --output DIR --seed 1
#   3. times 'norms check' over them, default text output and SARIF to a file: wall time and peak RSS, median of runs;
#   4. the same over N/10 documents, to show that memory does not grow with the number of documents;
#   5. times a one-document 'norms check' (start-up included), median of 11 runs.
# Usage: tests/NormsEngine.Benchmarks/scale.sh [N] [runs]   (writes into artifacts/bench, which git ignores)
set -euo pipefail
case "${1:-}" in
  -h|--help) sed -n '2,/^# Usage/p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac
cd "$(dirname "$0")/../.."
n=${1:-10000}
runs=${2:-3}
out=artifacts/bench
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v /usr/bin/time >/dev/null || { echo "scale.sh needs /usr/bin/time (Debian package 'time')"; exit 2; }

case "$n$runs" in *[!0-9]*) echo "scale.sh: N and runs are whole numbers (see --help)" >&2; exit 2 ;; esac

echo "== publish norms (linux-x64, ReadyToRun) into $out/norms"
dotnet publish src/NormsEngine.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/norms" -v quiet -nologo >/dev/null
norms=$out/norms/norms

generate() {
  local count=$1 dir=$2
  if [ ! -f "$dir/.count" ] || [ "$(cat "$dir/.count")" != "$count" ]; then
    rm -rf "$dir"
    dotnet run -c Release --project tests/NormsEngine.Benchmarks -- generate --count "$count" --output "$dir" --seed 1 >/dev/null
    echo "$count" > "$dir/.count"
  fi
}

# median of the runs' wall seconds and the largest peak RSS, for one command line
measure() {
  local label=$1; shift
  local walls=() peak=0 line wall rss
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$out/time.txt" -f "%e %M" "$@" >/dev/null 2>&1 || true
    line=$(tail -n 1 "$out/time.txt")
    wall=${line% *}; rss=${line#* }
    walls+=("$wall")
    [ "$rss" -gt "$peak" ] && peak=$rss
  done
  local median
  median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-58s median %6.2f s wall   peak RSS %5d MB   (%s runs: %s)\n' "$label" "$median" $((peak / 1024)) "$runs" "${walls[*]}"
}

echo "== generate $n documents into $out/docs-$n, and $((n / 10)) into $out/docs-$((n / 10))"
generate "$n" "$out/docs-$n"
generate "$((n / 10))" "$out/docs-$((n / 10))"
echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
# Findings fail the run (exit 1): expected here, the time and memory are what is measured.
measure "norms check, $n documents, text to stdout" "$norms" check "$out/docs-$n"
measure "norms check, $n documents, sarif to a file" "$norms" check "$out/docs-$n" --format sarif --output "$out/check.sarif"
measure "norms check, $((n / 10)) documents, text to stdout" "$norms" check "$out/docs-$((n / 10))"
runs=11 measure "norms check, one document (samples/organisations/hospital.yaml)" "$norms" check samples/organisations/hospital.yaml
