"""What the session-23 readers of the fresh65 briefings found, written right. Short synthetic articles."""

from __future__ import annotations

from pathlib import Path

from conftest import briefing_text


def test_fourteen_documents_are_fourteen_not_four(tmp_path: Path) -> None:
    text = briefing_text(tmp_path, "date 2024-05-05\nLIMA, May 5. The presidents of Peru and Chile held talks in Lima. "
                                   "Fourteen documents on cooperation between the two countries were signed.", "ru")
    assert "14 документов" in text and " 4 документа" not in text


def test_a_speaker_named_only_by_her_office_head_takes_her_office_from_the_termbase(tmp_path: Path) -> None:
    text = briefing_text(tmp_path, "date 2024-05-05\nMOSCOW, May 5. The Speaker of the Peruvian Congress Luis Soto "
                                   "arrived in Moscow on an official visit.\n\nHe was invited by speaker Valentina "
                                   "Matviyenko.", "ru")
    assert "Председатель Совета Федерации" in text


def test_an_initial_written_without_its_point_is_still_an_initial(tmp_path: Path) -> None:
    text = briefing_text(tmp_path, "date 2024-05-05\nKABUL, May 5. Afghan Foreign Minister A Muttaqi met Peruvian "
                                   "President Luis Soto in Kabul.", "ru")
    assert "А. Муттак" in text and "А Муттак" not in text


def test_no_legend_for_a_mark_the_briefing_does_not_print(tmp_path: Path) -> None:
    # the untranslated title prints as its type («меморандум»): no † anywhere, so no † legend
    text = briefing_text(tmp_path, "date 2024-05-05\nLIMA, May 5. Peru and Chile signed the MoU on Zorbish Quuxing "
                                   "Frobnication Projects (ZQFP) in Lima.", "ru")
    assert "†" not in text
