"""--pdf: LibreOffice converts each briefing; the seed briefing is one A4 page in every language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.pdf import page_count

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_f116ff059f125dc2.txt"
NO_SOFFICE = "LibreOffice (soffice) is not installed here; .ci/run installs it so CI runs this test"


def test_pdf_without_libreoffice_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_SOFFICE", str(tmp_path / "no-such-soffice"))
    result = CliRunner().invoke(cli, ["generate", str(SEED), "--pdf", "--lang", "en", "--translator", "none",
                                      "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "--pdf needs LibreOffice to convert the briefings, and it is not installed" in result.output
    assert not (tmp_path / "out").exists()  # said before any work


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason=NO_SOFFICE)
def test_the_seed_briefing_is_one_a4_page_in_each_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFING_SOFFICE", raising=False)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["generate", str(SEED), "--pdf", "--translator", "none", "--out", str(out),
                                      "--prepared-on", "2025-09-05"])
    assert result.exit_code == 0, result.output
    pages = {pdf.name.rsplit(".", 2)[-2]: page_count(pdf) for pdf in out.glob("*.pdf")}
    assert pages == {"en": 1, "ru": 1, "kk": 1, "mn": 1}
    assert (b"/MediaBox[0 0 595" in (out / next(out.glob("*.en.pdf")).name).read_bytes()
            or b"/MediaBox [0 0 595" in next(out.glob("*.en.pdf")).read_bytes())  # A4: 595 × 842 points
