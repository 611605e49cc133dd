; 展板工坊 · Zhanban Studio — the Windows installer (NSIS 3, built on Debian by scripts/windows).
;
; Per-user: no admin rights, installs to %LOCALAPPDATA%\Programs\展板工坊, writes to HKCU only (uninstall entry,
; .zhanban file association). Chinese texts. Checks for the WebView2 runtime and installs it from an offline
; installer when one was embedded at build time (WEBVIEW2_OFFLINE). The uninstaller removes the program and keeps
; the user's projects (文档\展板工坊) and settings.
;
; Defines passed by scripts/windows (makensis -INPUTCHARSET UTF8 -D…):
;   VERSION           the package version from Cargo.toml, e.g. 0.1.0
;   STAGE             folder with zhanban.exe, zhanban-cli.exe, WebView2Loader.dll, fonts\, licenses\
;   OUTFILE           the installer to write
;   ICON              the program icon (.ico)
;   WEBVIEW2_OFFLINE  optional: MicrosoftEdgeWebView2RuntimeInstallerX64.exe to embed

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 64

!ifndef VERSION
  !error "VERSION is not defined (scripts/windows passes it)"
!endif
!ifndef STAGE
  !error "STAGE is not defined (scripts/windows passes it)"
!endif
!ifndef OUTFILE
  !define OUTFILE "zhanban-setup-${VERSION}.exe"
!endif

!define PRODUCT "展板工坊"
!define PUBLISHER "展板工坊"
!define PROG_ID "ZhanbanStudio.Project"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ZhanbanStudio"
!define SETTINGS_KEY "Software\ZhanbanStudio"
; The WebView2 runtime's client id, as Microsoft documents for detecting an installed runtime.
!define WV2_CLIENT "Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"
!define WV2_INSTALLER "MicrosoftEdgeWebView2RuntimeInstallerX64.exe"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
BrandingText "${PRODUCT} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "本向导将在您的计算机上安装 ${PRODUCT} ${VERSION}。$\r$\n$\r$\n${PRODUCT}把照片、图片说明和案例文稿排成专业的中文展板，导出印刷用 PDF。全程离线使用。$\r$\n$\r$\n安装只针对当前用户，不需要管理员权限。$\r$\n$\r$\n单击“下一步”继续。"
!define MUI_FINISHPAGE_RUN "$INSTDIR\zhanban.exe"
!define MUI_FINISHPAGE_RUN_TEXT "运行 ${PRODUCT}"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "将从您的计算机卸载 ${PRODUCT}。您的项目文件（文档\${PRODUCT}）和设置会保留，不会被删除。"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "${PRODUCT} 安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "MIT OR Apache-2.0；字体各按其许可证（见 licenses 文件夹）"

; Pushes "1" when a WebView2 runtime is installed (per machine, either registry view, or per user), else "0".
; Microsoft: the runtime is present when the value "pv" exists and is neither empty nor 0.0.0.0.
Function HasWebView2
  Push $0
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\${WV2_CLIENT}" "pv"
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKLM "SOFTWARE\${WV2_CLIENT}" "pv"
  ${EndIf}
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "Software\${WV2_CLIENT}" "pv"
  ${EndIf}
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    StrCpy $0 "0"
  ${Else}
    StrCpy $0 "1"
  ${EndIf}
  Exch $0
FunctionEnd

Section "-program"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; Replaces an earlier version's files; the fonts folder is rewritten whole.
  RMDir /r "$INSTDIR\fonts"
  File /r "${STAGE}/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\zhanban.exe" "" "$INSTDIR\zhanban.exe" 0
  CreateShortCut "$DESKTOP\${PRODUCT}.lnk" "$INSTDIR\zhanban.exe" "" "$INSTDIR\zhanban.exe" 0

  ; .zhanban project files open in the app (per user: HKCU\Software\Classes).
  WriteRegStr HKCU "Software\Classes\.zhanban" "" "${PROG_ID}"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "${PRODUCT}项目"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" '"$INSTDIR\zhanban.exe",0'
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\zhanban.exe" "%1"'
  ; SHCNE_ASSOCCHANGED: Explorer shows the new icon at once.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\zhanban.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "-webview2"
  Call HasWebView2
  Pop $0
  ${If} $0 == "1"
    DetailPrint "已检测到 Microsoft Edge WebView2 运行时。"
  ${Else}
!ifdef WEBVIEW2_OFFLINE
    DetailPrint "未检测到 WebView2 运行时，正在用随附的离线安装包安装（需要几分钟）……"
    InitPluginsDir
    SetOutPath "$PLUGINSDIR"
    File "/oname=$PLUGINSDIR\${WV2_INSTALLER}" "${WEBVIEW2_OFFLINE}"
    ExecWait '"$PLUGINSDIR\${WV2_INSTALLER}" /silent /install' $1
    Delete "$PLUGINSDIR\${WV2_INSTALLER}"
    SetOutPath "$INSTDIR"
    Call HasWebView2
    Pop $0
    ${If} $0 == "1"
      DetailPrint "WebView2 运行时安装完成。"
    ${Else}
      DetailPrint "WebView2 运行时安装未成功（返回值 $1）。"
      MessageBox MB_OK|MB_ICONEXCLAMATION "WebView2 运行时没有安装成功（返回值 $1）。$\r$\n$\r$\n${PRODUCT}的窗口需要 Microsoft Edge WebView2 运行时。请联系单位信息中心（网管）安装离线安装包 ${WV2_INSTALLER}，然后再打开${PRODUCT}。$\r$\n$\r$\n命令行工具 zhanban-cli.exe 不需要 WebView2，可以照常使用。" /SD IDOK
    ${EndIf}
!else
    DetailPrint "未检测到 Microsoft Edge WebView2 运行时。"
    MessageBox MB_OK|MB_ICONEXCLAMATION "本机没有 Microsoft Edge WebView2 运行时，${PRODUCT}的窗口需要它才能显示。$\r$\n$\r$\nWindows 11 和已更新的 Windows 10 通常自带此组件。请任选一种办法：$\r$\n1. 请单位信息中心（网管）安装“Microsoft Edge WebView2 运行时”离线安装包 ${WV2_INSTALLER}（不需要管理员权限也可为当前用户安装）；$\r$\n2. 能上网时，在微软网站搜索“WebView2 运行时”下载安装；$\r$\n3. 改用随附 WebView2 离线安装包的${PRODUCT}安装程序。$\r$\n$\r$\n程序已经安装好，装好 WebView2 后即可打开。命令行工具 zhanban-cli.exe 不需要 WebView2。" /SD IDOK
!endif
  ${EndIf}
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  Delete "$DESKTOP\${PRODUCT}.lnk"

  ; Only what the installer put there: never the whole folder, which the user may have chosen.
  Delete "$INSTDIR\zhanban.exe"
  Delete "$INSTDIR\zhanban-cli.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\README.txt"
  RMDir /r "$INSTDIR\fonts"
  RMDir /r "$INSTDIR\licenses"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ; The webview's cache (not user data); projects (文档\展板工坊) and settings (%APPDATA%\展板工坊) stay.
  RMDir /r "$LOCALAPPDATA\studio.zhanban.app"

  ReadRegStr $0 HKCU "Software\Classes\.zhanban" ""
  ${If} $0 == "${PROG_ID}"
    DeleteRegKey HKCU "Software\Classes\.zhanban"
  ${EndIf}
  DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
SectionEnd
