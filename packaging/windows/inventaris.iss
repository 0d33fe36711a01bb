; Inno Setup 6 script of Inventaris's Windows installer (packaging/windows/README.md says how to
; build it and which documentation page each directive below follows). Needs Inno Setup 6.3 or
; later (the x64compatible architecture name) and the PyInstaller bundle built first:
;   pyinstaller --noconfirm packaging\inventaris.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\inventaris.iss
; The installer is per user and needs no administrator: the program goes to
; %LOCALAPPDATA%\Programs\Inventaris, a Start-menu entry to the user's own Start menu.

; The bundle to pack: give an absolute path with /DBundleDir=... to pack another one.
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\Inventaris"
#endif
#define AppExe "Inventaris.exe"
#if !FileExists(AddBackslash(BundleDir) + AppExe)
  #error The bundle is missing: build it first (pyinstaller --noconfirm packaging\inventaris.spec)
#endif
; The version shown in Apps & features: /DAppVersion=... on the command line, otherwise the
; FileVersion text PyInstaller wrote into Inventaris.exe (from inventaris.__version__).
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(BundleDir) + AppExe, "FileVersion")
#endif
#if AppVersion == ""
  #error No version: pass /DAppVersion=X.Y.Z
#endif

; Indonesian is not among the translations Inno Setup installs: it is an unofficial one
; (README.md, Languages). Put Indonesian.isl beside this script or in the compiler's Languages
; folder to get it; without it the installer speaks English only, and the compiler says so.
#if FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
  #define IndonesianIsl AddBackslash(SourcePath) + "Indonesian.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
  #define IndonesianIsl AddBackslash(CompilerPath) + "Languages\Indonesian.isl"
#else
  #define IndonesianIsl ""
  #pragma message "Indonesian.isl not found: this installer will speak English only."
#endif

[Setup]
; Never change AppId: Setup finds an earlier installation (to upgrade it in place) by it.
AppId={{4CEC5472-3489-4613-94F9-2DD964CCB8B9}
AppName=Inventaris
AppVersion={#AppVersion}
AppPublisher=Bagian Umum Sekretariat Daerah
; Per user, no administrator: non administrative install mode. An IT administrator may still
; install for every account of the PC with `/ALLUSERS` (then {autopf} is Program Files).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
; {autopf} is {userpf} (%LOCALAPPDATA%\Programs) in non administrative install mode.
DefaultDirName={autopf}\Inventaris
; One shortcut straight in the Start menu's Programs ({autoprograms}), no folder to choose.
DisableProgramGroupPage=yes
; Python, Qt and the program are 64-bit x64 binaries; Arm64 Windows 11 runs them emulated.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 supports Windows 10 1809 (build 17763) and later.
MinVersion=10.0.17763
SetupIconFile=..\..\resources\icons\inventaris.ico
UninstallDisplayIcon={app}\{#AppExe}
; A running Inventaris holds its files open: Setup finds it through the Windows Restart
; Manager and offers to close it (the program then makes its exit backup as on any close).
; It cannot start it again afterwards (that needs RegisterApplicationRestart, which the program
; does not call), so RestartApplications is off. No AppMutex: the program creates no mutex.
CloseApplications=yes
RestartApplications=no
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
OutputDir={#BundleDir}\..
OutputBaseFilename=Inventaris-{#AppVersion}-setup

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if IndonesianIsl != ""
Name: "id"; MessagesFile: "{#IndonesianIsl}"
#endif

[CustomMessages]
en.AppComment=Register of the regency's goods (Barang Milik Daerah)
#if IndonesianIsl != ""
id.AppComment=Daftar Barang Milik Daerah
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: a library the new version no longer has must not stay
; behind to be loaded (Qt loads every plugin it finds). Only {app}\_internal, never user data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Inventaris"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\Inventaris"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Inventaris}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [Dirs] on purpose. The uninstaller removes only what Setup
; installed under {app}. The data folder (database, config.json, backups\, inventaris.log) is
; %LOCALAPPDATA%\Inventaris, which the program itself creates outside {app}: Setup never
; records it, so uninstalling (or upgrading) keeps every record of the office.
