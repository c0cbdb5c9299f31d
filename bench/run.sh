#!/usr/bin/env bash
# Whole-process benchmark of `reportgen build`, and of pandoc + LaTeX on the same Markdown; writes bench/RESULTS.md.
# bench/README.md explains the columns. Settings (environment): RUNS (default 5) runs per review, RUNS_LARGE (3) for
# reviews of 10,000 campaigns or more, SIZES ("100 1000 10000") synthetic review sizes, STAGES (1) to add the
# in-process per-stage table, RESULTS (bench/RESULTS.md) where the report goes.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
RUNS_LARGE=${RUNS_LARGE:-3}
SIZES=${SIZES:-"100 1000 10000"}
STAGES=${STAGES:-1}
RESULTS=${RESULTS:-bench/RESULTS.md}
BIN=bench/.bin
DATA=bench/.data
WORK=bench/.work
TIME=/usr/bin/time

for tool in "$TIME" pdfinfo pandoc pdflatex; do
  command -v "$tool" >/dev/null || { echo "run.sh: '$tool' is needed (apt-get install time poppler-utils pandoc texlive-latex-recommended)" >&2; exit 2; }
done
mkdir -p "$DATA" "$WORK"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

echo "== publishing reportgen (Release) to $BIN"
dotnet publish src/ReportGen.Cli -c Release -o "$BIN" --nologo -v quiet
echo "== building the data generator"
dotnet build bench/ReportGen.DataGen -c Release -o "$WORK/datagen" --nologo -v quiet

# median of numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
kb() { awk -v b="$1" 'BEGIN {printf "%.0f", b/1024}'; }
bytes_of() { find "$1" -maxdepth 1 -name "$2" -printf '%s\n' | awk '{s+=$1} END {print s+0}'; }
pages() { if [ -f "$1" ]; then pdfinfo "$1" | awk '/^Pages:/ {print $2}'; else echo "-"; fi; }

# time_build LABEL DATA_DIR RUNS: cold `reportgen build` runs; leaves wall times and peak RSS in $WORK/LABEL.times
time_build() {
  local label=$1 data=$2 out="$WORK/out-$1"
  "$TIME" -f "%e %M" -a -o "$WORK/$label.times" "$BIN/reportgen" build --data "$data" --templates templates --out "$out" \
    >"$WORK/$label.summary"
}

summarise() {  # LABEL; the counts come from reportgen's own summary line ("26 resources, 24 campaigns: …")
  local label=$1 out="$WORK/out-$1" times="$WORK/$1.times"
  local runs wall lo hi mem resources campaigns
  read -r resources _ campaigns _ <"$WORK/$label.summary"
  runs=$(wc -l <"$times")
  wall=$(awk '{print $1}' "$times" | median)
  lo=$(awk '{print $1}' "$times" | sort -g | head -1)
  hi=$(awk '{print $1}' "$times" | sort -g | tail -1)
  mem=$(awk '{print $2/1024}' "$times" | median)
  printf '| %s | %s | %s | %s | %.2f | %.2f–%.2f | %.0f | %s | %s | %s | %s | %s / %s / %s / %s |\n' \
    "$label" "$campaigns" "$resources" "$runs" "$wall" "$lo" "$hi" "$mem" \
    "$(kb "$(bytes_of "$out" '*.md')")" "$(kb "$(bytes_of "$out" '*.tex')")" "$(kb "$(bytes_of "$out" '*.pdf')")" \
    "$(kb "$(bytes_of "$out" '*.svg')")" \
    "$(pages "$out/manuscript.pdf")" "$(pages "$out/table2.pdf")" "$(pages "$out/abbreviations.pdf")" "$(pages "$out/prisma.pdf")"
}

echo "== generating synthetic reviews: $SIZES campaigns"
for n in $SIZES; do
  dotnet "$WORK/datagen/reportgen-datagen.dll" --campaigns "$n" --out "$DATA/c$n" --data data
  if ! "$BIN/reportgen" check --data "$DATA/c$n" --templates templates >"$WORK/check-$n.log" 2>&1; then
    cat "$WORK/check-$n.log" >&2; echo "run.sh: the synthetic review of $n campaigns does not pass reportgen check" >&2; exit 1
  fi
done

rm -f "$WORK"/*.times
echo "== shipped review: reportgen build and pandoc, alternating, $RUNS runs each"
engine=pdflatex
engine_note="pdflatex"
for i in $(seq "$RUNS"); do
  time_build shipped data
  # pandoc reads our own Markdown, in the output folder so that the figure (prisma.svg) is found.
  if ! (cd "$WORK/out-shipped" && "$TIME" -f "%e %M" -a -o ../pandoc.times \
        pandoc manuscript.md -o ../pandoc.pdf --pdf-engine="$engine" 2>../pandoc.log); then
    if [ "$engine" = pdflatex ]; then
      engine=lualatex
      engine_note="lualatex (pdflatex failed: $(grep -m1 -i 'error' "$WORK/pandoc.log" | cut -c1-120))"
      rm -f "$WORK/pandoc.times"
      (cd "$WORK/out-shipped" && "$TIME" -f "%e %M" -a -o ../pandoc.times \
        pandoc manuscript.md -o ../pandoc.pdf --pdf-engine="$engine" 2>../pandoc.log)
    else
      cat "$WORK/pandoc.log" >&2; exit 1
    fi
  fi
done

for n in $SIZES; do
  runs=$RUNS; [ "$n" -ge 10000 ] && runs=$RUNS_LARGE
  echo "== $n campaigns: $runs runs"
  for i in $(seq "$runs"); do time_build "c$n" "$DATA/c$n"; done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

ours=$(awk '{print $1}' "$WORK/shipped.times" | median)
theirs=$(awk '{print $1}' "$WORK/pandoc.times" | median)
theirs_mem=$(awk '{print $2/1024}' "$WORK/pandoc.times" | median)

{
  echo "# Benchmark results"
  echo
  echo "Written by \`bench/run.sh\` (see bench/README.md for what each column means)."
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src templates || echo ' with uncommitted changes')"
  echo "- Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo) memory," \
       "$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo); $(uname -sr)"
  echo "- Load average (1, 5, 15 min) before: $load_before; after: $load_after. The machine is shared, so load from other work inflates the times."
  echo "- .NET $(dotnet --version); $(pandoc --version | head -1); $(pdflatex --version | head -1)"
  echo
  echo "## reportgen build, cold process, all formats"
  echo
  echo "| review | campaigns | resources | runs | median wall (s) | min–max (s) | peak memory (MB) | .md (KB) | .tex (KB) | .pdf (KB) | .svg (KB) | PDF pages: manuscript / table2 / abbreviations / prisma |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  summarise shipped
  for n in $SIZES; do summarise "c$n"; done
  echo
  set -- $SIZES
  if [ $# -ge 2 ]; then
    a=${*: -2:1}; b=${*: -1}
    awk -v a="$a" -v b="$b" \
        -v ta="$(awk '{print $1}' "$WORK/c$a.times" | median)" -v tb="$(awk '{print $1}' "$WORK/c$b.times" | median)" \
        -v ma="$(awk '{print $2}' "$WORK/c$a.times" | median)" -v mb="$(awk '{print $2}' "$WORK/c$b.times" | median)" \
        'BEGIN {printf "Growth from %d to %d campaigns (×%.0f): wall time ×%.2f, peak memory ×%.2f.\n", a, b, b/a, tb/ta, mb/ma}'
    echo
  fi
  echo "## Against pandoc + LaTeX on the same Markdown"
  echo
  echo "Our \`out/manuscript.md\` of the shipped review turned into PDF by \`pandoc manuscript.md -o x.pdf --pdf-engine=$engine\`,"
  echo "run alternately with \`reportgen build\` ($RUNS runs each). PDF engine: $engine_note."
  echo
  echo "| command | what it makes | median wall (s) | peak memory (MB) | pages |"
  echo "|---|---|---:|---:|---:|"
  printf '| reportgen build | all 17 outputs (Markdown, LaTeX, PDF, DOCX, HTML, SVG) | %.2f | %.0f | %s |\n' "$ours" \
    "$(awk '{print $2/1024}' "$WORK/shipped.times" | median)" "$(pages "$WORK/out-shipped/manuscript.pdf")"
  printf '| pandoc + %s | manuscript PDF only | %.2f | %.0f | %s |\n' "$engine" "$theirs" "$theirs_mem" "$(pages "$WORK/pandoc.pdf")"
  echo
  awk -v o="$ours" -v t="$theirs" 'BEGIN {printf "pandoc + LaTeX takes %.1f× as long as reportgen building every format.\n", t/o}'
} >"$RESULTS.tmp"

if [ "$STAGES" = 1 ]; then
  echo "== in-process stages (one process, after a warm-up run)"
  dotnet build bench/ReportGen.Benchmarks -c Release -o "$WORK/benchmarks" --nologo -v quiet
  set -- $SIZES
  stage_sizes="${*: -2}"
  {
    echo
    echo "## In-process stages"
    echo
    echo "\`DOTNET_TieredCompilation=0 dotnet $WORK/benchmarks/ReportGen.Benchmarks.dll stages $stage_sizes --repeat 1\`:"
    echo "each stage once more after a first run through the pipeline, in one process, with the JIT's tiers off so that"
    echo "no stage is timed in unoptimised code; the last column is the wall-time growth between the two sizes."
    echo
    DOTNET_TieredCompilation=0 dotnet "$WORK/benchmarks/ReportGen.Benchmarks.dll" stages $stage_sizes --repeat 1 | grep '^|'
  } >>"$RESULTS.tmp"
fi

mv "$RESULTS.tmp" "$RESULTS"
cat "$RESULTS"
