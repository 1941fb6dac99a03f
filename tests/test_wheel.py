"""The wheel, not only the source checkout, carries everything a user needs.

Builds the wheel, installs it into a fresh virtual environment (its dependencies come from
the test environment's site-packages, so nothing is downloaded), and runs ``generate``
from a folder outside the checkout.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_f116ff059f125dc2.txt"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(REPO)],
        check=True, capture_output=True, text=True,
    )
    [built] = dist.glob("briefing-*.whl")
    return built


def test_wheel_ships_templates_catalogs_termbase_and_styles(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "briefing/templates/briefing.md.j2",
        "briefing/locales/ru/LC_MESSAGES/messages.po",
        "briefing/locales/kk/LC_MESSAGES/messages.po",
        "briefing/locales/mn/LC_MESSAGES/messages.po",
        "briefing/locales/termbase.csv",
        "briefing/resources/reference.docx",
    ):
        assert required in names, required


def test_installed_wheel_generates_the_seed(wheel: Path, tmp_path: Path) -> None:
    # The installed wheel alone: a PYTHONPATH pointing at a checkout would shadow it.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=False)
    python = environment / "bin" / "python"
    purelib = Path(
        subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                       capture_output=True, text=True, check=True).stdout.strip()
    )
    # Dependencies from the test environment; the package itself only from the wheel.
    (purelib / "test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", str(wheel)],
        check=True, capture_output=True, text=True,
    )
    work = tmp_path / "elsewhere"
    work.mkdir()
    completed = subprocess.run(
        [str(environment / "bin" / "briefing"), "generate", str(SEED), "--out", "out", "--translator", "none"],
        cwd=work, capture_output=True, text=True, env=env,
    )
    assert completed.returncode == 0, completed.stderr
    written = sorted(path.name for path in (work / "out").glob("*.docx"))
    assert [re.sub(r"_[0-9a-f]{8}\.", "_<id>.", name) for name in written] == [
        f"2025-09-04_kazakhstan-mongolia-memorandum_<id>.{lang}.docx" for lang in ("en", "kk", "mn", "ru")]
    located = subprocess.run([str(python), "-c", "import briefing; print(briefing.__file__)"],
                             cwd=work, capture_output=True, text=True, check=True, env=env).stdout
    assert str(purelib) in located
