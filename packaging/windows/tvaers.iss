; Tværs for Windows: a per-user installer (no administrator rights), Danish and English.
;
; Build on a Windows machine, from the checkout, with Python 3.11+ and Inno Setup 6.3+:
;   py -m PyInstaller --noconfirm --clean packaging\tvaers.spec
;   iscc packaging\windows\tvaers.iss
; The first command makes dist\tvaers\ (the frozen app) and dist\metadata.iss (version and
; publisher from the package metadata); the second packs them into dist\Tvaers-<version>-setup.exe.
; tests/test_packaging.py checks that every file named here exists in that layout.
;
; The journal is not in the program folder: it lives in %LOCALAPPDATA%\Tvaers (or the folder
; the leader chose at first start). Installing, updating and uninstalling never touch it.

#include "..\..\dist\metadata.iss"
#ifndef AppVersion
  #error dist\metadata.iss did not define AppVersion: run PyInstaller with packaging\tvaers.spec first
#endif

#define AppName "Tværs"
#define AppExe "tvaers.exe"

[Setup]
AppId=dk.tvaers.Tvaers
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Paths below are relative to the checkout, not to this file.
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=Tvaers-{#AppVersion}-setup
SetupIconFile=resources\icons\tvaers.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; Per user, without administrator rights: the program goes to %LOCALAPPDATA%\Programs\Tværs,
; the Start-menu entry to the user's own Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
; An update while Tværs is open: ask to close it (the window saves on close).
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
danish.JournalKept=Tværs er fjernet. Din dagbog er ikke slettet: den ligger stadig i %1 (eller i den mappe, du valgte ved første start). Slet mappen selv, hvis du vil have den væk.
english.JournalKept=Tværs has been removed. Your journal was not deleted: it is still in %1 (or in the folder you chose at first start). Delete that folder yourself if you want it gone.
danish.DesktopIcon=Opret en genvej på skrivebordet
english.DesktopIcon=Create a desktop shortcut

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
; The whole frozen folder: tvaers.exe (the window), tvaers-cli.exe (the command line) and _internal\.
Source: "dist\tvaers\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the program's own files as a whole (nothing of the journal is in {app}).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; IconFilename: "{app}\_internal\resources\icons\tvaers.ico"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; IconFilename: "{app}\_internal\resources\icons\tvaers.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what it installed, never the journal.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('JournalKept'), [ExpandConstant('{localappdata}\Tvaers')]),
      mbInformation, MB_OK);
end;
