"""English names by the Russian practical transcription of English (Д. И. Ермолович, «Имена собственные на стыке
языков и культур», 2001; Гиляревский–Старостин's English table), and English women's names left undeclined."""

from __future__ import annotations

import pytest

from briefing.grammar import ru
from briefing.names import english
from briefing.names.origin import detect_origin
from briefing.names.transliteration import transliterate_name


@pytest.mark.parametrize(("latin", "russian"), [
    ("John Smith", "Джон Смит"),  # never «Жохн»: j дж, a silent h
    ("Jennifer Zimdahl Galt", "Дженнифер Зимдал Галт"),  # j дж; h after a vowel is silent
    ("Lindsay Hoyle", "Линдси Хойл"),  # a silent final e
    ("Antony Blinken", "Энтони Блинкен"),
    ("Jake Sullivan", "Джейк Салливан"),
    ("Lloyd Austin", "Ллойд Остин"),  # au о
    ("Gordon Brown", "Гордон Браун"),  # ow ау
    ("Keir Starmer", "Кир Стармер"),
    ("Boris Johnson", "Борис Джонсон"),
    ("Blake", "Блейк"), ("White", "Уайт"), ("Stone", "Стоун"),  # the final e lengthens the vowel
    ("Hunt", "Хант"), ("Wright", "Райт"), ("Knight", "Найт"), ("Young", "Янг"), ("Wood", "Вуд"),
    ("Powell", "Пауэлл"), ("Kennedy", "Кеннеди"), ("Jackson", "Джексон"), ("Thompson", "Томпсон"),
])
def test_english_names_in_russian(latin: str, russian: str) -> None:
    assert english.transliterate(latin, "ru") == russian


def test_mongolian_writes_zh_for_dzh_and_kazakh_as_russian() -> None:
    assert english.transliterate("John Smith", "mn") == "Жон Смит"
    assert english.transliterate("John Smith", "kk") == "Джон Смит"


def test_the_origin_is_english_by_given_name_or_country_unless_the_shape_says_otherwise() -> None:
    assert detect_origin("Jennifer Galt") == "en"
    assert detect_origin("Lesslie Viguerie", "US") == "en"
    assert detect_origin("Li Wei", "US") == "zh"
    assert transliterate_name("John Kirby", "ru").text == "Джон Кирби"


@pytest.mark.parametrize(("name", "case", "expected"), [
    ("Дженнифер Зимдал Галт", "ins", "Дженнифер Зимдал Галт"),  # a woman's name in a consonant: undeclined
    ("Джон Смит", "ins", "Джоном Смитом"),
    ("Линдси Хойл", "gen", "Линдси Хойла"),
])
def test_english_women_s_names_stay_undeclined(name: str, case: str, expected: str) -> None:
    assert ru.inflect(name, case, "person") == expected
