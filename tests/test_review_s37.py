"""Fixes from session 37's fresh articles and the translators' reviews of them: short sentences of our own."""

from __future__ import annotations

import pytest


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


# -- languages --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "present"), [
    ("ru", "присутствовали депутаты Парламента Мальдив Али Азим и Али Нияз, а также Генеральный секретарь"),
    ("kk", "Парламентінің депутаттары Али Азим мен Али Нияз, сондай-ақ Мальдив аралдары Халық меджлисінің Бас хатшысы"),
])
def test_a_group_of_one_office_and_another_person_are_not_joined_by_two_ands(tmp_path, lang: str, present: str) -> None:
    from conftest import briefing_text

    text = ("date 2024-01-16\nCOLOMBO, Jan 16 (News.lk) - The Speaker of the People's Majlis of the Maldives, Mr. Mohamed "
            "Aslam, met the Speaker of Parliament, Hon. Mahinda Perera. Also present at the meeting were Members of "
            "Parliament of the Maldives Mr. Ali Azim and Mr. Ali Niyaz, and the Secretary General of the People's Majlis, "
            "Ms. Fathimath Shiuna.\n")
    written = briefing_text(tmp_path, text, lang).replace("‡", "")
    assert present in written, written


def test_the_speaker_of_the_peoples_majlis_is_written_as_other_chambers_speakers(tmp_path) -> None:
    from conftest import briefing_text

    text = ("date 2024-01-16\nCOLOMBO, Jan 16 (News.lk) - The Speaker of the People's Majlis of the Maldives, Mr. Mohamed "
            "Aslam, met the Speaker of Parliament, Hon. Mahinda Perera.\n")
    assert "встреча Председателя Народного меджлиса Мальдив Мохамеда Аслама с Председателем Парламента" in \
        briefing_text(tmp_path, text, "ru").replace("‡", "")
