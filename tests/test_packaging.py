"""The wheel ships every package, the content in data/ and the compiled translations."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "journal").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert found - listed == set()
    assert {"journal.data", "journal.resources"} <= listed


# --- The frozen app, the Windows installer and the Linux desktop files (issue 18) ------------

import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "linux" / "dk.tvaers.Tvaers.desktop"
METAINFO = PACKAGING / "linux" / "dk.tvaers.Tvaers.metainfo.xml"
INSTALL_SH = PACKAGING / "linux" / "install.sh"
ICONS = ROOT / "resources" / "icons"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"_packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


layout = _load("frozen_layout")
render_icons = _load("render_icons")


def test_the_spec_ships_only_folders_and_files_that_exist():
    for source, target in layout.spec_value("CONTENT"):
        assert (ROOT / source).is_dir(), source
    for source in layout.spec_value("LINUX_EXTRAS"):
        assert (ROOT / source).is_file(), source
    assert (PACKAGING / "launcher.py").is_file()
    assert "resources/icons/tvaers.ico" in (PACKAGING / "tvaers.spec").read_text("utf-8").replace('" / "', "/")
    # journal.platform.paths finds data/ and resources/ directly under sys._MEIPASS; Alembic finds the
    # migrations next to journal/store/store.py.
    targets = dict(layout.spec_value("CONTENT"))
    assert targets == {"data": "data", "resources": "resources", "journal/store/migrations": "journal/store/migrations"}


def test_every_file_the_installer_names_is_in_the_frozen_layout():
    text = layout.iss_text()
    programs = layout.spec_programs()
    content = dict(layout.spec_value("CONTENT"))
    named = layout.iss_app_files(text)
    assert "tvaers.exe" in named  # the Start-menu entry starts the window program
    for name in named:
        if name.endswith(".exe"):
            assert name[:-4] in programs, f"{name} is not a program the spec builds"
            continue
        if name == "_internal":  # the installer replaces the program's own folder as a whole on update
            assert 'contents_directory="_internal"' in (PACKAGING / "tvaers.spec").read_text("utf-8")
            continue
        assert name.startswith("_internal/"), f"{name}: the spec puts everything but the programs in _internal/"
        inside = name.removeprefix("_internal/")
        source = next((src for src, target in content.items() if inside.startswith(target + "/")), None)
        assert source is not None, f"{name} is not among what the spec ships"
        assert (ROOT / source / inside.removeprefix(content[source] + "/")).is_file(), name
    for source in layout.iss_sources(text):
        if source.startswith("dist/"):
            assert source == "dist/tvaers/*", "the installer packs the spec's one output folder"
        else:
            assert (ROOT / source).is_file(), source


def test_a_built_folder_missing_a_named_file_is_reported(tmp_path):
    """The check .ci/frozen runs on the real build: it names what is missing."""
    (tmp_path / "_internal" / "resources" / "icons").mkdir(parents=True)
    assert layout.missing_in(tmp_path, windows=False) == ["tvaers", "_internal/resources/icons/tvaers.ico"]
    (tmp_path / "tvaers").write_text("")
    (tmp_path / "_internal" / "resources" / "icons" / "tvaers.ico").write_bytes(b"")
    assert layout.missing_in(tmp_path, windows=False) == []
    assert layout.missing_in(tmp_path, windows=True) == ["tvaers.exe"]


def test_the_installer_is_per_user_bilingual_and_leaves_the_journal_alone():
    text = layout.iss_text()
    setup = dict(re.findall(r"^(\w+)=(.*)$", text, flags=re.MULTILINE))
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs when not admin
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile: "([^"]+)"', text, flags=re.MULTILINE)
    assert dict(languages) == {"danish": "compiler:Languages\\Danish.isl", "english": "compiler:Default.isl"}
    # Every custom message it uses exists in both languages, and the uninstaller says the journal stays.
    used = set(re.findall(r"\{cm:(\w+)", text)) | set(re.findall(r"CustomMessage\('(\w+)'\)", text))
    used -= {"LaunchProgram"}  # one of Inno Setup's own
    for lang, _ in languages:
        for name in used:
            assert re.search(rf"^{lang}\.{name}=\S", text, flags=re.MULTILINE), f"{lang}.{name}"
    assert "usPostUninstall" in text and "JournalKept" in text
    assert re.search(r"^danish\.JournalKept=.*dagbog er ikke slettet", text, flags=re.MULTILINE)
    assert "[UninstallDelete]" not in text.replace("; No [UninstallDelete]", "")
    # Version and publisher come from the package metadata the spec writes beside the folder.
    assert '#include "..\\..\\dist\\metadata.iss"' in text
    spec_text = (PACKAGING / "tvaers.spec").read_text("utf-8")
    for define in set(re.findall(r"\{#(\w+)\}", text)) - set(layout.iss_defines(text)):
        assert f"#define {define} " in spec_text, f"{define} is neither defined in the script nor written by the spec"
    assert '"metadata.iss"' in spec_text


def test_the_publisher_is_in_the_package_metadata():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["authors"][0]["name"].strip()


def _validator(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (apt-get install {'appstream' if name == 'appstreamcli' else 'desktop-file-utils'})")
    return found


def test_the_desktop_file_validates_and_names_the_app_and_its_icon():
    done = subprocess.run([_validator("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "", done.stdout + done.stderr
    text = DESKTOP.read_text("utf-8")
    assert "Name=Tværs" in text and "Icon=dk.tvaers.Tvaers" in text
    assert re.search(r"^Comment\[da\]=.*refleksionsdagbog", text, flags=re.MULTILINE)


def test_the_metainfo_validates_with_both_languages_and_this_release():
    done = subprocess.run([_validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    root = ET.parse(METAINFO).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    from journal import APP_ID, __version__

    assert root.findtext("id") == APP_ID
    assert {s.get(lang) for s in root.findall("summary")} == {None, "da"}
    assert {p.get(lang) for p in root.find("description").findall("p")} == {None, "da"}
    assert root.find("screenshots/screenshot") is not None
    assert root.find("content_rating").get("type").startswith("oars")
    release = root.find("releases/release")
    assert release.get("version") == __version__
    assert {p.get(lang) for p in release.findall("description/p")} == {None, "da"}


def test_the_icon_set_is_complete():
    """One SVG, a PNG at every size from 16 to 512 (square, not empty) and a Windows .ico."""
    assert ET.parse(ICONS / "tvaers.svg").getroot().tag == "{http://www.w3.org/2000/svg}svg"
    assert {16, 32, 48, 64, 128, 256, 512} <= set(render_icons.SIZES)
    for size in render_icons.SIZES:
        data = render_icons.png_path(size).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == (size, size)
    ico = (ICONS / "tvaers.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert sizes == set(render_icons.ICO_SIZES) and 256 in sizes
    # The window icon, the Linux installer and the renderer agree on the sizes.
    from journal.ui import icon

    assert icon.SIZES == render_icons.SIZES
    assert f'SIZES="{" ".join(map(str, render_icons.SIZES))}"' in INSTALL_SH.read_text("utf-8")


@pytest.mark.skipif(os.name != "posix" or shutil.which("sh") is None, reason="the Linux installer is a POSIX shell script")
def test_the_linux_installer_puts_the_app_in_the_menu_and_its_uninstaller_keeps_the_journal(tmp_path):
    # A frozen folder as the spec lays it out (the program stands in for the real one).
    folder = tmp_path / "Tvaers-unpacked"
    (folder / "_internal").mkdir(parents=True)
    shutil.copytree(ROOT / "resources" / "icons", folder / "_internal" / "resources" / "icons")
    program = folder / "tvaers"
    program.write_text("#!/bin/sh\necho tvaers 0.1.0\n")
    program.chmod(0o755)
    for source, target in layout.spec_value("LINUX_EXTRAS").items():
        (folder / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / source, folder / target)
    home = tmp_path / "home with space"
    journal = home / ".local" / "share" / "Tvaers"
    journal.mkdir(parents=True)
    (journal / "journal.db").write_bytes(b"kept")
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}

    done = subprocess.run(["sh", str(folder / "install.sh")], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    share = home / ".local" / "share"
    installed = home / ".local" / "lib" / "tvaers" / "tvaers"
    assert subprocess.run([str(home / ".local" / "bin" / "tvaers")], capture_output=True, text=True).stdout == "tvaers 0.1.0\n"
    entry = share / "applications" / "dk.tvaers.Tvaers.desktop"
    assert f'Exec="{installed}"' in entry.read_text("utf-8")
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert check.returncode == 0 and check.stdout.strip() == "", check.stdout
    for size in render_icons.SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "dk.tvaers.Tvaers.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "dk.tvaers.Tvaers.svg").is_file()
    assert (share / "metainfo" / "dk.tvaers.Tvaers.metainfo.xml").is_file()

    done = subprocess.run(["sh", str(installed.parent / "install.sh"), "--uninstall"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "journal" in done.stdout
    assert not installed.exists() and not entry.exists() and not (home / ".local" / "bin" / "tvaers").exists()
    assert (journal / "journal.db").read_bytes() == b"kept"


def test_the_linux_installer_refuses_to_run_outside_the_unpacked_folder(tmp_path):
    if os.name != "posix" or shutil.which("sh") is None:
        pytest.skip("the Linux installer is a POSIX shell script")
    lone = tmp_path / "install.sh"
    shutil.copy2(INSTALL_SH, lone)
    done = subprocess.run(["sh", str(lone)], capture_output=True, text=True, env={"HOME": str(tmp_path), "PATH": os.environ.get("PATH", "")}, timeout=60)
    assert done.returncode == 1
    assert "unpacked" in done.stderr
    assert not (tmp_path / ".local").exists()
