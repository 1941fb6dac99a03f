"""Korean names and places by the Kontsevich system (ru, kk) and the Mongolian press variant (mn).

Tables: ru.wikipedia.org «Система Концевича» (mirror nado.znate.ru) and the medial-consonant table
of ko.wikipedia.org «콘체비치 체계». Names as the Russian Wikipedia and the Russian MID write
them (syllables apart: «Мун Чжэ Ин»); the four examples of issue #8 first.
"""

from __future__ import annotations

import pytest

from briefing.names import kontsevich, transliterate_name


@pytest.mark.parametrize(
    ("hangul", "cyrillic"),
    [
        ("한국", "Хангук"),
        ("서울", "Соуль"),
        ("김치", "Кимчхи"),
        ("대한민국", "Тэханмингук"),
        ("부산", "Пусан"),
        ("평양", "Пхёнъян"),  # нъ before a vowel
        ("인천", "Инчхон"),
        ("제주", "Чеджу"),
        ("광주", "Кванджу"),
        ("대구", "Тэгу"),
        ("신라", "Силла"),  # н + р → лл
        ("종로", "Чонно"),  # нъ + р → нн
        ("백록", "Пэннок"),  # к + р → нн
        ("독립", "Тоннип"),  # к + р → нн
        ("합니다", "Хамнида"),  # п + н → мн
        ("의사", "Ыйса"),
        ("계산", "Кесан"),  # ㅖ after a consonant
    ],
)
def test_hangul_words(hangul: str, cyrillic: str) -> None:
    assert kontsevich.transliterate_place(hangul) == cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Park Jin", "Пак Чин"),
        ("Hong Beom-do", "Хон Бом До"),
        ("Yoon Suk-yeol", "Юн Сок Ёль"),
        ("Kim Boo-kyum", "Ким Бу Гём"),
        ("Moon Jae-in", "Мун Чжэ Ин"),
        ("Lee Jae-myung", "Ли Чжэ Мён"),
        ("Ban Ki-moon", "Пан Ги Мун"),
        ("Park Geun-hye", "Пак Кын Хе"),
        ("Lee Myung-bak", "Ли Мён Бак"),
        ("Roh Moo-hyun", "Но Му Хён"),
        ("Kim Young-sam", "Ким Ён Сам"),
        ("Chun Doo-hwan", "Чон Ду Хван"),
        ("Han Duck-soo", "Хан Док Су"),
        ("Choi Sang-mok", "Чхве Сан Мок"),
        ("Chung Eui-yong", "Чон Ый Ён"),
        ("Cho Kuk", "Чо Гук"),
        ("Park Chung-hee", "Пак Чон Хи"),
        ("Kim Jung-sook", "Ким Чжон Сук"),
        ("Cho Tae-yul", "Чо Тхэ Ёль"),
        ("Yoon Suk Yeol", "Юн Сок Ёль"),
        ("YOON Suk-yeol", "ЮН Сок Ёль"),
        ("김대중", "Ким Дэ Чжун"),
        ("Kang Kyung-wha", "Кан Гён Хва"),  # the old spelling wha = hwa (화); KBS World in Russian (review 28)
        ("Chung Sye-kyun", "Чон Се Гюн"),  # 정세균: a kyun is 균 (the Russian Wikipedia article's title «Чон Се Гюн»,
        # mirrored at perceptiopt.com; review 30), unlike the Hyun of 현
    ],
)
def test_people(latin: str, cyrillic: str) -> None:
    result = transliterate_name(latin, "ru")
    assert (result.text, result.system, result.origin) == (cyrillic, "kontsevich", "ko")


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Busan", "Пусан"), ("Incheon", "Инчхон"), ("Daegu", "Тэгу"), ("Gwangju", "Кванджу"), ("Ulsan", "Ульсан"),
        ("Jeju", "Чеджу"), ("Suwon", "Сувон"), ("Changwon", "Чханвон"), ("Sejong", "Седжон"), ("Gyeongju", "Кёнджу"),
        ("Pyeongchang", "Пхёнчхан"), ("Gangwon", "Канвон"), ("Gangnam", "Каннам"), ("Uijeongbu", "Ыйджонбу"),
        ("Yeosu", "Ёсу"), ("Mokpo", "Мокпхо"), ("Jeonju", "Чонджу"), ("Cheongju", "Чхонджу"), ("Andong", "Андон"),
        ("Chuncheon", "Чхунчхон"), ("Daejeon", "Тэджон"), ("Pohang", "Пхохан"),
    ],
)
def test_places(latin: str, cyrillic: str) -> None:
    result = transliterate_name(latin, "ru", country="KR", kind="place")
    assert (result.text, result.system) == (cyrillic, "kontsevich")


def test_exonyms_and_north_korean_tradition() -> None:
    assert transliterate_name("Seoul", "ru", kind="place").text == "Сеул"
    assert transliterate_name("Seoul", "mn", kind="place").text == "Сөүл"  # undesten.mn
    assert transliterate_name("Pyongyang", "ru", kind="place").text == "Пхеньян"
    assert transliterate_name("Kim Jong Un", "ru").text == "Ким Чен Ын"


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Yoon Suk-yeol", "Юн Сок Ёл"),  # ub.life, gnn.mn
        ("Kim Yong-hyun", "Ким Ён Хён"),  # imedee.mn
        ("Moon Jae-in", "Мун Жэ Ин"),
        ("Park Jin", "Пак Жин"),  # a given name's ㅈ is ж where Russian writes «Пак Чин» (the reader of review 44)
        ("Cho Tae-yul", "Чо Тхэ Ёл"),  # the surname keeps its traditional form
    ],
)
def test_mongolian_press(latin: str, cyrillic: str) -> None:
    result = transliterate_name(latin, "mn", country="KR")
    assert (result.text, result.system) == (cyrillic, "korean-mn")


def test_reading_romanizations() -> None:
    assert [kontsevich.compose(s) for s in kontsevich.read_romanized("Jaein") or []] == ["재", "인"]
    assert [kontsevich.compose(s) for s in kontsevich.read_romanized("Busan") or []] == ["부", "산"]
    assert [kontsevich.compose(s) for s in kontsevich.read_romanized("Changwon") or []] == ["창", "원"]
    assert kontsevich.read_romanized("Zhumangarin") is None
