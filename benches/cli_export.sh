#!/usr/bin/env bash
# Issue 20 benchmark of the command-line export, `bash scripts/bench export` (release zhanban-cli), in one run:
#   A. the corpus article qingdao-model-organs-2023 with 12 phone-size photos, `export --no-review` (layout and
#      preflight included), vs copying the same photo bytes (read, write, fsync: the I/O floor); peak memory
#      (max RSS by /usr/bin/time -v) vs the goal photo bytes + 100 MB;
#   B. the five corpus articles with the same photos (the corpus exhibition), `export` with the 审阅 folder, and
#      `--no-review`;
#   each export run twice on the same project: the first lays out (or reads a stale cache), the second reads the
#   frames the project keeps (issue 20's layout once).
# The photos are the 12 largest JPEGs of the system's wallpaper folder (10–16 MP, as phones take them).
# Typst: the pdf bench (`bash scripts/bench pdf`) compares the board export with it on the same photos and fonts.
# Usage: cli_export.sh <zhanban-cli> [runs] [other zhanban-cli…] — with other builds (e.g. main's), each round runs
# every build in turn on its own fresh copy of the project, so that the machine's load falls on all alike, and each
# is reported under its path.
set -euo pipefail
cli=${1:?zhanban-cli}
runs=${2:-3}
clis=("$cli" "${@:3}")
corpus="$(cd "$(dirname "$0")/../.." && pwd)/shared/corpus"
[ -d "$corpus" ] || corpus=/work/shared/corpus
work=$(mktemp -d /tmp/zhanban-cli-export.XXXXXX)
trap 'rm -rf "$work"' EXIT
mapfile -t photos < <(ls -S /usr/share/backgrounds/*.jpg | head -n 12)
photo_bytes=$(cat "${photos[@]}" | wc -c)

floor() { # seconds to read the photos and write them to one new file, fsync'd
  python3 - "$work/floor.bin" "${photos[@]}" <<'EOF'
import os, sys, time
t = time.perf_counter()
with open(sys.argv[1], "wb") as w:
    for p in sys.argv[2:]:
        with open(p, "rb") as f:
            w.write(f.read())
    w.flush(); os.fsync(w.fileno())
print(f"{time.perf_counter() - t:.4f}")
EOF
}

# one export under /usr/bin/time: prints "seconds maxrss_kB cpu_seconds" (user + system: what the export costs the
# cores, steadier than the wall time on a shared machine)
timed() {
  local out=$1; shift
  rm -rf "$out"
  /usr/bin/time -f '%e %M %U %S' -o "$work/time" "${CLI:-$cli}" export "$@" --out "$out" >/dev/null 2>"$work/log" \
    || { cat "$work/log" >&2; exit 1; }
  awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' "$work/time"
}

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

make_project() { # project, articles…
  local p=$1; shift
  "$cli" new "$p" --title 模范机关建设成果展 --organiser 市直机关工委 --date 2024-05-01 >/dev/null 2>&1
  "$cli" import "$p" "$@" "${photos[@]}" >/dev/null 2>&1
}

make_project "$work/a.zhanban" "$corpus/qingdao-model-organs-2023.txt"
make_project "$work/b.zhanban" "$corpus"/*.txt

echo "photos: ${#photos[@]} JPEGs, $(awk -v b="$photo_bytes" 'BEGIN{printf "%.1f", b/1048576}') MB"
case_run() { # name project export-args…
  local name=$1 project=$2; shift 2
  local fl=() k
  declare -A first=() second=() mem=() cpu1=() cpu2=()
  for _ in $(seq "$runs"); do
    fl+=("$(floor)")
    for k in "${!clis[@]}"; do
      # a fresh copy of the project each round, so the first export finds no frames kept by an earlier one
      cp "$project" "$work/run.zhanban"
      read -r s m c < <(CLI=${clis[$k]} timed "$work/out" "$work/run.zhanban" "$@")
      first[$k]+="$s "; mem[$k]+="$m "; cpu1[$k]+="$c "
      read -r s m c < <(CLI=${clis[$k]} timed "$work/out" "$work/run.zhanban" "$@")
      second[$k]+="$s "; mem[$k]+="$m "; cpu2[$k]+="$c "
    done
  done
  local f a b m boards c1 c2
  boards=$(find "$work/out" -maxdepth 1 -name '[0-9]*.pdf' | wc -l)
  f=$(printf '%s\n' "${fl[@]}" | median)
  for k in "${!clis[@]}"; do
    a=$(printf '%s\n' ${first[$k]} | median)
    b=$(printf '%s\n' ${second[$k]} | median)
    m=$(printf '%s\n' ${mem[$k]} | sort -g | tail -n 1)
    c1=$(printf '%s\n' ${cpu1[$k]} | median)
    c2=$(printf '%s\n' ${cpu2[$k]} | median)
    [ ${#clis[@]} -gt 1 ] && echo "[${clis[$k]}]"
    awk -v n="$name" -v f="$f" -v a="$a" -v b="$b" -v m="$m" -v boards="$boards" -v pb="$photo_bytes" -v c1="$c1" -v c2="$c2" 'BEGIN {
      goal = pb / 1048576 + 100
      printf "%s: %d boards\n  copy floor %.3f s | export %.2f s = %.1f× floor | again (project unchanged) %.2f s = %.1f× | goal ≤ 3× %s\n",
        n, boards, f, a, a / f, b, b / f, (b <= 3 * f ? "met" : "MISSED")
      printf "  CPU time (user + system) %.2f s | again %.2f s\n", c1, c2
      printf "  peak memory (max RSS) %.1f MB | goal ≤ photo bytes + 100 MB = %.1f MB %s\n", m / 1024, goal,
        (m / 1024 <= goal ? "met" : "MISSED") }'
  done
}
case_run "A. one article + 12 photos, export --no-review" "$work/a.zhanban" --no-review --force
case_run "B. corpus exhibition (5 articles) + 12 photos, export --no-review" "$work/b.zhanban" --no-review --force
case_run "B. corpus exhibition (5 articles) + 12 photos, export with 审阅" "$work/b.zhanban" --force
