; Inno Setup script of the Windows installer (built by .github/workflows/bundle.yml,
; not on the Linux development machines):
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\trafficking-explorer packaging\windows\explorer.iss
; Installs for the current user (no administrator rights needed), adds a Start menu
; entry and makes *.tfe-workspace files open in the app.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\trafficking-explorer"
#endif

[Setup]
AppId={{6B7E3C52-7F0B-4B8E-9D7A-1E5B0C2F9A41}
AppName=Trafficking Flows Explorer
AppVersion={#AppVersion}
AppPublisher=Trafficking Flows Explorer
DefaultDirName={localappdata}\Programs\Trafficking Flows Explorer
DefaultGroupName=Trafficking Flows Explorer
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=trafficking-explorer-{#AppVersion}-windows-setup
SetupIconFile=..\..\build\icons\explorer.ico
UninstallDisplayIcon={app}\trafficking-explorer.exe
Compression=lzma2/max
SolidCompression=yes
ChangesAssociations=yes
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\packaging\licences\README.txt

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Trafficking Flows Explorer"; Filename: "{app}\trafficking-explorer.exe"
Name: "{group}\Licences"; Filename: "{app}\LICENCES"
Name: "{group}\Uninstall Trafficking Flows Explorer"; Filename: "{uninstallexe}"

[Registry]
; A workspace (*.tfe-workspace) opens in the app on a double-click.
Root: HKCU; Subkey: "Software\Classes\.tfe-workspace"; ValueType: string; ValueData: "TraffickingExplorer.Workspace"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\TraffickingExplorer.Workspace"; ValueType: string; ValueData: "Trafficking Flows Explorer workspace"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\TraffickingExplorer.Workspace\DefaultIcon"; ValueType: string; ValueData: "{app}\trafficking-explorer.exe,0"
Root: HKCU; Subkey: "Software\Classes\TraffickingExplorer.Workspace\shell\open\command"; ValueType: string; ValueData: """{app}\trafficking-explorer.exe"" ""%1"""

[Run]
Filename: "{app}\trafficking-explorer.exe"; Description: "Open Trafficking Flows Explorer"; Flags: nowait postinstall skipifsilent
