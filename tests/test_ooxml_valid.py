"""Every briefing is valid OOXML by Word's schemas (openxml-audit): the seed in four languages, and
a briefing full of review marks, symbols and a table, as staff get them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_f116ff059f125dc2.txt"
MARKED = REPO / "tests" / "narrative" / "07_three_party_document.json"


def audit(paths: list[Path]) -> list[dict[str, object]]:
    """One report per file from the validator's command line (it takes one path at a time)."""
    pytest.importorskip("openxml_audit")
    reports: list[dict[str, object]] = []
    for path in paths:
        result = subprocess.run([sys.executable, "-m", "openxml_audit", "-o", "json", str(path)],
                                capture_output=True, text=True, timeout=300)
        assert result.stdout.strip(), result.stderr[-2000:]
        found = json.loads(result.stdout)
        reports.extend(found if isinstance(found, list) else [found])
    return reports


def test_the_seed_briefings_have_no_schema_errors(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["generate", str(SEED), "--out", str(tmp_path), "--translator", "none", "-q",
                                      "--prepared-on", "2025-09-05"])
    assert result.exit_code == 0, result.output
    files = sorted(tmp_path.glob("*.docx"))
    assert len(files) == 4
    for report in audit(files):
        assert report["error_count"] == 0, report["errors"]


def test_a_briefing_with_marks_and_a_table_has_no_schema_errors(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["render", str(MARKED), "--out", str(tmp_path), "--translator", "none", "-q",
                                      "--source-excerpts"])
    assert result.exit_code == 0, result.output
    for report in audit(sorted(tmp_path.glob("*.docx"))):
        assert report["error_count"] == 0, report["errors"]
