"""Term protection: lock names as placeholders, put the target form back, refuse damage."""

from __future__ import annotations

from briefing.translate.protect import LOCKED_TYPES, Locked, lock, unlock
from conftest_argos import Entry, TinyTermbase, termbase

TEXT = "President Kassym-Jomart Tokayev met Ukhnaagiin Khurelsukh in Astana."


def test_terms_with_a_target_form_become_numbered_placeholders() -> None:
    locked = lock(TEXT, termbase(), "ru")
    assert locked.text == "President ⟦1⟧ met ⟦2⟧ in Astana."
    assert locked.forms == ("Касым-Жомарт Токаев", "Ухнаагийн Хурэлсух")


def test_terms_without_a_target_form_are_left_to_the_model() -> None:
    locked = lock(TEXT, termbase(), "kk")
    assert locked.text == "President ⟦1⟧ met Ukhnaagiin Khurelsukh in Astana."


def test_longest_term_wins_when_terms_overlap() -> None:
    # "Kassym-Jomart Tokayev" and "Tokayev" both match; the full name is locked once.
    assert lock("Kassym-Jomart Tokayev spoke.", termbase(), "ru").forms == ("Касым-Жомарт Токаев",)


def test_round_trip_puts_target_forms_back_in_translated_order() -> None:
    locked = lock(TEXT, termbase(), "ru")
    assert unlock("Президент ⟦1⟧ встретился с ⟦2⟧ в Астане.", locked) == (
        "Президент Касым-Жомарт Токаев встретился с Ухнаагийн Хурэлсух в Астане.")
    assert unlock("⟦2⟧ и ⟦ 1 ⟧.", locked) == "Ухнаагийн Хурэлсух и Касым-Жомарт Токаев."


def test_lost_doubled_or_garbled_placeholders_are_refused() -> None:
    locked = lock(TEXT, termbase(), "ru")
    assert unlock("Президент ⟦1⟧ встретился в Астане.", locked) is None  # lost
    assert unlock("⟦1⟧ ⟦1⟧ ⟦2⟧", locked) is None  # doubled
    assert unlock("⟦1⟧ ⟦2⟧ ⟦3⟧", locked) is None  # invented
    assert unlock("⟦1⟧ ⟦2 встретился⟧", locked) is None  # garbled
    assert unlock("⟦1⟧ ⟦2⟧ ⟦", locked) is None  # half a placeholder


def test_without_termbase_or_terms_nothing_changes() -> None:
    assert lock(TEXT, None, "ru") == Locked(TEXT, TEXT, ())
    assert lock("No names here.", termbase(), "ru").forms == ()
    assert unlock("Any output ⟦x⟧", Locked("a", "a", ())) == "Any output ⟦x⟧"


def test_text_already_holding_placeholder_brackets_is_not_locked() -> None:
    text = "Kassym-Jomart Tokayev wrote ⟦1⟧."
    assert lock(text, termbase(), "ru").forms == ()


def test_termbase_protocol_is_duck_typed() -> None:
    entry = Entry({"ru": "Астана"})
    base = TinyTermbase({"Astana": entry})
    assert lock("In Astana.", base, "ru").text == "In ⟦1⟧."


def test_real_termbase_locks_people_agencies_and_companies_only() -> None:
    from pathlib import Path

    from briefing.termbase import Termbase

    base = Termbase.load(Path(__file__).resolve().parents[1] / "locales" / "termbase.csv")
    text = ("Kassym-Jomart Tokayev paid a state visit to Mongolia and met the Speaker of the "
            "Mazhilis in Astana, Kazinform and Kazakh Invest report.")
    for lang in ("ru", "kk", "mn"):
        locked = lock(text, base, lang)
        assert locked.text == ("⟦1⟧ paid a state visit to Mongolia and met the Speaker of the "
                               "Mazhilis in Astana, ⟦2⟧ and ⟦3⟧ report."), lang
        assert locked.forms == tuple(base.find(name).form(lang)
                                     for name in ("Kassym-Jomart Tokayev", "Kazinform", "Kazakh Invest"))
    assert lock(text, base, "ru").forms[0] == "Касым-Жомарт Токаев"


def test_termbase_that_filters_by_type_is_asked_for_the_locked_types() -> None:
    asked = []

    class Typed(TinyTermbase):
        def terms_in(self, text: str, types=None):
            asked.append(types)
            return super().terms_in(text)

    lock("In Astana.", Typed({"Astana": Entry({"ru": "Астана"})}), "ru")
    assert asked == [LOCKED_TYPES] and LOCKED_TYPES == {"person", "agency", "company"}
