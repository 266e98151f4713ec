; Inno Setup 6 script: Windows installer over the PyInstaller one-folder bundle (dist\signaaltracker\).
; Build the bundle on Windows first (see packaging\README.md), then from the repository root:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\signaaltracker.iss
; Result: dist\SignaalTracker-<version>-setup.exe
;
; Silent install for IT departments (all users, no .db association):
;   SignaalTracker-0.1.0-setup.exe /VERYSILENT /ALLUSERS /TASKS="" /SUPPRESSMSGBOXES /NORESTART
; Silent uninstall: "C:\Program Files\SignaalTracker\unins000.exe" /VERYSILENT
; Databases in %LOCALAPPDATA%\SignaalTracker and backups are user data: uninstalling leaves them in place.

#define AppName "SignaalTracker"
#ifndef AppVersion
  ; Keep equal to __version__ in src\signaaltracker\__init__.py (a test checks this).
  #define AppVersion "0.1.0"
#endif
#define AppExe "signaaltracker.exe"
#define AppId "5DB40804-8AF9-480F-840C-BC102B36CC29"
#define BundleDir "..\..\dist\signaaltracker"
#define ProgId "SignaalTracker.Database"
#define DatabaseIcon "{app}\_internal\signaaltracker\resources\icons\signaaltracker-database.ico"

[Setup]
AppId={{{#AppId}}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SignaalTracker developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for all users (Program Files) by default; a user without admin rights may choose "only for me".
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\signaaltracker.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
ChangesAssociations=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
dutch.AssociateTask=.db-bestanden openen met {#AppName} (met het {#AppName}-pictogram)
english.AssociateTask=Open .db files with {#AppName} (with the {#AppName} icon)
dutch.AssociateGroup=Bestandskoppeling:
english.AssociateGroup=File association:
dutch.FileTypeName={#AppName}-database
english.FileTypeName={#AppName} database
dutch.AppComment=Signalen, overleggen en feiten over middelengebruik door jongeren; de raadsmemo
english.AppComment=Signals, meetings and facts about youth drug use; the council memo
dutch.CliComment=SignaalTracker op de opdrachtregel
english.CliComment=SignaalTracker on the command line

[Tasks]
Name: "associate"; Description: "{cm:AssociateTask}"; GroupDescription: "{cm:AssociateGroup}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle: signaaltracker.exe (GUI), signaaltracker-cli.exe (console) and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundle completely, so no module of an older version lingers in _internal\.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; "Open with" entry and capabilities, always (they take nothing over).
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".db"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --db ""%1"""
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{#DatabaseIcon}"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --db ""%1"""
Root: HKA; Subkey: "Software\Classes\.db\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
; The association itself (file icon and double-click), only with the task: .db is a common extension.
Root: HKA; Subkey: "Software\Classes\.db"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the app writes next to itself (nothing by default); user data stays in %LOCALAPPDATA%.
Type: dirifempty; Name: "{app}"
