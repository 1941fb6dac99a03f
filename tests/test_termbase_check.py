"""The termbase check: every ru/kk/mn form has a status, every row a source."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import TermbaseError
from briefing.termbase import Termbase

ROOT = Path(__file__).resolve().parents[1]
HEADER = "type,en,ru,kk,mn,aliases,status,note\n"
GOOD = "place,Astana,Астана,Астана,Астана,,ru=confirmed; kk=confirmed; mn=unconfirmed,CLDR 49\n"


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "termbase.csv"
    path.write_text(HEADER + GOOD + body, encoding="utf-8")
    return path


def test_the_shipped_termbase_passes_the_check() -> None:
    termbase = Termbase.load(ROOT / "locales" / "termbase.csv", strict=True)
    assert termbase.check() == []


@pytest.mark.parametrize(
    ("row", "messages"),
    [
        ("place,Tokyo,Токио,Токио,Токио,,ru=confirmed; kk=confirmed,CLDR 49\n",
         ["3: mn form 'Токио' has no status: add 'mn=confirmed', 'mn=variant', 'mn=derived' or "
          "'mn=unconfirmed' to the status cell"]),
        ("place,Tokyo,Токио,,,,,https://example.org\n",
         ["3: ru form 'Токио' has no status: add 'ru=confirmed', 'ru=variant', 'ru=derived' or "
          "'ru=unconfirmed' to the status cell"]),
        ("place,Tokyo,Токио,,,,ru=confirmed,capital of Japan\n",
         ["3: no source in the note for 'Tokyo': give a URL or a named reference (CLDR, Wikipedia, "
          "terminology.md, a site such as kazpravda.kz), or write 'no source yet' and mark every form unconfirmed"]),
        ("place,Tokyo,Токио,,,,ru=confirmed,\n",
         ["3: no source in the note for 'Tokyo': give a URL or a named reference (CLDR, Wikipedia, "
          "terminology.md, a site such as kazpravda.kz), or write 'no source yet' and mark every form unconfirmed"]),
        ("place,Tokyo,Токио,,,,ru=confirmed,Not in terminology.md: general knowledge\n",
         ["3: no source in the note for 'Tokyo': give a URL or a named reference (CLDR, Wikipedia, "
          "terminology.md, a site such as kazpravda.kz), or write 'no source yet' and mark every form unconfirmed"]),
        ("place,Tokyo,Токио,Токио,,,ru=confirmed; kk=unconfirmed,no source yet\n",
         ["3: the note says 'no source yet' but the status says ru=confirmed: give the source in the note, "
          "or mark the form unconfirmed"]),
        ("place,Tokyo,Токио,Токио,,,kk=unconfirmed,capital\n",
         ["3: ru form 'Токио' has no status: add 'ru=confirmed', 'ru=variant', 'ru=derived' or "
          "'ru=unconfirmed' to the status cell",
          "3: no source in the note for 'Tokyo': give a URL or a named reference (CLDR, Wikipedia, "
          "terminology.md, a site such as kazpravda.kz), or write 'no source yet' and mark every form unconfirmed"]),
    ],
)
def test_rows_without_status_or_source_are_rejected(tmp_path: Path, row: str, messages: list[str]) -> None:
    path = write(tmp_path, row)
    termbase = Termbase.load(path)  # a plain load still reads it: briefings are not blocked
    assert termbase.check() == [f"{path}:{message}" for message in messages]
    with pytest.raises(TermbaseError) as error:
        Termbase.load(path, strict=True)
    assert str(error.value) == "\n".join(f"{path}:{message}" for message in messages)


@pytest.mark.parametrize(
    "note",
    [
        "https://www.gov.kz/memleket/entities/mfa",
        "ru kazpravda.kz; kk baq.kz",
        "CLDR 49 exemplar city of Asia/Tokyo",
        "ru.wikipedia, article title",
        "Wikipedia (ru), checked 2026-11-28",
        "terminology.md §2",
        "language review 2026-11-28",
        "no source yet",
    ],
)
def test_named_references_count_as_sources(tmp_path: Path, note: str) -> None:
    status = "ru=unconfirmed" if note == "no source yet" else "ru=confirmed"
    path = write(tmp_path, f'place,Tokyo,Токио,,,,{status},"{note}"\n')
    assert Termbase.load(path, strict=True).check() == []


def test_an_empty_cell_needs_no_status(tmp_path: Path) -> None:
    path = write(tmp_path, "person,Ukhnagiyin Otogonbayar,,,,,,terminology.md §0 #2\n")
    assert Termbase.load(path, strict=True).check() == []


def test_every_filled_form_of_the_shipped_termbase_has_a_status_and_a_source() -> None:
    termbase = Termbase.load(ROOT / "locales" / "termbase.csv")
    for entry in termbase:
        assert set(entry.forms) <= set(entry.status), (entry.line, entry.en)
        assert entry.note.strip(), (entry.line, entry.en)
