"""The termbase: loading and its errors, lookups, name spans, and the shipped CSV's content."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing.errors import TermbaseError
from briefing.termbase import Entry, Termbase, normalize

ROOT = Path(__file__).resolve().parents[1]
TERMBASE = ROOT / "locales" / "termbase.csv"
SEED = ROOT / "seeds" / "000_f116ff059f125dc2.txt"
HEADER = "type,en,ru,kk,mn,aliases,status,note\n"


@pytest.fixture(scope="module")
def termbase() -> Termbase:
    return Termbase.load(TERMBASE)


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "termbase.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


# -- loading and errors ----------------------------------------------------------------


def test_load_parses_forms_aliases_and_status(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "person,Yerlan Koshanov,Ерлан Кошанов,Ерлан Қошанов,,Erlan Koshanov | Koshanov,"
        "ru=confirmed; kk=variant,https://example.org\n",
    )
    entry = Termbase.load(path).find("Koshanov")
    assert entry is not None
    assert (entry.type, entry.line, entry.note) == ("person", 2, "https://example.org")
    assert entry.aliases == ("Erlan Koshanov", "Koshanov")
    assert entry.form("en") == "Yerlan Koshanov"
    assert entry.form("kk") == "Ерлан Қошанов"
    assert entry.form("mn") is None
    assert not entry.needs_review("ru") and not entry.needs_review("kk")  # variant is a seen form
    assert entry.needs_review("mn")  # missing


def test_form_without_status_needs_review(tmp_path: Path) -> None:
    entry = Termbase.load(write(tmp_path, "place,Astana,Астана,,,,,\n")).find("Astana")
    assert entry is not None and entry.needs_review("ru")


def test_excel_bom_blank_rows_and_comments_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "termbase.csv"
    path.write_text("\ufeff" + HEADER + ",,,,,,,\n#place,comment row,,,,,,\nplace,Astana,Астана,,,,,\n", encoding="utf-8")
    termbase = Termbase.load(path)
    assert len(termbase) == 1 and termbase.find("astana").line == 4


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("planet,Mars,Марс,,,,,\n", "unknown type 'planet'"),
        ("place,Astana,Астана,,,,ru=sure,\n", "malformed status 'ru=sure'"),
        ("place,Astana,Астана,,,,confirmed,\n", "malformed status 'confirmed'"),
        ("place,Astana,Астана,,,,de=confirmed,\n", "malformed status 'de=confirmed'"),
        ("place,Astana,Астана,,,,ru=confirmed; ru=variant,\n", "status gives ru twice"),
        ("place,,Астана,,,,,\n", "the en cell is empty"),
        ("place,Astana,Астана,Астанa,,,,\n", "kk form 'Астанa' mixes Latin and Cyrillic"),  # Latin a
    ],
)
def test_bad_rows_name_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = write(tmp_path, "place,Ulaanbaatar,Улан-Батор,,,,,\n" + row)
    with pytest.raises(TermbaseError, match=re.escape(f"{path}:3: {message}")):
        Termbase.load(path)


def test_duplicate_en_names_both_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "place,Astana,Астана,,,,,\nplace,Astana,Астана,,,,,\n")
    with pytest.raises(TermbaseError, match=re.escape(f"{path}:3: duplicate en 'Astana' (first on line 2)")):
        Termbase.load(path)


def test_alias_used_twice_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "place,Astana,Астана,,,,,\nplace,Nur-Sultan,Нур-Султан,,,Astana,,\n")
    with pytest.raises(TermbaseError, match=re.escape(f"{path}:3: alias 'Astana' already names 'Astana'")):
        Termbase.load(path)


def test_multiline_cell_reports_the_row_start(tmp_path: Path) -> None:
    path = write(tmp_path, 'place,Astana,Астана,,,,,"two\nlines"\nplanet,Mars,,,,,,\n')
    with pytest.raises(TermbaseError, match=re.escape(f"{path}:4: unknown type")):
        Termbase.load(path)


def test_missing_column_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("type,en,ru\n", encoding="utf-8")
    with pytest.raises(TermbaseError, match=re.escape(f"{path}:1: header lacks column(s) kk, mn")):
        Termbase.load(path)
    with pytest.raises(TermbaseError, match="cannot read"):
        Termbase.load(tmp_path / "nowhere.csv")


def test_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "cp1251.csv"
    path.write_bytes((HEADER + "place,Astana,Астана,,,,,\n").encode("cp1251"))
    with pytest.raises(TermbaseError, match="not UTF-8"):
        Termbase.load(path)


# -- find ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("Yerlan Koshanov", "Yerlan Koshanov"),
        ("  erlan   KOSHANOV ", "Yerlan Koshanov"),
        ("Yerlan Koshanov's", "Yerlan Koshanov"),
        ("Yerlan Koshanov’s", "Yerlan Koshanov"),
        ("D.Amarbayasgalan", "Dashzegviin Amarbayasgalan"),
        ("D. Amarbayasgalan", "Dashzegviin Amarbayasgalan"),
        ("Amarbaysgalan", "Dashzegviin Amarbayasgalan"),  # a source typo, kept as an alias
        ("Khürelsükh", "Ukhnaagiin Khurelsukh"),
        ("Khurelsukh Ukhnaa", "Ukhnaagiin Khurelsukh"),
        ("Kassym Jomart Tokayev", "Kassym-Jomart Tokayev"),
        ("Kassym–Zhomart Tokayev", "Kassym-Jomart Tokayev"),
        ("Great State Khural", "State Great Khural"),
        ("the Republic of Kazakhstan", "Republic of Kazakhstan"),
        ("“Kazakh Invest”", "Kazakh Invest"),
        ("Majilis", "Mazhilis"),
    ],
)
def test_find_normalizes(termbase: Termbase, text: str, en: str) -> None:
    entry = termbase.find(text)
    assert entry is not None and entry.en == en


def test_find_filters_by_type(termbase: Termbase) -> None:
    assert termbase.find("Mongolia", type="country") is not None
    assert termbase.find("Mongolia", type="person") is None
    assert termbase.find("nobody at all") is None


def test_country_by_iso_code(termbase: Termbase) -> None:
    assert termbase.country("kz").form("mn") == "Казахстан"
    assert termbase.country("MN").form("mn") == "Монгол Улс"  # overrides CLDR «Монгол»
    assert termbase.country("UZ") is None


def test_normalize_is_stable() -> None:
    assert normalize("  Kassym–Jomart  Tokayev’s ") == normalize("kassym-jomart tokayev's")


# -- terms_in --------------------------------------------------------------------------


def test_terms_in_takes_longest_matches_without_overlap(termbase: Termbase) -> None:
    text = (
        "A memorandum on establishing brotherly relations was signed. The Mazhilis of the Parliament met the "
        "Speaker of the Mazhilis, Yerlan Koshanov's guests, and the national company Kazakh Invest."
    )
    found = [(text[start:end], entry.en) for start, end, entry in termbase.terms_in(text)]
    assert found == [
        ("memorandum on establishing brotherly relations", "memorandum on establishing brotherly relations"),
        ("Mazhilis of the Parliament", "Mazhilis of the Parliament of the Republic of Kazakhstan"),
        ("Speaker of the Mazhilis", "Speaker of the Mazhilis"),
        ("Yerlan Koshanov", "Yerlan Koshanov"),  # the possessive stays outside
        ("national company Kazakh Invest", "national company Kazakh Invest"),
    ]


def test_terms_in_respects_word_boundaries_and_proper_names(termbase: Termbase) -> None:
    text = "Astanas and Mongolians follow a trend; Trend reports from ASTANA."
    found = [(text[start:end], entry.en) for start, end, entry in termbase.terms_in(text)]
    assert found == [("Trend", "Trend"), ("ASTANA", "Astana")]


def test_terms_in_tolerates_spacing_and_dashes(termbase: Termbase) -> None:
    text = "President  Kassym–Jomart\nTokayev met D.Amarbayasgalan."
    assert [entry.en for _, _, entry in termbase.terms_in(text)] == [
        "Kassym-Jomart Tokayev",
        "Dashzegviin Amarbayasgalan",
    ]


def test_terms_in_seed_names(termbase: Termbase) -> None:
    text = SEED.read_text(encoding="utf-8")
    names = {entry.en for _, _, entry in termbase.terms_in(text)}
    assert {
        "Yerlan Koshanov", "Dashzegviin Amarbayasgalan", "Ukhnaagiin Khurelsukh", "Kassym-Jomart Tokayev",
        "Nurtai Sabilyanov", "Ukhnagiyin Otogonbayar", "State Great Khural", "Inter-Parliamentary Union",
        "OSCE Parliamentary Assembly", "Astana International Financial Centre", "East Kazakhstan Region",
        "Khovd Aimag", "national company Kazakhstan Gharysh Sapary", "memorandum of cooperation",
    } <= names


def test_terms_in_can_be_limited_to_types(termbase: Termbase) -> None:
    text = "Yerlan Koshanov met Trend in Kazakhstan."
    found = [(text[start:end], entry.type) for start, end, entry in termbase.terms_in(text, types={"person", "agency"})]
    assert found == [("Yerlan Koshanov", "person"), ("Trend", "agency")]


def test_empty_termbase() -> None:
    assert Termbase().terms_in("Astana") == [] and Termbase().find("Astana") is None


# -- the shipped termbase ----------------------------------------------------------------

SEED_PEOPLE = ("Yerlan Koshanov", "Dashzegviin Amarbayasgalan", "Ukhnaagiin Khurelsukh", "Kassym-Jomart Tokayev", "Nurtai Sabilyanov")
KAZAKH_ONLY = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")


@pytest.mark.parametrize("name", SEED_PEOPLE)
def test_seed_people_have_ru_and_kk_forms(termbase: Termbase, name: str) -> None:
    entry = termbase.find(name, type="person")
    assert entry is not None and entry.form("ru") and entry.form("kk") and entry.form("mn")


def test_seed_forms_match_terminology(termbase: Termbase) -> None:
    assert termbase.find("Yerlan Koshanov").forms == {"ru": "Ерлан Кошанов", "kk": "Ерлан Қошанов", "mn": "Е.Кошанов"}
    assert termbase.find("Dashzegviin Amarbayasgalan").form("mn") == "Д.Амарбаясгалан"
    assert termbase.find("Ukhnaagiin Khurelsukh").form("mn") == "У.Хүрэлсүх"
    assert termbase.find("Ukhnaagiin Khurelsukh").form("kk") == "Ухнаагийн Хурэлсух"  # kk press: Russian style
    assert termbase.find("Mongolia").form("kk") == "Моңғолия"


def test_unconfirmed_mongolian_mp_is_only_a_flagged_proposal(termbase: Termbase) -> None:
    # No source names this MP (terminology.md §0 #2); the readers' proposal Отгонбаяр stays marked for review.
    entry = termbase.find("Ukhnagiyin Otogonbayar")
    assert all(entry.status.get(lang, "unconfirmed") == "unconfirmed" for lang in entry.forms)
    assert all(entry.needs_review(lang) for lang in ("ru", "kk", "mn"))


def test_mazhilis_is_not_called_the_upper_house(termbase: Termbase) -> None:
    text = TERMBASE.read_text(encoding="utf-8")
    assert "верхн" not in text and "жоғарғы палата" not in text
    assert "LOWER house" in termbase.find("Mazhilis").note


def test_shipped_forms_use_real_code_points(termbase: Termbase) -> None:
    for entry in termbase:
        for lang, form in entry.forms.items():
            assert not re.search("[ЄѲЇ]", form), (entry.en, form)  # lookalikes of Ө/Ү
            if lang == "mn":
                assert not set(form) & (KAZAKH_ONLY - set("ӨөҮү")), (entry.en, form)


def test_every_entry_has_a_note_and_status(termbase: Termbase) -> None:
    for entry in termbase:
        assert entry.note, entry.en
        assert set(entry.status) == {"ru", "kk", "mn"}, entry.en


def test_entries_are_hashable_rows() -> None:
    entry = Entry("place", "Astana")
    assert {entry: 1}[entry] == 1 and entry.form("ru") is None


# -- rows that lost or shifted cells -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "message"),
    [
        # an unquoted comma in "Koshanov, Yerlan" shifts every cell right: the note lands in a ninth cell
        ("person,Koshanov, Yerlan,Ерлан Кошанов,Ерлан Қошанов,Е.Кошанов,,ru=confirmed,a note\n",
         "2: 9 cells but the header has 8 (extra: 'a note'); a comma inside a cell shifts every cell after it"),
        # the same shift with an empty last cell: the ru form becomes the Latin "Yerlan"
        ("person,Koshanov, Yerlan,Ерлан Кошанов,,,,,\n", "2: ru form 'Yerlan' has no Cyrillic letter"),
        ("place,Astana,Астана,,Astana City,,,\n", "2: mn form 'Astana City' has no Cyrillic letter"),
        # an unclosed quote in a note would swallow every following row
        ('place,Astana,Астана,,,,,"capital of\nplace,Almaty,Алматы,,,,,\nplace,Khovd,Ховд,,,,,\n',
         "2: a quote opened on this line is never closed"),
        # ... or the rows up to the next quote
        ('place,Khovd,Ховд,,,,,\nplace,Astana,Астана,,,,,"capital of\nplace,Almaty,Алматы,,,,,"a city"\n',
         "3: the quoted note cell opened on this line runs on and takes in what looks like the row on line 4"),
        ('place,"Astana\nCity",Астана,,,,,\n', "2: the quoted en cell opened on this line runs over 2 lines"),
    ],
)
def test_rows_that_lost_or_shifted_cells_are_rejected(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(TermbaseError, match=re.escape(f"{path}:{message}")):
        Termbase.load(path)


def test_latin_brands_bom_empty_extra_cells_and_multiline_notes_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "termbase.csv"
    path.write_text(
        "\ufeff" + HEADER
        + "agency,Trend,Trend,Trend,trend,,,\n"  # a brand kept in Latin on purpose: the en form repeated
        + "company,Kazakh Invest National Company,Kazakh Invest,,,Kazakh Invest,,\n"  # or an alias repeated
        + 'place,Astana,Астана,,,,,"a note, with ""quotes"" and\na second line",,\n'  # trailing empty cells
        + "#comment,with,more,commas,than,the,header,has,Latin\n"  # a comment is free text
        + "place,Almaty,Алматы,,,,,\n",
        encoding="utf-8")
    termbase = Termbase.load(path)
    assert [e.en for e in termbase] == ["Trend", "Kazakh Invest National Company", "Astana", "Almaty"]
    assert termbase.find("Astana").note == 'a note, with "quotes" and\na second line'
    assert termbase.find("Almaty").line == 7


def test_an_inner_the_the_english_drops_changes_no_name():
    from briefing.compose import compose_with_status
    from briefing.resources import default_locales_dir
    from briefing.termbase import Termbase

    termbase = Termbase.load(default_locales_dir() / "termbase.csv")
    found = termbase.find("Mazhilis of Parliament of Kazakhstan")
    assert found is not None and found.form("ru") == "Мажилис Парламента Республики Казахстан"
    assert compose_with_status("Chairman of the Mazhilis of Parliament of Kazakhstan", "ru", "title", "KZ") == \
        ("Председатель Мажилиса Парламента Республики Казахстан", True)
