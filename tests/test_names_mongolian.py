"""Mongolian names: Mongolian spelling (mn), the Russian/Kazakh rendering (ru, kk), and the press short form.

References: terminology.md §1.1 and §5.2 (MNS 5217:2012; ru «Ухнаагийн Хурэлсух», mn
«У.Хүрэлсүх», «Д.Амарбаясгалан»); the names of Mongolia's presidents and speakers as
simple.wikipedia.org "President of Mongolia" and sonin.mn/news/peconomy/22876 write them
(«Пунсалмаагийн Очирбат», «Нацагийн Багабанди», «Намбарын Энхбаяр», «Цахиагийн Элбэгдорж»);
«Л.Оюун-Эрдэнэ» vip76.mn/content/84469; «Г.Занданшатар» montsame.mn/jp/read/179266.
"""

from __future__ import annotations

import pytest

from briefing.names import mongolian, transliterate_name


@pytest.mark.parametrize(
    ("latin", "mn", "ru"),
    [
        ("Ukhnaagiin Khurelsukh", "Ухнаагийн Хүрэлсүх", "Ухнаагийн Хурэлсух"),
        ("Khürelsükh", "Хүрэлсүх", "Хурэлсух"),
        ("Dashzegviin Amarbayasgalan", "Дашзэгвийн Амарбаясгалан", "Дашзэгвийн Амарбаясгалан"),
        ("Luvsannamsrain Oyun-Erdene", "Лувсаннамсрайн Оюун-Эрдэнэ", "Лувсаннамсрайн Оюун-Эрдэнэ"),
        ("Gombojavyn Zandanshatar", "Гомбожавын Занданшатар", "Гомбожавын Занданшатар"),
        ("Tsakhiagiin Elbegdorj", "Цахиагийн Элбэгдорж", "Цахиагийн Элбэгдорж"),
        ("Khaltmaagiin Battulga", "Халтмаагийн Баттулга", "Халтмаагийн Баттулга"),
        ("Nambaryn Enkhbayar", "Намбарын Энхбаяр", "Намбарын Энхбаяр"),
        ("Punsalmaagiin Ochirbat", "Пунсалмаагийн Очирбат", "Пунсалмаагийн Очирбат"),
        ("Natsagiin Bagabandi", "Нацагийн Багабанди", "Нацагийн Багабанди"),
        ("Enkhtuvshin", "Энхтүвшин", "Энхтувшин"),
        ("Ulziisaikhan", "Өлзийсайхан", "Улзийсайхан"),  # terminology.md §5.2
        ("Tsogtbaatar", "Цогтбаатар", "Цогтбаатар"),
        ("Batmunkh", "Батмөнх", "Батмунх"),
        ("Munkh-Orgil", "Мөнх-Оргил", "Мунх-Оргил"),
        ("Narantsetseg", "Наранцэцэг", "Наранцэцэг"),
        ("Gankhuyag", "Ганхуяг", "Ганхуяг"),
        ("Javkhlan", "Жавхлан", "Жавхлан"),
        ("Tsend-Ayush", "Цэнд-Аюуш", "Цэнд-Аюуш"),
        ("Bayan-Ulgii", "Баян-Өлгий", "Баян-Улгий"),
        ("Khovd", "Ховд", "Ховд"),
        ("Khuvsgul", "Хөвсгөл", "Хувсгул"),
        ("Ulaanbaatar", "Улаанбаатар", "Улаанбаатар"),
    ],
)
def test_full_forms(latin: str, mn: str, ru: str) -> None:
    assert mongolian.for_language(latin, "mn") == mn
    assert mongolian.for_language(latin, "ru") == ru
    assert mongolian.for_language(latin, "kk") == ru


@pytest.mark.parametrize(
    ("latin", "short"),
    [
        ("Luvsannamsrain Oyun-Erdene", "Л.Оюун-Эрдэнэ"),
        ("L. Oyun-Erdene", "Л.Оюун-Эрдэнэ"),
        ("L.Oyun-Erdene", "Л.Оюун-Эрдэнэ"),
        ("Ukhnaagiin Khurelsukh", "У.Хүрэлсүх"),
        ("KHURELSUKH Ukhnaa", "У.Хүрэлсүх"),  # president.mn writes the given name in capitals
        ("Dashzegviin Amarbayasgalan", "Д.Амарбаясгалан"),
        ("Amarbayasgalan Dashzegve", "Д.Амарбаясгалан"),  # English order, no genitive
        ("Gombojavyn Zandanshatar", "Г.Занданшатар"),
        ("Ts. Elbegdorj", "Ц.Элбэгдорж"),
        ("Kh.Battulga", "Х.Баттулга"),
        ("Tsakhiagiin Elbegdorj", "Ц.Элбэгдорж"),
    ],
)
def test_press_short_form(latin: str, short: str) -> None:
    result = transliterate_name(latin, "mn", country="MN")
    assert (result.text, result.system) == (short, "mongolian")


def test_short_form_only_in_mongolian_and_only_for_people() -> None:
    assert transliterate_name("Luvsannamsrain Oyun-Erdene", "ru", country="MN").text == "Лувсаннамсрайн Оюун-Эрдэнэ"
    assert transliterate_name("Luvsannamsrain Oyun-Erdene", "mn", country="MN", press_form=False).text == "Лувсаннамсрайн Оюун-Эрдэнэ"
    assert mongolian.press_short_form("Khurelsukh") is None
    assert transliterate_name("Ulaanbaatar", "ru", kind="place").text == "Улан-Батор"
    assert transliterate_name("Ulaanbaatar", "kk", kind="place").text == "Ұлан-Батыр"


def test_elements_the_english_spelling_loses_are_restored_from_the_name_parts():
    # mn «УИХ-ын гишүүн асан Т.Аюурсайхан» (updown.mn/21785.html), «Жигжидсүрэнгийн Чинбүрэн» (parliament
    # records as a Mongolian reader cited them, language review 2026-11-28)
    from briefing.transliterate import transliterate_name

    assert transliterate_name("T.Ayursaikhan", "mn").text == "Т.Аюурсайхан"
    assert transliterate_name("J.Chinburen", "mn").text == "Ж.Чинбүрэн"


@pytest.mark.parametrize(("name", "ru", "kk"), [
    # the English order, given name then father's name: ru «Д. Энхбат» as the Russian MFA names Mongolians
    # («Министр иностранных дел Монголии Б.Батцэцэг»), kk glued as the Kazakh press writes them («Г.Занданшатар»);
    # never «Энхбат Дамдин», whose father's name Russian would decline as a surname (review 27)
    ("Enkhbat Damdin", "Д. Энхбат", "Д.Энхбат"),
    ("Dorjkhand Togmid", "Т. Доржханд", "Т.Доржханд"),
    ("KHURELSUKH Ukhnaa", "У. Хурэлсух", "У.Хурэлсух"),  # the capitalised word is the given name
    # a genitive patronymic first is the full traditional form, kept
    ("Gombojavyn Zandanshatar", "Гомбожавын Занданшатар", "Гомбожавын Занданшатар"),
])
def test_a_mongolian_in_russian_and_kazakh_is_named_by_initial_and_given_name(name: str, ru: str, kk: str) -> None:
    assert transliterate_name(name, "ru", country="MN", kind="person").text == ru
    assert transliterate_name(name, "kk", country="MN", kind="person").text == kk
