"""Confidence calibrated from annotated batches: the table, the smoothing, and the tool that writes it."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

from briefing.extract import confidence

ROOT = Path(__file__).resolve().parents[1]


def test_reasons_drop_the_words_of_the_article() -> None:
    assert confidence.reasons_of("attributed to “Mr. Doe, for his part,” (a single name as written, not a person)") == \
        ["attributed to “…” (a single name as written, not a person)"]
    assert confidence.reasons_of("named in the lead; one-word name; no office") == \
        ["named in the lead", "one-word name", "no office"]
    assert confidence.reasons_of("a day and month in the lead, no year") == ["a day and month in the lead", "no year"]
    assert confidence.reasons_of("a list before 'cooperation', 'ties' or 'spheres'") == \
        ["a list before 'cooperation', 'ties' or 'spheres'"]
    assert confidence.reasons_of("venue Grand Hall is in Riverton; city from the dateline") == \
        ["venue", "city from the dateline"]


def test_a_table_caps_a_rule_that_is_often_wrong(tmp_path: Path) -> None:
    table = tmp_path / "calibration.csv"
    table.write_text("field,reason,right,total\nparticipant,named outside the event,10,100\n"
                     "participant,named in the lead,99,100\n", encoding="utf-8")
    counts = confidence.read_calibration(table)
    assert counts[("participant", "named outside the event")] == (10, 100)
    # the weakest reason decides, and with a hundred facts the data outweighs the hand-set 0.9
    score = confidence.calibrated("participant", 0.9, "named in the lead; named outside the event", counts)
    assert score == pytest.approx((10 + 4 * 0.9) / 104, abs=0.01)
    # a reason the table does not know keeps the hand-set score; so does another field
    assert confidence.calibrated("participant", 0.7, "speaks in the text", counts) == 0.7
    assert confidence.calibrated("quote", 0.7, "named outside the event", counts) == 0.7
    assert confidence.read_calibration(tmp_path / "missing.csv") == {}


def test_a_few_facts_barely_move_the_hand_set_score() -> None:
    # one wrong fact out of one: the prior (worth four facts) still dominates
    assert confidence.smoothed(0, 1, prior=0.9) == pytest.approx(0.72)
    assert confidence.smoothed(0, 1, prior=0.9) > 0.7
    # many facts: the observed precision
    assert confidence.smoothed(300, 1000, prior=0.9) == pytest.approx(0.3, abs=0.01)
    # no facts: the prior itself
    assert confidence.smoothed(0, 0, prior=0.65) == pytest.approx(0.65)


def test_the_shipped_table_holds_numbers_and_rule_names_only() -> None:
    with confidence.CALIBRATION_FILE.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and set(rows[0]) == set(confidence.CALIBRATION_COLUMNS)
    for row in rows:
        assert 0 <= int(row["right"]) <= int(row["total"])
        assert "“" not in row["reason"] or "“…”" in row["reason"]  # no quoted article words


ARTICLE = ("ASTANA, March 4 (Agency). Foreign Minister of Kazakhstan John Smith met with Foreign Minister of "
           "Latvia Peter Brown in Astana on March 4.\n\nThe sides discussed cooperation in trade, energy and transport.\n")


def test_the_tool_counts_a_tiny_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "articles").mkdir(parents=True)
    (corpus / "expected").mkdir()
    (corpus / "articles" / "one.txt").write_text(ARTICLE, encoding="utf-8")
    expected = {"event_date": "2025-03-04", "location": {"city": "Astana", "country": "KZ"}, "event_type": "meeting",
                "participants": [{"name": "John Smith", "title": "Foreign Minister", "country": None}],
                "cooperation_areas": ["trade", "energy", "transport"]}
    (corpus / "expected" / "one.json").write_text(json.dumps(expected), encoding="utf-8")
    out = tmp_path / "table.csv"
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import calibrate
    finally:
        sys.path.remove(str(ROOT / "tools"))
    assert calibrate.main([str(corpus), "--out", str(out)]) == 0
    counts = confidence.read_calibration(out)
    participants = {reason: tally for (field, reason), tally in counts.items() if field == "participant"}
    assert participants, counts
    # Smith was expected, Brown was not: of the two named in the lead, one is right
    assert sum(right for right, _ in participants.values()) < sum(total for _, total in participants.values())
    assert all(right <= total for right, total in counts.values())
