; Inno Setup 6 script for Keukentafel: a per-machine installer of the PyInstaller build.
;
; Build on the Windows build machine, after `pyinstaller --noconfirm --clean
; packaging\keukentafel.spec` (steps: packaging\windows\README.md):
;
;   iscc packaging\windows\keukentafel.iss
;
; Output: dist\installer\keukentafel-<version>-setup.exe. The installer copies the one-folder
; build to Program Files and adds a Start-menu shortcut. It downloads nothing, installs no
; updater and opens no network connection; the app itself is offline. Uninstalling removes
; the program only: each worker's vault lives in their own profile
; (%LOCALAPPDATA%\Keukentafel), outside the program folder, and is left alone.
; Code signing is left to the agency (see README.md).

; The version the app reports (app/__init__.py __version__); tests/test_packaging.py checks
; that the two agree. `iscc /DAppVersion=x.y.z` overrides it.
#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed: it reads the UTF-8 licence and info texts.
#endif
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Keukentafel"
#define AppExe "keukentafel.exe"
#define Dist "..\..\dist\keukentafel"

[Setup]
AppId={{862ABE31-14FC-48DD-B98A-C2F87A398F4D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
; AppPublisher=<the agency that rolls it out>
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per machine, for every worker on the laptop: administrator rights, no per-user fallback.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\resources\licences\EUPL-1.2.txt
OutputDir=..\..\dist\installer
OutputBaseFilename=keukentafel-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"; InfoBeforeFile: "info-nl.txt"
Name: "english"; MessagesFile: "compiler:Default.isl"; InfoBeforeFile: "info-en.txt"

[Messages]
dutch.ConfirmUninstall=Wilt u %1 verwijderen? Alleen het programma wordt verwijderd. De kluizen van medewerkers (in %LOCALAPPDATA%\Keukentafel van elke gebruiker) blijven staan; ruim die alleen op volgens de afspraken van uw organisatie.
english.ConfirmUninstall=Remove %1? Only the program is removed. The workers' vaults (in each user's %LOCALAPPDATA%\Keukentafel) are left in place; remove them only as your organisation's procedures say.

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
