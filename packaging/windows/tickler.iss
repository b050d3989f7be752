; Inno Setup 6 script for Tickler's Windows installer.
; build.py runs it after PyInstaller when `iscc` is on PATH:
;   iscc /DAppVersion=0.1.0 /DDistDir=packaging\dist\tickler ^
;        /DIconFile=packaging\build\icons\tickler.ico /Opackaging\dist packaging\windows\tickler.iss
; It installs for the current user by default (no admin prompt); the rep can choose
; "all users" in the first page. Uninstalling keeps the rep's data in %LOCALAPPDATA%\Tickler.

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed (ArchitecturesAllowed=x64compatible)
#endif

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (build.py reads it from pyproject.toml)
#endif
#ifndef DistDir
  #define DistDir "..\dist\tickler"
#endif
#ifndef IconFile
  #define IconFile "..\build\icons\tickler.ico"
#endif

[Setup]
AppId={{304865C1-31E6-4F33-AA63-7E088BDE8378}
AppName=Tickler
AppVersion={#AppVersion}
AppVerName=Tickler {#AppVersion}
AppPublisher=Tickler developers
DefaultDirName={autopf}\Tickler
DefaultGroupName=Tickler
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=Tickler-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\tickler.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files the old version had and this one does not
; (a Qt library renamed, a module dropped) would otherwise stay in _internal and be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Tickler"; Filename: "{app}\tickler.exe"; Comment: "Follow-up planner for sales reps"
Name: "{autodesktop}\Tickler"; Filename: "{app}\tickler.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\tickler.exe"; Description: "{cm:LaunchProgram,Tickler}"; Flags: nowait postinstall skipifsilent
