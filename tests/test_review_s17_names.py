"""What the translators' reviews of session 17 corrected: offices told before two names ("the presidents of A and
B – X and Y"), a Mongolian patronymic in -ny (Damdiny), a ruler's name with its title in the Mongolian press form,
and termbase rows for people the briefings misspelled. Short synthetic sentences."""

from __future__ import annotations

from conftest import briefing_text

from briefing.extract import extract
from briefing.ingest import parse_article
from briefing.names import mongolian
from briefing.names.press import mongolian_press_form


def test_offices_told_before_two_names_go_to_each_in_order() -> None:
    facts = extract(parse_article("date 2024-02-20\nLIMA, Feb 20. The documents were signed with the participation of "
                                  "the presidents of Peru and Chile – Ana Rivas and Luis Soto.\n"))
    assert [(p.name, p.title, p.country) for p in facts.participants] == [
        ("Ana Rivas", "President of Peru", "PE"), ("Luis Soto", "President of Chile", "CL")]


def test_a_patronymic_in_ny_is_the_fathers_name() -> None:
    assert mongolian.press_short_form("Damdiny Tsogtbaatar") == "Д.Цогтбаатар"


def test_a_rulers_name_and_title_stay_whole_in_the_mongolian_press_form() -> None:
    assert mongolian_press_form("Чингис хаан", "en") == "Чингис хаан"
    assert mongolian_press_form("Владимир Путин", "ru") == "В.Путин"


def test_genghis_khan_and_the_italian_prime_minister_in_their_own_forms(tmp_path) -> None:
    article = ("date 2024-09-05\nROME, Sept 5. President of the Council of Ministers of Italy Giorgia Meloni met the "
               "President of Azerbaijan Ilham Aliyev. Aliyev will also open an exhibition focused on the founding leader Genghis Khan.\n")
    (tmp_path / "ru").mkdir()
    (tmp_path / "mn").mkdir()
    assert "Председателя Совета Министров Италии‡ Джорджи Мелони" in briefing_text(tmp_path / "ru", article, "ru")
    assert "Чингис хаан" in briefing_text(tmp_path / "mn", article, "mn")
