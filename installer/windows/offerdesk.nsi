; OfferDesk — per-user Windows installer (NSIS 3, Unicode).
;
; Built by installer/build.py (on Windows after PyInstaller; on Linux as a check with a dummy
; payload):
;   makensis -WX -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DPAYLOAD=dist\offerdesk
;            -DICON=build\icons\offerdesk.ico -DOUTFILE=dist\OfferDesk-0.1.0-setup.exe
;            installer\windows\offerdesk.nsi
; PAYLOAD is PyInstaller's onedir folder (offerdesk.exe, offerdesk-cli.exe, _internal\). Nothing here needs
; administrator rights: the program goes to %LOCALAPPDATA%\Programs\OfferDesk, the user's
; data (database, packs, sealing certificate) lives in %LOCALAPPDATA%\OfferDesk and is never
; touched by installing, upgrading or uninstalling.

Unicode true
SetCompressor /SOLID lzma
SetCompressorDictSize 32

!ifndef VERSION
  !error "VERSION is not defined: pass -DVERSION=x.y.z (the version in pyproject.toml)"
!endif
!ifndef VERSION4
  !error "VERSION4 is not defined: pass -DVERSION4=x.y.z.0"
!endif
!ifndef PAYLOAD
  !error "PAYLOAD is not defined: pass -DPAYLOAD=<PyInstaller onedir folder>"
!endif
!ifndef ICON
  !error "ICON is not defined: pass -DICON=<offerdesk.ico>"
!endif
!ifndef OUTFILE
  !define OUTFILE "OfferDesk-${VERSION}-setup.exe"
!endif

!define APP "OfferDesk"
!define EXE "offerdesk.exe"
!define CLI_EXE "offerdesk-cli.exe"  ; the console twin for commands and --smoke
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
ShowInstDetails show
ShowUninstDetails show

VIProductVersion "${VERSION4}"
VIAddVersionKey /LANG=1036 "ProductName" "${APP}"
VIAddVersionKey /LANG=1036 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1036 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1036 "FileDescription" "Installation de ${APP}"
VIAddVersionKey /LANG=1036 "LegalCopyright" "${APP}"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

LangString DataKept ${LANG_FRENCH} "OfferDesk a été désinstallé. Vos offres, contrats signés et la base de données restent dans $LOCALAPPDATA\${APP} : supprimez ce dossier vous-même si vous n'en avez plus besoin."
LangString DataKept ${LANG_ENGLISH} "OfferDesk was uninstalled. Your offers, signed contracts and database stay in $LOCALAPPDATA\${APP}: delete that folder yourself if you no longer need them."

Section "OfferDesk" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the whole program folder: no file of an older version is left
  ; behind. The user's data folder is elsewhere and is not touched.
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ; Only what the installer put there: the program folder's own files and the shortcuts.
  Delete "$DESKTOP\${APP}.lnk"
  Delete "$SMPROGRAMS\${APP}\${APP}.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
  DetailPrint "$(DataKept)"
  IfSilent +2
  MessageBox MB_OK|MB_ICONINFORMATION "$(DataKept)"
SectionEnd
