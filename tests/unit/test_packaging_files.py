"""The installers' own files: the Inno Setup script, the Linux desktop entry and install.sh, and
the program's Windows icon. Nothing here builds a bundle: the script and the entry are read as
text, install.sh runs against a fake bundle in a fake home folder."""

from __future__ import annotations

import ast
import configparser
import os
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage

from ui.icons import ICO_SIZES, ico_bytes

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "inventaris.iss"
DESKTOP = ROOT / "packaging" / "linux" / "inventaris.desktop"
INSTALL_SH = ROOT / "packaging" / "linux" / "install.sh"
ICONS = ROOT / "resources" / "icons"
# Where the program keeps its data on Windows, in Inno Setup's words: never Setup's business.
DATA_CONSTANTS = ("{localappdata}", "{userappdata}", "{autoappdata}", "{commonappdata}", "%")


def iss_sections() -> dict[str, list[str]]:
    """Section name -> its entry lines; comments and preprocessor lines left out."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def iss_defines() -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"$', ISS.read_text("utf-8"), re.M))


def expand(text: str) -> str:
    for name, value in iss_defines().items():
        text = text.replace("{#" + name + "}", value)
    return text


def setup_directives() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_sections()["Setup"])


def entries(section: str) -> list[dict[str, str]]:
    """`Name: "x"; Filename: "y"; Flags: a b` lines as dicts (values unquoted, defines expanded)."""
    result = []
    for line in iss_sections().get(section, []):
        fields = {}
        for part in re.findall(r'(\w+):\s*("[^"]*"|[^;]+)', line):
            fields[part[0]] = expand(part[1].strip().strip('"'))
        result.append(fields)
    return result


def test_iss_installs_per_user_without_administrator() -> None:
    setup = setup_directives()
    assert setup["PrivilegesRequired"] == "lowest"
    # Only an administrator's explicit /ALLUSERS may change that, never a dialog.
    assert setup["PrivilegesRequiredOverridesAllowed"] == "commandline"
    assert setup["DefaultDirName"] == r"{autopf}\Inventaris"
    assert setup["ArchitecturesAllowed"] == "x64compatible"
    assert setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["UninstallDisplayIcon"] == r"{app}\{#AppExe}"
    icon = (ISS.parent / setup["SetupIconFile"].replace("\\", "/")).resolve()
    assert icon == ICONS / "inventaris.ico" and icon.is_file()


def test_iss_version_comes_from_the_command_line_define() -> None:
    text = ISS.read_text("utf-8")
    assert setup_directives()["AppVersion"] == "{#AppVersion}"
    assert "{#AppVersion}" in setup_directives()["OutputBaseFilename"]
    # /DAppVersion=... wins; the fallback is only defined when the command line gave none.
    fallback = text.index("#ifndef AppVersion")
    assert fallback < text.index("#define AppVersion") < text.index("[Setup]")


def test_iss_packs_the_whole_pyinstaller_folder() -> None:
    text = ISS.read_text("utf-8")
    assert re.search(r'#define BundleDir .*"\.\.\\\.\.\\dist\\Inventaris"', text)
    (files,) = entries("Files")
    assert files["Source"] == r"{#BundleDir}\*" and files["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs", "ignoreversion"} <= set(files["Flags"].split())
    assert iss_defines()["AppExe"] == "Inventaris.exe"


def test_iss_start_menu_entry_and_desktop_task_start_the_program() -> None:
    icons = {entry["Name"]: entry for entry in entries("Icons")}
    start_menu = icons[r"{autoprograms}\Inventaris"]
    assert start_menu["Filename"] == r"{app}\Inventaris.exe" and "Tasks" not in start_menu
    desktop = icons[r"{autodesktop}\Inventaris"]
    assert desktop["Filename"] == r"{app}\Inventaris.exe"
    assert desktop["Tasks"] == "desktopicon"
    (task,) = entries("Tasks")
    assert task["Name"] == "desktopicon" and "unchecked" in task["Flags"].split()


def test_iss_offers_to_start_the_program_after_installing() -> None:
    (run,) = entries("Run")
    assert run["Filename"] == r"{app}\Inventaris.exe"
    assert set(run["Flags"].split()) == {"postinstall", "nowait", "skipifsilent"}


def test_iss_uninstall_and_upgrade_never_touch_the_data_folder() -> None:
    sections = iss_sections()
    assert "UninstallDelete" not in sections and "Dirs" not in sections
    for section in ("InstallDelete", "UninstallDelete", "Dirs", "UninstallRun"):
        for entry in entries(section):
            name = entry.get("Name", "") + entry.get("Filename", "")
            assert not any(constant in name.lower() for constant in DATA_CONSTANTS), entry
            assert name.startswith("{app}\\"), entry


def test_iss_closes_a_running_program_without_claiming_a_mutex() -> None:
    setup = setup_directives()
    assert setup["CloseApplications"] == "yes"
    assert setup["RestartApplications"] == "no"
    assert "AppMutex" not in setup


def test_iss_languages_english_always_indonesian_when_its_file_is_there() -> None:
    text = ISS.read_text("utf-8")
    assert 'Name: "en"; MessagesFile: "compiler:Default.isl"' in text
    guarded = text.split('#if IndonesianIsl != ""')[1].split("#endif")[0]
    assert 'Name: "id"; MessagesFile: "{#IndonesianIsl}"' in guarded


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def application_name() -> str:
    """ui/app.py's APPLICATION, which Qt on X11 puts in WM_CLASS (instance and class)."""
    tree = ast.parse((ROOT / "ui" / "app.py").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "APPLICATION":
            assert isinstance(node.value, ast.Constant)
            return str(node.value.value)
    raise AssertionError("ui/app.py has no APPLICATION")


def test_desktop_entry_has_the_keys_a_menu_needs() -> None:
    entry = desktop_entry(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Inventaris"
    assert entry["Icon"] == "inventaris"
    assert entry["Exec"] == "Inventaris"  # install.sh writes the full path
    assert entry["Terminal"] == "false"
    assert entry["Categories"] == "Office;"
    assert entry["StartupWMClass"] == application_name()
    for key in ("GenericName", "Comment"):
        assert entry[key] and entry[f"{key}[id]"] and entry[key] != entry[f"{key}[id]"]


def test_windows_icon_holds_every_size_of_the_app_icon() -> None:
    ico = Image.open(ICONS / "inventaris.ico")
    assert ico.info["sizes"] == {(size, size) for size in ICO_SIZES}
    for size in (16, 32, 48, 64, 256):
        ico.size = (size, size)  # type: ignore[misc]  # Pillow picks the image of that size
        ico.load()
        png = Image.open(ICONS / f"app-{size}.png").convert("RGBA")
        assert ico.convert("RGBA").tobytes() == png.tobytes(), size


def test_ico_writer_keeps_pixels_the_right_way_up() -> None:
    images = []
    for size in (16, 256):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(QColor(0, 0, 0, 0))
        image.setPixelColor(0, 0, QColor(200, 10, 20, 255))  # top left
        image.setPixelColor(size - 1, size - 1, QColor(10, 20, 200, 128))  # bottom right
        images.append(image)
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"probe-{os.getpid()}.ico"
    path.write_bytes(ico_bytes(images))
    try:
        ico = Image.open(path)
        assert ico.info["sizes"] == {(16, 16), (256, 256)}
        for size in (16, 256):
            ico.size = (size, size)  # type: ignore[misc]
            ico.load()
            pixels = ico.convert("RGBA")
            assert pixels.getpixel((0, 0)) == (200, 10, 20, 255)
            assert pixels.getpixel((size - 1, size - 1)) == (10, 20, 200, 128)
            assert pixels.getpixel((size - 1, 0)) == (0, 0, 0, 0)
    finally:
        path.unlink()


@pytest.fixture
def fake_home(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """A bundle like build.sh makes (a stand-in program), a home folder with office data."""
    bundle = tmp_path / "dist" / "Inventaris"
    icons = bundle / "_internal" / "resources" / "icons"
    icons.mkdir(parents=True)
    program = bundle / "Inventaris"
    program.write_text("#!/bin/sh\necho inventaris-started\n")
    program.chmod(0o755)
    for size in (48, 64, 256):
        (icons / f"app-{size}.png").write_bytes((ICONS / f"app-{size}.png").read_bytes())
    home = tmp_path / "home"
    data = home / ".local" / "share" / "Inventaris"
    (data / "backups").mkdir(parents=True)
    (data / "inventaris.db").write_text("the office's register")
    (data / "backups" / "2026-12-01.db").write_text("a backup")
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_DATA_HOME", "PREFIX")}
    env.pop("INVENTARIS_HOME", None)
    env["HOME"] = str(home)
    return bundle, home, env


def run_install(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(INSTALL_SH), *args], env=env, capture_output=True, text=True, timeout=60
    )


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if not p.is_dir()}


def test_install_sh_installs_for_the_user_and_uninstall_keeps_the_data(
    fake_home: tuple[Path, Path, dict[str, str]],
) -> None:
    bundle, home, env = fake_home
    data_before = files_under(home / ".local/share/Inventaris")

    done = run_install(env, "--bundle", str(bundle))
    assert done.returncode == 0, done.stderr
    prefix = home / ".local/opt/inventaris"
    installed = {
        prefix / "Inventaris",
        home / ".local/share/applications/inventaris.desktop",
        *(home / f".local/share/icons/hicolor/{s}x{s}/apps/inventaris.png" for s in (48, 64, 256)),
        home / ".local/bin/inventaris",
    }
    assert all(path.exists() for path in installed)
    entry = desktop_entry(home / ".local/share/applications/inventaris.desktop")
    assert entry["Exec"] == f"{prefix}/Inventaris" == entry["TryExec"]
    assert entry["Icon"] == "inventaris"
    started = subprocess.run([home / ".local/bin/inventaris"], capture_output=True, text=True)
    assert started.stdout.strip() == "inventaris-started"

    # Installing again (an upgrade) replaces the copy in place.
    (bundle / "_internal" / "new.so").write_text("new")
    assert run_install(env, "--bundle", str(bundle)).returncode == 0
    assert (prefix / "_internal" / "new.so").exists()

    # The installed copy removes itself, finding where it lives from the menu entry.
    gone = subprocess.run(
        ["bash", str(prefix / "install.sh"), "--uninstall"], env=env, capture_output=True, text=True
    )
    assert gone.returncode == 0, gone.stderr
    assert not any(path.exists() or path.is_symlink() for path in installed)
    assert not prefix.exists()
    assert files_under(home / ".local/share/Inventaris") == data_before
    assert (home / ".local/share/Inventaris/inventaris.db").read_text() == "the office's register"
    # Left: the data and, where the desktop tools exist, their shared caches.
    caches = {"applications/mimeinfo.cache", "icons/hicolor/icon-theme.cache"}
    leftover = files_under(home / ".local/share") - {f"Inventaris/{f}" for f in data_before}
    assert leftover <= caches


def test_install_sh_quotes_a_folder_with_spaces_in_exec(
    fake_home: tuple[Path, Path, dict[str, str]],
) -> None:
    bundle, home, env = fake_home
    prefix = home / "Program Files" / "inventaris"
    assert run_install(env, "--bundle", str(bundle), "--prefix", str(prefix)).returncode == 0
    entry = desktop_entry(home / ".local/share/applications/inventaris.desktop")
    assert entry["Exec"] == f'"{prefix}/Inventaris"'
    assert entry["TryExec"] == f"{prefix}/Inventaris"


def test_install_sh_refuses_a_program_folder_inside_the_data_folder(
    fake_home: tuple[Path, Path, dict[str, str]],
) -> None:
    bundle, home, env = fake_home
    inside = home / ".local/share/Inventaris/program"
    refused = run_install(env, "--bundle", str(bundle), "--prefix", str(inside))
    assert refused.returncode != 0 and "apart" in refused.stderr
    assert not inside.exists()
    assert not (home / ".local/share/applications/inventaris.desktop").exists()
