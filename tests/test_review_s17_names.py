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


def test_an_arabic_name_of_a_bank_head_is_read_as_arabic_and_his_country_left_open() -> None:
    from briefing.names.origin import detect_origin

    assert detect_origin("Muhammad Sulaiman Al Jasser", "AZ") == "ar"
    assert detect_origin("Mikayil Jabbarov", "AZ") == "az"
    facts = extract(parse_article("date 2024-01-30\nBAKU, January 30 (Trend). Azerbaijani Minister of Economy Mikayil "
                                  "Jabbarov and the President of the Islamic Development Bank Muhammad Sulaiman Al "
                                  "Jasser signed a memorandum of understanding.\n"))
    assert [(p.name, p.country) for p in facts.participants] == [
        ("Mikayil Jabbarov", "AZ"), ("Muhammad Sulaiman Al Jasser", None)]


def test_the_amir_with_his_article_is_the_head_of_state() -> None:
    facts = extract(parse_article("date 2025-02-17\nKUWAIT, Feb 17 (KUNA). His Highness the Amir Sheikh Meshal "
                                  "Al-Ahmad Al-Jaber Al-Sabah and visiting President of Uzbekistan Shavkat Mirziyoyev "
                                  "oversaw the signing of four agreements.\n"))
    assert (facts.participants[0].name, facts.participants[0].title) == ("Meshal Al-Ahmad Al-Jaber Al-Sabah", "Amir")
    styled = extract(parse_article("date 2025-02-17\nABU DHABI, Feb 17. His Highness Sheikh Mohamed bin Zayed met "
                                   "President of Uzbekistan Shavkat Mirziyoyev.\n"))
    assert styled.participants[0].title is None  # a style without the article is no office
