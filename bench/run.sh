#!/usr/bin/env bash
# Whole-process benchmark of `reportgen build`, and of pandoc + LaTeX on the same Markdown; writes bench/RESULTS.md.
# bench/README.md explains the columns. Settings (environment): RUNS (default 5) runs per review, RUNS_LARGE (3) for
# reviews of 10,000 campaigns or more, SIZES ("100 1000 10000") synthetic review sizes, STAGES (1) to add the
# in-process per-stage table, RESULTS (bench/RESULTS.md) where the report goes, PUBLISH (aot where clang is found,
# else r2r) the binary timed, as README.md tells users to install it, VARIANTS ("") more publish options to compare
# on the shipped review ("r2r composite trimmed aot").
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

VARIANTS=${VARIANTS:-}
if command -v clang >/dev/null; then PUBLISH=${PUBLISH:-aot}; else PUBLISH=${PUBLISH:-r2r}; fi

# pandoc converts the figure (prisma.svg) for LaTeX with rsvg-convert.
for tool in "$TIME" pdfinfo pandoc pdflatex lualatex rsvg-convert; do
  command -v "$tool" >/dev/null || { echo "run.sh: '$tool' is needed (apt-get install time poppler-utils pandoc texlive-latex-recommended texlive-luatex librsvg2-bin)" >&2; exit 2; }
done
mkdir -p "$DATA" "$WORK"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# publish VARIANT DIR: the README's two ways to install (aot, r2r), and the other options compared (composite, trimmed).
publish() {
  local options
  case $1 in
    aot) options="-p:PublishAot=true" ;;
    r2r) options="" ;;
    composite) options="-p:SelfContained=true -p:PublishReadyToRunComposite=true" ;;
    trimmed) options="-p:SelfContained=true -p:PublishTrimmed=true" ;;
    *) echo "run.sh: unknown publish variant '$1' (aot, r2r, composite, trimmed)" >&2; exit 2 ;;
  esac
  rm -rf "$2"
  # Each variant with its own obj/ and bin/: what one leaves there is not what the next would build.
  dotnet publish src/ReportGen.Cli -c Release -o "$2" --nologo -v quiet $options --artifacts-path "$WORK/artifacts-$1"
}

echo "== publishing reportgen ($PUBLISH, as README.md installs it) to $BIN"
publish "$PUBLISH" "$BIN"
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
  "$TIME" -f "%e %M %U %S" -a -o "$WORK/$label.times" "$BIN/reportgen" build --data "$data" --templates templates --out "$out" \
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
echo "== shipped review: reportgen build, pandoc + lualatex and pandoc + pdflatex, alternating, $RUNS runs each"
# pandoc_pdf ENGINE: our own manuscript.md into a PDF, in the output folder so that the figure (prisma.svg) is found.
pandoc_pdf() {
  (cd "$WORK/out-shipped" && "$TIME" -f "%e %M %U %S" -a -o "../pandoc-$1.times" \
    pandoc manuscript.md -o "../pandoc-$1.pdf" --pdf-engine="$1" 2>"../pandoc-$1.log")
}
pdflatex_failed=""
for i in $(seq "$RUNS"); do
  time_build shipped data
  pandoc_pdf lualatex || { cat "$WORK/pandoc-lualatex.log" >&2; exit 1; }
  if [ -z "$pdflatex_failed" ] && ! pandoc_pdf pdflatex; then
    pdflatex_failed=$(grep -m1 -i 'error' "$WORK/pandoc-pdflatex.log" | cut -c1-120)
    rm -f "$WORK/pandoc-pdflatex.times"
  fi
done

# The fast binary must write what the README's `dotnet run` (the JIT) writes, byte for byte, for both reviews.
echo "== comparing the outputs of $PUBLISH with the JIT build's (shipped review, examples/school-activity)"
dotnet build src/ReportGen.Cli -c Release --nologo -v quiet --artifacts-path "$WORK/artifacts-jit"
jit_dll=$(find "$WORK/artifacts-jit/bin/ReportGen.Cli" -name reportgen.dll | head -1)
same_as_jit() {  # BIN: exits non-zero, naming the files, if BIN's outputs differ from the JIT build's
  local review
  for review in data examples/school-activity; do
    local name=${review//\//-} templates=templates
    [ "$review" = data ] || templates=$review/templates
    [ "$review" = data ] || review=$review/data
    rm -rf "$WORK/same-jit-$name" "$WORK/same-bin-$name"
    dotnet "$jit_dll" build --data "$review" --templates "$templates" --out "$WORK/same-jit-$name" >/dev/null 2>&1
    "$1/reportgen" build --data "$review" --templates "$templates" --out "$WORK/same-bin-$name" >/dev/null 2>&1
    diff -rq "$WORK/same-jit-$name" "$WORK/same-bin-$name" >&2 || return 1
  done
}
same_as_jit "$BIN" || { echo "run.sh: $BIN/reportgen ($PUBLISH) writes other bytes than the JIT build" >&2; exit 1; }

if [ -n "$VARIANTS" ]; then
  for v in $VARIANTS; do
    echo "== publishing the variant $v"
    if [ "$v" = "$PUBLISH" ]; then rm -rf "$WORK/bin-$v"; cp -r "$BIN" "$WORK/bin-$v"; else publish "$v" "$WORK/bin-$v"; fi
    same_as_jit "$WORK/bin-$v" || { echo "run.sh: the variant $v writes other bytes than the JIT build" >&2; exit 1; }
  done
  echo "== shipped review with each variant, alternating, $RUNS runs each"
  for i in $(seq "$RUNS"); do
    for v in $VARIANTS; do
      "$TIME" -f "%e %M %U %S" -a -o "$WORK/variant-$v.times" "$WORK/bin-$v/reportgen" build --data data \
        --templates templates --out "$WORK/out-variant-$v" >/dev/null 2>&1
    done
  done
  for v in $VARIANTS; do
    REPORTGEN_TIMINGS=1 "$WORK/bin-$v/reportgen" build --data data --templates templates --out "$WORK/out-variant-$v" \
      2>&1 >/dev/null | grep '^REPORTGEN_TIMINGS\|^  ' >"$WORK/variant-$v.timings"
  done
fi

for n in $SIZES; do
  runs=$RUNS; [ "$n" -ge 10000 ] && runs=$RUNS_LARGE
  echo "== $n campaigns: $runs runs"
  for i in $(seq "$runs"); do time_build "c$n" "$DATA/c$n"; done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# column N of a times file (1 wall s, 2 peak KB, 3 user s, 4 sys s), median over its runs; cpu: user + sys
column() { awk -v c="$2" '{print $c}' "$1" | median; }
cpu() { awk '{print $3 + $4}' "$1" | median; }
ours=$(column "$WORK/shipped.times" 1)

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
  echo "Our \`out/manuscript.md\` of the shipped review turned into PDF by \`pandoc manuscript.md -o x.pdf --pdf-engine=lualatex\`"
  echo "(and \`pdflatex\`), run alternately with \`reportgen build\` ($RUNS runs each); reportgen is the $PUBLISH build"
  echo "that README.md installs, and writes the same bytes as the JIT build (checked on both example reviews)."
  echo
  echo "| command | what it makes | median wall (s) | median CPU, user + sys (s) | peak memory (MB) | pages |"
  echo "|---|---|---:|---:|---:|---:|"
  printf '| reportgen build (%s) | all outputs (Markdown, LaTeX, PDF, DOCX, HTML, SVG) | %.2f | %.2f | %.0f | %s |\n' "$PUBLISH" \
    "$ours" "$(cpu "$WORK/shipped.times")" "$(awk '{print $2/1024}' "$WORK/shipped.times" | median)" \
    "$(pages "$WORK/out-shipped/manuscript.pdf")"
  for engine in lualatex pdflatex; do
    if [ -f "$WORK/pandoc-$engine.times" ]; then
      printf '| pandoc + %s | manuscript PDF only | %.2f | %.2f | %.0f | %s |\n' "$engine" "$(column "$WORK/pandoc-$engine.times" 1)" \
        "$(cpu "$WORK/pandoc-$engine.times")" "$(awk '{print $2/1024}' "$WORK/pandoc-$engine.times" | median)" \
        "$(pages "$WORK/pandoc-$engine.pdf")"
    else
      echo "| pandoc + $engine | failed: $pdflatex_failed | | | | |"
    fi
  done
  echo
  for engine in lualatex pdflatex; do
    [ -f "$WORK/pandoc-$engine.times" ] || continue
    awk -v o="$ours" -v t="$(column "$WORK/pandoc-$engine.times" 1)" -v e="$engine" -v oc="$(cpu "$WORK/shipped.times")" \
        -v tc="$(cpu "$WORK/pandoc-$engine.times")" \
      'BEGIN {printf "pandoc + %s takes %.1f× as long as reportgen building every format (CPU: %.1f×).\n", e, t/o, tc/oc}'
  done
  if [ -n "$VARIANTS" ]; then
    echo
    echo "## Publish options, shipped review, cold process"
    echo
    echo "Each option published by \`bench/run.sh\` (VARIANTS) and run alternately ($RUNS runs each); all write the JIT"
    echo "build's bytes. Size: the published folder without symbols (r2r also needs the shared .NET runtime installed)."
    echo "Start and JIT from one more run with REPORTGEN_TIMINGS=1: time before Main, methods compiled at run time."
    echo
    echo "| option | median wall (s) | median CPU (s) | peak memory (MB) | size (MB) | before Main (ms) | JIT methods | JIT (ms) | × pandoc + lualatex |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    for v in $VARIANTS; do
      t=$WORK/variant-$v.timings
      printf '| %s | %.2f | %.2f | %.0f | %.0f | %s | %s | %s | %.1f |\n' "$v" "$(column "$WORK/variant-$v.times" 1)" \
        "$(cpu "$WORK/variant-$v.times")" "$(awk '{print $2/1024}' "$WORK/variant-$v.times" | median)" \
        "$(find "$WORK/bin-$v" -type f ! -name '*.pdb' ! -name '*.dbg' -printf '%s\n' | awk '{s+=$1} END {print s/1048576}')" \
        "$(awk -F' [|] ' '/runtime start, before Main/ {print $2}' "$t")" \
        "$(grep -o 'JIT in all [0-9]*' "$t" | grep -o '[0-9]*$')" "$(grep -o 'methods, [0-9]* ms' "$t" | grep -o '[0-9][0-9]*')" \
        "$(awk -v o="$(column "$WORK/variant-$v.times" 1)" -v t="$(column "$WORK/pandoc-lualatex.times" 1)" 'BEGIN {print t/o}')"
    done
  fi
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
