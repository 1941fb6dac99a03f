"""Mongolian «зэрэг» ("and others") follows a list, never one area (review 27); one area alone modifies «чиглэл»
in the genitive: «геологийн чиглэлээр», «аюулгүй байдлын чиглэлээр» (review 29)."""

from __future__ import annotations

import pytest
from conftest import briefing_text


@pytest.mark.parametrize(("areas", "expected", "wrong"), [
    ("geology", "Талууд геологийн чиглэлээр хамтран ажиллах", "зэрэг"),
    ("security", "Талууд аюулгүй байдлын чиглэлээр хамтран ажиллах", "зэрэг"),
    ("trade and economic", "Талууд худалдаа, эдийн засгийн чиглэлээр хамтран ажиллах", "зэрэг"),
    ("geology and tourism", "Талууд геологи, аялал жуулчлал зэрэг чиглэлээр", None),
])
def test_zereg_only_after_two_or_more_areas(tmp_path, areas: str, expected: str, wrong: str | None) -> None:
    text = briefing_text(tmp_path, "date 2025-05-05\nLIMA, May 5. Foreign Minister of Peru Luis Vera met Foreign "
                         f"Minister of Chile Maria Rojas. The sides discussed cooperation in {areas}.\n", "mn")
    sentence = next(line for line in text.split("\n") if line.startswith("Талууд"))
    assert expected in sentence.replace("‡", "")
    assert wrong is None or wrong not in sentence
