"""The installable build: what packaging/keukentafel.spec bundles exists, leaves out the demo
private keys, covers every runtime dependency in the About list, resolves its folders inside
the bundle, and the Windows installer names the app's version. (``make package`` builds it
for real and runs its self-test; that is not part of the test suite.)"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from packaging.requirements import Requirement

from app import __version__, about

ROOT = Path(__file__).resolve().parents[1]
ISS = ROOT / "packaging" / "windows" / "keukentafel.iss"


def _inputs() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "pyinstaller_inputs", ROOT / "packaging" / "pyinstaller_inputs.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_file_the_spec_bundles_exists() -> None:
    inputs = _inputs()
    files = inputs.data_files()
    assert files
    for source, dest in files:
        assert Path(source).is_file(), source
        assert not Path(dest).is_absolute()
    dests = {dest for _, dest in files}
    for needed in (
        "translations",
        "resources/fonts",
        "resources/licences",
        "resources/profiles",
        "resources/documents/informatieblad-privacy",
        "app/storage/migrations",
    ):
        assert needed in dests, needed
    names = {Path(source).name for source, _ in files}
    assert "keukentafel_nl.qm" in names
    assert {"NotoSans-Regular.ttf", "OFL.txt", "EUPL-1.2.txt", "voorbeeldstad.toml"} <= names
    for script in (inputs.GUI_ENTRY, inputs.CLI_ENTRY):
        assert script.is_file()
    spec = (ROOT / "packaging" / "keukentafel.spec").read_text("utf-8")
    assert "inputs.data_files(ROOT)" in spec
    assert "about.distributions()" in spec


def test_the_demo_private_keys_stay_out_of_the_build() -> None:
    keys = ROOT / "resources" / "profiles" / "demo-keys"
    private = [
        p
        for p in keys.iterdir()
        if "PRIVATE KEY" in p.read_text("utf-8") or "AGE-SECRET-KEY" in p.read_text("utf-8")
    ]
    assert private, "the folder holds private keys: the reason they are left out"
    bundled = {Path(source).resolve() for source, _ in _inputs().data_files()}
    assert not any(p.resolve() in bundled for p in keys.iterdir())
    assert not _inputs().keep_data("resources/profiles/demo-keys/DEMO-ONLY-recovery.agekey")


def test_every_licence_text_the_about_list_names_is_bundled() -> None:
    bundled = {
        (Path(dest) / Path(source).name).as_posix() for source, dest in _inputs().data_files()
    }
    for component in about.COMPONENTS:
        for file in component.files:
            assert f"resources/{file}" in bundled, file
    assert f"resources/{about.APP_LICENCE_FILE}" in bundled


def _runtime_closure() -> set[str]:
    """Every distribution the installed app needs at run time (extras left out)."""
    seen: set[str] = set()
    todo = ["keukentafel"]
    while todo:
        name = todo.pop()
        for line in importlib.metadata.requires(name) or []:
            req = Requirement(line)
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue
            key = _canonical(req.name)
            if key not in seen:
                seen.add(key)
                todo.append(req.name)
    return seen


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_runtime_dependency_is_in_the_about_list() -> None:
    listed = {_canonical(d) for d in about.distributions()}
    missing = _runtime_closure() - listed - set(_inputs().NOT_SHIPPED)
    assert missing == set()


def test_a_dependency_left_out_is_never_imported_by_the_app() -> None:
    not_shipped = sorted(_inputs().NOT_SHIPPED)
    assert not_shipped == ["tzdata"]
    code = (
        "import importlib, pkgutil, sys\n"
        "import app\n"
        "for m in pkgutil.walk_packages(app.__path__, 'app.'):\n"
        "    importlib.import_module(m.name)\n"
        f"print(sorted(n for n in {not_shipped!r} if n in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_babel_and_qt_catalogs_are_trimmed_to_our_languages() -> None:
    inputs = _inputs()
    assert inputs.keep_data("babel/locale-data/nl_NL.dat")
    assert inputs.keep_data("babel/locale-data/en_GB.dat")
    assert inputs.keep_data("babel/locale-data/root.dat")
    assert not inputs.keep_data("babel/locale-data/de.dat")
    assert inputs.keep_data("PySide6/Qt/translations/qtbase_nl.qm")
    assert not inputs.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not inputs.keep_data("reportlab/fonts/Vera.ttf")
    assert not inputs.keep_binary("PySide6/Qt/lib/libQt6Quick.so.6")
    assert not inputs.keep_binary(r"PySide6\Qt6VirtualKeyboard.dll")
    assert inputs.keep_binary("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert inputs.keep_binary(r"PySide6\Qt6Pdf.dll")


def test_folders_resolve_inside_a_frozen_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from app.paths import install_root, resources_dir
    from ui.i18n import translations_dir

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert install_root() == tmp_path / "_internal"
    assert resources_dir() == tmp_path / "_internal" / "resources"
    assert translations_dir() == tmp_path / "_internal" / "translations"
    # The spec puts them there: resources/... and translations beside each other.
    dests = {dest.split("/")[0] for _, dest in _inputs().data_files()}
    assert {"resources", "translations", "app"} == dests


def test_the_installer_names_the_version_the_app_reports() -> None:
    text = ISS.read_text("utf-8")
    found = re.search(r'#define AppVersion "([^"]+)"', text)
    assert found is not None
    assert found.group(1) == __version__


def test_the_installer_shows_the_licence_and_its_files_exist() -> None:
    text = ISS.read_text("utf-8")
    for key in ("LicenseFile", "InfoBeforeFile"):
        for value in re.findall(rf'{key}[:=]\s*"?([^";\r\n]+)"?', text):
            assert (ISS.parent / value.strip().replace("\\", "/")).is_file(), value
    assert "EUPL-1.2.txt" in text
    assert "PrivilegesRequired=admin" in text
    assert "{autopf}" in text
    assert 'Name: "dutch"' in text
    assert 'Name: "english"' in text
    assert "[UninstallDelete]" not in text  # the vaults are never touched
    assert "%LOCALAPPDATA%\\Keukentafel" in text
    assert "dist\\keukentafel" in text
