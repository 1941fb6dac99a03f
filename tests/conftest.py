"""Test isolation: nothing a test does touches the user's home or the network.

argostranslate reads its settings once, at import, so the environment is pointed into a
temporary folder here, before any test module can import it. Sockets are disabled for
the whole run by pytest-socket (see ``addopts`` in pyproject.toml).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from docx.document import Document

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_f116ff059f125dc2.txt"
SHARED = REPO.parent / "shared"

_SANDBOX = Path(tempfile.mkdtemp(prefix="briefing-tests-"))

# trafilatura (the .html reader) imports urllib3, which opens (never connects) a socket at import
# to ask whether the machine has IPv6; imported here, before pytest-socket blocks sockets, it
# does not count as a test using the network.
import urllib3.util.connection  # noqa: E402, F401


def pytest_configure(config: pytest.Config) -> None:
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        folder = _SANDBOX / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(folder)
    os.environ["BRIEFING_MODELS_DIR"] = str(_SANDBOX / "models")
    os.environ["ARGOS_PACKAGES_DIR"] = str(_SANDBOX / "models")
    os.environ["BRIEFING_MEMORY_DIR"] = str(_SANDBOX / "memory")
    os.environ["ARGOS_CHUNK_TYPE"] = "MINISBD"
    for name in ("BRIEFING_TEMPLATES", "BRIEFING_LOCALES", "BRIEFING_TERMBASE", "BRIEFING_REFERENCE_DOCX"):
        os.environ.pop(name, None)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_SANDBOX, ignore_errors=True)


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED



def _generate(folder: Path, article_text: str, *options: str) -> Path:
    """Write ``article_text`` to ``folder`` and run `generate` on it without machine translation; the output folder."""
    from click.testing import CliRunner

    from briefing.cli import cli  # imported here, after pytest_configure has sandboxed the environment

    article = folder / "article.txt"
    article.write_text(article_text, encoding="utf-8")
    out = folder / "out"
    result = CliRunner().invoke(cli, ["generate", str(article), "--out", str(out), "--translator", "none", "--quiet",
                                      *options])
    assert result.exit_code == 0, result.output
    return out


def briefing_text(folder: Path, article_text: str, lang: str) -> str:
    """All paragraphs of the one briefing `generate` writes for ``article_text`` in ``lang``, as a reader sees them:
    review marks kept."""
    import docx

    out = _generate(folder, article_text, "--lang", lang)
    return "\n".join(p.text for p in docx.Document(str(next(out.glob(f"*.{lang}.docx")))).paragraphs)


def read_briefing(tmp_path: Path, lang: str, article: str) -> str:
    """The briefing in ``lang``, written into a folder of its own under ``tmp_path``, its no-break spaces
    («2026\xa0году») read as spaces."""
    (tmp_path / lang).mkdir()
    return briefing_text(tmp_path / lang, article, lang).replace("\xa0", " ")


def composed_name(text: str, lang: str, kind: str = "document") -> str:
    """What briefing.compose writes for ``text``; a name it cannot compose fails the test."""
    from briefing.compose import compose_with_status

    composed = compose_with_status(text, lang, kind)
    assert composed is not None, text
    return composed[0]


def briefings_by_language(folder: Path, article_text: str, prepared_on: str) -> dict[str, Document]:
    """The Word document `generate` writes for ``article_text`` in each language, by language code."""
    import docx

    out = _generate(folder, article_text, "--prepared-on", prepared_on)
    return {path.name.split(".")[-2]: docx.Document(str(path)) for path in out.glob("*.docx")}


def bullet_lines(documents: dict[str, Document]) -> dict[str, str]:
    """The bulleted lines of each language's document (planned events, documents), without review marks."""
    return {lang: "\n".join(p.text for p in document.paragraphs if p.style.name == "List Bullet").replace("‡", "")
            for lang, document in documents.items()}


@pytest.fixture(scope="module")
def shipped_termbase():
    """The termbase shipped with briefing."""
    from briefing.resources import default_locales_dir
    from briefing.termbase import Termbase

    return Termbase.load(default_locales_dir() / "termbase.csv")


def localized_with_shipped_catalogs(facts, lang: str, termbase):
    """The facts as the briefing in ``lang`` shows them, with the shipped catalogs and no translation model."""
    from briefing.catalogs import load_catalog
    from briefing.localize import PendingTranslations, labels_for, localize
    from briefing.pipeline import required_messages
    from briefing.resources import default_locales_dir, default_templates_dir
    from briefing.translate import KeepSourceTranslator

    pending = PendingTranslations()
    labels = labels_for(lang, load_catalog(default_locales_dir(), lang), pending,
                        required_messages(default_templates_dir(), lang))
    return localize(facts, lang, labels, termbase, KeepSourceTranslator(), pending)
