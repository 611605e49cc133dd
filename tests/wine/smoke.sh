#!/usr/bin/env bash
# Smoke test of the Windows installer under Wine (Debian's wine64, no display, no network):
#   fresh Wine prefix in tests/out/wine → silent install (/S) → checks of the installed files, shortcuts and HKCU
#   entries → zhanban-cli.exe runs the whole pipeline (new, import photos and a write-up, exhibition, layout, export)
#   on material in folders with Chinese names and spaces → pdf-audit on every board PDF (Linux side) → the desktop
#   app without WebView2 exits with its own code → silent uninstall removes the program and keeps the project.
# Prints each check and a pass/fail count; exits 1 on any failure.
#   bash tests/wine/smoke.sh [path/to/zhanban-setup-<version>.exe]    (default: the newest one scripts/windows built)
set -uo pipefail
cd "$(dirname "$0")/../.."
repo="$PWD"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/zhanban/target}"
setup="${1:-$(ls -t "$CARGO_TARGET_DIR"/windows/zhanban-setup-*.exe target/windows/zhanban-setup-*.exe 2>/dev/null | head -n 1)}"
WINE="${WINE:-$(command -v wine64 || command -v wine || echo /usr/lib/wine/wine64)}"
WINESERVER="${WINESERVER:-$(command -v wineserver || echo /usr/lib/wine/wineserver)}"
AUDIT="${PDF_AUDIT:-$repo/../shared/tools/pdf-audit}"
out="$repo/tests/out/wine"

pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
check() { # check "what" command…
  local what="$1"
  shift
  if "$@" >>"$out/checks.log" 2>&1; then ok "$what"; else bad "$what"; fi
}
finish() {
  echo
  echo "wine smoke test: $pass passed, $fail failed (log: $out)"
  if [ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]; then
    # The prefix and its copies of the material take about 1 GB: kept only when something failed.
    "$WINESERVER" -k >/dev/null 2>&1
    rm -rf "$WINEPREFIX" "$out/home"
    exit 0
  fi
  exit 1
}

[ -n "$setup" ] && [ -f "$setup" ] || { echo "wine smoke test: no installer (run bash scripts/windows)"; exit 1; }
for tool in "$WINE" "$WINESERVER" x86_64-w64-mingw32-gcc "$AUDIT"; do
  command -v "$tool" >/dev/null 2>&1 || { echo "wine smoke test: $tool is missing (bash scripts/setup)"; exit 1; }
done

rm -rf "$out" && mkdir -p "$out/home"
echo "wine smoke test: $setup ($(du -h "$setup" | cut -f1))"
# A throw-away prefix and home: Wine links 文档/桌面 to $HOME; no menu entries, no Mono/Gecko prompts, no display.
export WINEPREFIX="$out/prefix" WINEARCH=win64 WINEDEBUG=-all HOME="$out/home"
export XDG_CONFIG_HOME="$out/home/.config" XDG_DATA_HOME="$out/home/.local/share" XDG_CACHE_HOME="$out/home/.cache"
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
unset DISPLAY WAYLAND_DISPLAY ZHANBAN_FONT_DIR
wine() { "$WINE" "$@"; }
wait_wine() { "$WINESERVER" -w; }
t0=$SECONDS

# --- the prefix -----------------------------------------------------------------------------------------------------
wine wineboot -i >"$out/wineboot.log" 2>&1
wait_wine
drive_c="$WINEPREFIX/drive_c"
check "fresh Wine prefix" test -d "$drive_c/windows/system32"
# Rust >= 1.78 needs bcryptprimitives!ProcessPrng, which Wine 8 lacks: the test-only stand-in.
check "stand-in bcryptprimitives.dll built (mingw-w64)" \
  x86_64-w64-mingw32-gcc -shared -O2 -s -o "$drive_c/windows/system32/bcryptprimitives.dll" \
  tests/wine/bcryptprimitives.c -ladvapi32
# Only C: from here on: no Linux path (Z:) can stand in for a missing installed file.
mkdir -p "$drive_c/安装包"
cp "$setup" "$drive_c/安装包/"
setup_win="C:\\安装包\\$(basename "$setup")"
rm -f "$WINEPREFIX/dosdevices/z:"
user_dir="$(find "$drive_c/users" -mindepth 1 -maxdepth 1 -type d ! -name Public | head -n 1)"
user="$(basename "$user_dir")"
prog="$user_dir/AppData/Local/Programs/展板工坊"
prog_win="C:\\users\\$user\\AppData\\Local\\Programs\\展板工坊"
docs="$(readlink -f "$user_dir/Documents")"
desktop="$(readlink -f "$user_dir/Desktop")"

# --- silent install -------------------------------------------------------------------------------------------------
s=$SECONDS
(cd "$drive_c" && wine "$setup_win" /S) >"$out/install.log" 2>&1
rc=$?
wait_wine
echo "     (install took $((SECONDS - s)) s)"
check "silent install exits 0 (rc $rc)" test "$rc" -eq 0
check "per-user install folder %LOCALAPPDATA%\\Programs\\展板工坊" test -d "$prog"
for f in zhanban.exe zhanban-cli.exe WebView2Loader.dll uninstall.exe; do
  check "installed $f" test -s "$prog/$f"
done
check "bundled fonts installed (fonts\\*.ttc, *.ttf)" bash -c 'ls "$1"/fonts/*.tt[cf] >/dev/null' _ "$prog"
check "font licences installed (licenses\\*.txt)" bash -c 'ls "$1"/licenses/*.txt >/dev/null' _ "$prog"
check "Start-menu shortcut" test -f "$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/展板工坊.lnk"
check "desktop shortcut" test -f "$desktop/展板工坊.lnk"
reg_once() { # reg_once <key> <value name, empty for the default> <text>: exported as UTF-16, so Chinese survives
  rm -f "$drive_c/reg-check.reg"
  wine reg export "$1" 'C:\reg-check.reg' /y >/dev/null 2>&1 || return 1
  local name='"'"$2"'"='
  [ -n "$2" ] || name='@='
  iconv -f UTF-16 -t UTF-8 "$drive_c/reg-check.reg" | tr -d '\r' | grep -F -- "$name" | grep -F -- "$3"
}
# The first registry check after the installer failed once (session 12; every earlier run passed, and the next check
# read the same installer's keys): Wine's reg.exe is asked up to three times before a value counts as missing.
reg_has() { reg_once "$@" || { sleep 1; reg_once "$@"; } || { sleep 2; reg_once "$@"; }; }
check ".zhanban association (HKCU\\Software\\Classes)" reg_has 'HKCU\Software\Classes\.zhanban' '' ZhanbanStudio.Project
check "open command of .zhanban files" \
  reg_has 'HKCU\Software\Classes\ZhanbanStudio.Project\shell\open\command' '' 'zhanban.exe\" \"%1\"'
uninst_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\ZhanbanStudio'
check "HKCU uninstall entry" reg_has "$uninst_key" DisplayName 展板工坊
check "quiet uninstall string" reg_has "$uninst_key" QuietUninstallString 'uninstall.exe\" /S'
check "nothing written to HKLM" bash -c '! grep -qi zhanban "$1/system.reg"' _ "$WINEPREFIX"

# --- the pipeline with the installed zhanban-cli.exe ----------------------------------------------------------------
material="$drive_c/展板 测试 材料"
material_win='C:\展板 测试 材料'
mkdir -p "$material/照片 素材" "$docs/展板工坊"
mapfile -t photos < <(find /usr/share/backgrounds /usr/share/wallpapers -iname '*.jpg' -size +500k 2>/dev/null | sort | head -n 6)
i=1
for p in "${photos[@]}"; do cp "$p" "$material/照片 素材/现场照片 $i.jpg"; i=$((i + 1)); done
cp ../shared/corpus/qingdao-model-organs-2023.txt "$material/案例 文稿.txt" 2>/dev/null ||
  cp assets/samples/示例文稿.txt "$material/案例 文稿.txt"
check "sample material (${#photos[@]} photos, a write-up)" test "${#photos[@]}" -ge 3
project_win="C:\\users\\$user\\Documents\\展板工坊\\成果 展示.zhanban"
project="$docs/展板工坊/成果 展示.zhanban"
export_win="$material_win\\导出 PDF"
cli() { (cd "$material" && wine "$prog_win\\zhanban-cli.exe" "$@"); }
step() { # step "what" log-name cli-args…
  local what="$1" log="$2"
  shift 2
  cli "$@" >"$out/$log.out" 2>"$out/$log.err"
  local rc=$?
  if [ $rc -eq 0 ]; then ok "$what"; else bad "$what (rc $rc: $(head -c 300 "$out/$log.err"))"; fi
}
s=$SECONDS
step "zhanban-cli --version" version --version
step "new project in 文档\\展板工坊" new new "$project_win"
check "project file created" test -s "$project"
step "import photos (folder) and a write-up" import import "$project_win" "$material_win\\照片 素材" \
  "$material_win\\案例 文稿.txt" --json
check "import: every photo imported, a write-up, nothing failed" python3 - "$out/import.out" "${#photos[@]}" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(r["imported"]) == int(sys.argv[2]), r["imported"]
assert not r["failed"], r["failed"]
assert len(r["writeups"]) == 1, r["writeups"]
EOF
# Characters Windows forbids in file names: the review PDF is named after the title.
step "exhibition details" exhibition exhibition "$project_win" --title '模范机关<建设>成果展示: 2023/2024?' \
  --organiser "展板工坊测试单位" --date "2024年6月"
step "layout 1200x900 党建红" layout layout "$project_win" --size 1200x900 --theme 党建红
step "export PDFs" export export "$project_win" --out "$export_win" --json
echo "     (pipeline under Wine took $((SECONDS - s)) s)"
check "export: board PDFs, review PDF with a sanitised name, proofs, print list" python3 - "$out/export.out" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(r["boards"]) >= 3, r["boards"]
name = r["review"].rsplit("\\", 1)[-1]
assert not any(c in name for c in '<>:"/|?*'), name
assert name.endswith("-审阅.pdf"), name
assert all(b["path"].startswith("C:\\展板 测试 材料\\导出 PDF\\") for b in r["boards"])
EOF
check "no \\\\?\\ path in any output" bash -c '! grep -rlF "\\\\?\\" "$1"/*.out "$1"/*.err' _ "$out"
mapfile -t boards < <(find "$material/导出 PDF" -maxdepth 1 -name '[0-9][0-9]-*.pdf' | sort)
check "board PDFs on disk (${#boards[@]})" test "${#boards[@]}" -ge 3
check "review PDF and print list on disk" bash -c 'ls "$1"/审阅/*-审阅.pdf && test -s "$1/打印清单.csv"' _ "$material/导出 PDF"
for b in "${boards[@]}"; do
  if "$AUDIT" --trim 1200x900 --bleed 3 --pdfx --min-ppi 72 "$b" >"$out/audit-$(basename "$b" .pdf).txt" 2>&1; then
    ok "pdf-audit PASS: $(basename "$b")"
  else
    bad "pdf-audit: $(basename "$b") ($(tail -n 3 "$out/audit-$(basename "$b" .pdf).txt" | tr '\n' ' '))"
  fi
done
# Long paths: Windows' classic limit is 260 characters; the export folder here is deeper than that.
long_win="$material_win"
long="$material"
for n in 1 2 3 4 5 6 7 8 9; do
  long_win="$long_win\\第${n}层 很长很长的文件夹名称 Long folder name"
  long="$long/第${n}层 很长很长的文件夹名称 Long folder name"
done
step "export into a folder path of ${#long_win} characters" export-long export "$project_win" --out "$long_win" --no-review
check "long-path export wrote the board PDFs" test "$(find "$long" -maxdepth 1 -name '[0-9][0-9]-*.pdf' | wc -l)" -eq "${#boards[@]}"

# Fonts: the bundled ones from <exe dir>\fonts, system fonts from C:\windows\Fonts and the per-user font folder.
mkdir -p "$user_dir/AppData/Local/Microsoft/Windows/Fonts"
cp /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf "$drive_c/windows/Fonts/" 2>/dev/null
cp /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf "$user_dir/AppData/Local/Microsoft/Windows/Fonts/" 2>/dev/null
font_of() { # font_of <requested> <expected family>
  local log="typeset-$RANDOM"
  printf '展板 Zhanban\n' | cli typeset --width 20 --font "$1" --json >"$out/$log.out" 2>"$out/$log.err" &&
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1],encoding="utf-8")); assert d["font"]==sys.argv[2], d["font"]' \
      "$out/$log.out" "$2"
}
check "黑体 → the bundled Noto Sans CJK SC (from the installed fonts folder)" font_of 黑体 "Noto Sans CJK SC"
check "宋体 → the bundled Noto Serif CJK SC" font_of 宋体 "Noto Serif CJK SC"
if [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  check "a font in C:\\windows\\Fonts is found" font_of "DejaVu Sans" "DejaVu Sans"
  check "a font in %LOCALAPPDATA%\\Microsoft\\Windows\\Fonts is found" font_of "DejaVu Serif" "DejaVu Serif"
fi

# --- the desktop app without WebView2 -------------------------------------------------------------------------------
# Wine has no WebView2: the app must end with its own exit code (after its Chinese message box, which cannot
# show without a display) instead of Tauri's dialog or a hang.
(cd "$material" && timeout 120 "$WINE" "$prog_win\\zhanban.exe") >"$out/desktop.log" 2>&1
rc=$?
wait_wine
check "zhanban.exe without WebView2 exits with code 3 (rc $rc)" test "$rc" -eq 3

# --- silent uninstall -----------------------------------------------------------------------------------------------
(cd "$drive_c" && wine "$prog_win\\uninstall.exe" /S) >"$out/uninstall.log" 2>&1
wait_wine
sleep 1
wait_wine
check "uninstall removed the program folder" test ! -e "$prog"
check "uninstall removed the shortcuts" bash -c '! ls "$1/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/展板工坊.lnk" "$2/展板工坊.lnk"' \
  _ "$user_dir" "$desktop"
check "uninstall removed the association and uninstall entry" bash -c \
  '! "$1" reg query "HKCU\\Software\\Classes\\ZhanbanStudio.Project" && ! "$1" reg query "$2"' _ "$WINE" "$uninst_key"
check "the project file is kept" test -s "$project"
check "the exported PDFs are kept" test -f "${boards[0]:-/nonexistent}"

# --- WebView2 offline installer embedded at build time (WEBVIEW2_OFFLINE) -------------------------------------------
# The installer above found no runtime and went on (silent: its message is skipped). Now a small installer from the
# same script with a stand-in for Microsoft's offline installer: it must run it with /silent /install when the
# runtime is missing, and not again once the runtime is registered.
wv2="$out/wv2"
mkdir -p "$wv2/stage/fonts"
echo stand-in >"$wv2/stage/zhanban.exe"
check "stand-in WebView2 offline installer built (mingw-w64)" \
  x86_64-w64-mingw32-gcc -O2 -o "$wv2/MicrosoftEdgeWebView2RuntimeInstallerX64.exe" tests/wine/fake-webview2-installer.c
check "installer with an embedded WebView2 offline installer (makensis)" \
  makensis -V2 -INPUTCHARSET UTF8 -DVERSION=0.0.0 -DSTAGE="$wv2/stage" -DOUTFILE="$drive_c/安装包/wv2-setup.exe" \
  -DWEBVIEW2_OFFLINE="$wv2/MicrosoftEdgeWebView2RuntimeInstallerX64.exe" packaging/windows/zhanban.nsi
(cd "$drive_c" && wine 'C:\安装包\wv2-setup.exe' /S) >"$out/wv2-install.log" 2>&1
wait_wine
check "missing WebView2: the embedded installer ran with /silent /install" \
  grep -qx -- '/silent /install ' "$drive_c/fake-webview2-args.txt"
check "the stand-in registered a per-user runtime (HKCU pv)" \
  reg_has 'HKCU\Software\Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}' pv 131.0
rm -f "$drive_c/fake-webview2-args.txt"
(cd "$drive_c" && wine 'C:\安装包\wv2-setup.exe' /S) >>"$out/wv2-install.log" 2>&1
wait_wine
check "WebView2 present: the embedded installer is not run again" test ! -e "$drive_c/fake-webview2-args.txt"
(cd "$drive_c" && wine "$prog_win\\uninstall.exe" /S) >>"$out/wv2-install.log" 2>&1
wait_wine
echo "     (whole smoke test took $((SECONDS - t0)) s)"
finish
