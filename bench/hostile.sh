#!/usr/bin/env bash
# Time and memory of `reportgen check` on each hostile input of issue 19: every one must end with exit 1 and a located
# RG message (the non-Latin character is a warning, exit 0), in under 5 s and 500 MB. Writes bench/RESULTS-hostile.md.
# Uses the Release build in bench/.bin (published here if missing). Settings: RESULTS (bench/RESULTS-hostile.md).
set -euo pipefail
cd "$(dirname "$0")/.."
RESULTS=${RESULTS:-bench/RESULTS-hostile.md}
BIN="$PWD/bench/.bin"
WORK="$PWD/bench/.work/hostile"
TIME=/usr/bin/time
command -v "$TIME" >/dev/null || { echo "hostile.sh: GNU time is needed (apt-get install time)" >&2; exit 2; }
[ -f "$BIN/reportgen.dll" ] || dotnet publish src/ReportGen.Cli -c Release -o "$BIN" --nologo -v quiet
rm -rf "$WORK"; mkdir -p "$WORK"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# new_case NAME: a fresh copy of the shipped review in $WORK/NAME, printed
new_case() { rm -rf "$WORK/$1"; mkdir -p "$WORK/$1"; cp -r data templates "$WORK/$1/"; echo "$WORK/$1"; }
# set_n DIR DATA VALUE: the n (last) cell of flow.csv's row DATA
set_n() { sed -i "s/^\($2,.*\),[^,]*\$/\1,$3/" "$1/data/flow.csv"; }

rows=()
measure() { # measure NAME DESCRIPTION [extra check args]
  local name=$1 what=$2; shift 2
  local dir="$WORK/$name" out="$WORK/$name.out" stats="$WORK/$name.time"
  set +e
  (cd "$dir" && timeout 600 "$TIME" -f "%e %M" -o "$stats" dotnet "$BIN/reportgen.dll" check "$@" >"$out" 2>&1)
  local code=$?
  set -e
  read -r seconds kb < <(tail -1 "$stats") || true
  local first
  first=$(grep -E ': (error|warning) RG[0-9]+' "$out" | grep -v 'RG211\|RG040' | head -1 | cut -c1-150 | sed 's/|/\\|/g')
  rows+=("| $what | $code | ${seconds:-?} | $(( ${kb:-0} / 1024 )) | \`${first:-$(head -1 "$out" | cut -c1-120)}\` |")
  echo "$name: exit $code, ${seconds}s, $(( ${kb:-0} / 1024 )) MB: $first"
}

d=$(new_case zero); ln -sf /dev/zero "$d/data/campaigns.csv"; measure zero "campaigns.csv → /dev/zero"
d=$(new_case urandom); ln -sf /dev/urandom "$d/data/resources.csv"; measure urandom "resources.csv → /dev/urandom"
d=$(new_case passwd); ln -sf /etc/passwd "$d/data/values.csv"; measure passwd "values.csv → /etc/passwd"
d=$(new_case fifo); rm "$d/data/flow.csv"; mkfifo "$d/data/flow.csv"; measure fifo "flow.csv is a FIFO"
d=$(new_case comma); sed -i 's/^database_results,\([^,]*\),\([^,]*\),/database_results,\1,\2,Records, unquoted,/' "$d/data/flow.csv"
measure comma "flow.csv: unquoted comma"
d=$(new_case fewfields); sed -i 's/^\(database_results,.*\),[^,]*,[^,]*$/\1,1013/' "$d/data/flow.csv"; measure fewfields "flow.csv: too few fields"
d=$(new_case million); python3 -c "
import sys; f=open(sys.argv[1],'a')
for i in range(1000000): f.write('bogus%d,a,b,c,d,e,f,1\n' % i)" "$d/data/flow.csv"; measure million "flow.csv: 1 M rows"
d=$(new_case overflow); set_n "$d" database_results 2147483000; set_n "$d" website_results 2147483000
measure overflow "flow.csv: counts past 2^31"
d=$(new_case separators); sed -i 's/^\(schroder2021\),schroder2021,/\1, ; ,/' "$d/data/campaigns.csv"; measure separators "campaigns.csv: resources \" ; \""
d=$(new_case nocampaigns); head -1 data/campaigns.csv > "$d/data/campaigns.csv"; measure nocampaigns "campaigns.csv: header only"
d=$(new_case emptycampaigns); : > "$d/data/campaigns.csv"; measure emptycampaigns "campaigns.csv: 0 bytes"
d=$(new_case noflow); head -1 data/flow.csv > "$d/data/flow.csv"; measure noflow "flow.csv: header only"
d=$(new_case utf16); python3 -c "
import sys; p=sys.argv[1]; s=open(p,encoding='utf-8').read(); open(p,'wb').write(s.encode('utf-16-le'))" "$d/data/abbreviations.csv"
measure utf16 "abbreviations.csv: UTF-16, no BOM"
d=$(new_case zwsp); sed -i 's/^schroder2021,schroder2021,SWE,/schroder2021,schroder2021,SWE\xe2\x80\x8b,/' "$d/data/campaigns.csv"; measure zwsp "campaigns.csv: U+200B in a country"
d=$(new_case greek); sed -i 's/^schroder2021,schroder2021,SWE,/schroder2021,schroder2021,SWE,\xce\xad /' "$d/data/campaigns.csv"; measure greek "campaigns.csv: 'έ' in a name (warning)"
d=$(new_case template10mb); python3 -c "
import sys; open(sys.argv[1],'w').write('# X\n\n' + 'lorem ipsum dolor sit amet '*400000)" "$d/templates/documents/manuscript.sbn"
measure template10mb "templates: 10 MB manuscript.sbn"
d=$(new_case paragraph); printf '# X\n\n{{ for i in 1..90000 }}word{{ i }} more words {{ end }}\n' > "$d/templates/documents/manuscript.sbn"
measure paragraph "templates: a loop writing a 1.9 M-character paragraph"
d=$(new_case word); printf '# X\n\n{{ for i in 1..20000 }}wwwwwwwwwwwwwwwwwwww{{ end }}\n' > "$d/templates/documents/manuscript.sbn"
measure word "templates: a 400,000-character word"
d=$(new_case badutf8); printf '# X\n\nab \xe9 cd\n' > "$d/templates/documents/manuscript.sbn"; measure badutf8 "templates: byte 0xE9"
d=$(new_case nul); printf '# X\n\nab \x00 cd\n' > "$d/templates/documents/manuscript.sbn"; measure nul "templates: NUL"

{
  echo "# Hostile inputs (issue 19)"
  echo
  echo "Written by \`bench/hostile.sh\`: \`reportgen check\` (Release, cold process) on a copy of the shipped review with one"
  echo "hostile change each. Wall time and peak resident memory from GNU time."
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD)"
  echo "- Machine: $(nproc) cores; load average before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| input | exit | wall (s) | peak memory (MB) | first diagnostic |"
  echo "|---|---:|---:|---:|---|"
  printf '%s\n' "${rows[@]}"
} > "$RESULTS"
cat "$RESULTS"
