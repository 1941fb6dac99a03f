"""``briefing eval`` on the shared development corpus (skipped when it is not checked out)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.evaluate import FIELDS, evaluate_corpus

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
# The issue asks for micro-F1 >= 0.90 and every field >= 0.80; the extractor reaches more,
# so these are the floors (the lower of target and reached).
MIN_MICRO_F1 = 0.90
MIN_FIELD_F1 = 0.80

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared/corpus/dev is not available")


@pytest.fixture(scope="module")
def report():
    return evaluate_corpus(CORPUS)


@needs_corpus
def test_micro_f1(report):
    assert report.micro_f1 >= MIN_MICRO_F1, report.format_table()


@needs_corpus
def test_every_field(report):
    low = {name: f1 for name, f1 in report.field_f1().items() if f1 < MIN_FIELD_F1}
    assert not low, report.format_table()


@needs_corpus
def test_table_lists_every_field(report):
    table = report.format_table()
    for name in FIELDS:
        assert name in table
    assert table.splitlines()[-1].startswith("micro-F1")


@needs_corpus
def test_cli_eval_and_min_f1():
    runner = CliRunner()
    result = runner.invoke(cli, ["eval", str(CORPUS), "--min-f1", "0.5"])
    assert result.exit_code == 0, result.output
    assert "micro-F1" in result.output
    result = runner.invoke(cli, ["eval", str(CORPUS), "--min-f1", "1.01"])
    assert result.exit_code != 0


def test_scoring_rules_are_lenient_and_skip_optional_items():
    from briefing.evaluate import score_article
    from briefing.models import Facts, Person

    facts = Facts(participants=[Person("U. Khurelsukh", "the President of Mongolia", "MN")],
                  cooperation_areas=["trade and economic", "Tourism"])
    expected = {
        "participants": [
            {"name": "Khurelsukh Ukhnaa", "title": "President of Mongolia"},
            {"name": "Someone Else", "title": "Minister", "optional": True},
        ],
        "cooperation_areas": ["trade-economic", "tourism"],
        "event_date": None,
        "accept": {"event_date": ["2024-06-01"]},
    }
    scores = score_article(facts, expected)
    assert (scores["participants"].tp, scores["participants"].fp, scores["participants"].fn) == (1, 0, 0)
    assert scores["titles"].tp == 1
    assert scores["areas"].f1 == 1.0
    assert (scores["date"].tp, scores["date"].fp, scores["date"].fn) == (0, 0, 0)
