"""Chinese names and places by the Palladius system (ru, kk) and the Mongolian press letters (mn).

Syllables: ru.wikipedia.org «Система Палладия» (table «Перевод пиньиня в систему Палладия», also
https://studfile.net/preview/3067621) and https://orthodox.cn/localchurch/pinyin-pallad_en.htm.
Names as the Russian Wikipedia titles them; Mongolian forms as seen in the Mongolian press
(sources in briefing/names/palladius.py).
"""

from __future__ import annotations

import pytest

from briefing.names import palladius, transliterate_name


@pytest.mark.parametrize(
    ("pinyin", "cyrillic"),
    [
        ("ba", "ба"), ("bai", "бай"), ("bian", "бянь"), ("bie", "бе"), ("ce", "цэ"), ("ci", "цы"), ("chi", "чи"),
        ("chuo", "чо"), ("de", "дэ"), ("diu", "дю"), ("duo", "до"), ("e", "э"), ("er", "эр"), ("feng", "фэн"),
        ("guo", "го"), ("hui", "хуэй"), ("ji", "цзи"), ("jiong", "цзюн"), ("ju", "цзюй"), ("juan", "цзюань"),
        ("jue", "цзюэ"), ("kuo", "ко"), ("lü", "люй"), ("lüe", "люэ"), ("qu", "цюй"), ("ri", "жи"), ("si", "сы"),
        ("xiong", "сюн"), ("xun", "сюнь"), ("yi", "и"), ("you", "ю"), ("yue", "юэ"), ("wei", "вэй"), ("weng", "вэн"),
        ("zhi", "чжи"), ("zi", "цзы"), ("zhuo", "чжо"), ("ruan", "жуань"),
    ],
)
def test_syllable_table(pinyin: str, cyrillic: str) -> None:
    assert palladius.syllables()[pinyin] == cyrillic


def test_table_is_complete() -> None:
    assert len(palladius.syllables()) == 411


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Xi Jinping", "Си Цзиньпин"),
        ("Li Qiang", "Ли Цян"),
        ("Wang Yi", "Ван И"),
        ("Hu Jintao", "Ху Цзиньтао"),
        ("Mao Zedong", "Мао Цзэдун"),
        ("Zhou Enlai", "Чжоу Эньлай"),
        ("Deng Xiaoping", "Дэн Сяопин"),
        ("Li Keqiang", "Ли Кэцян"),
        ("Wen Jiabao", "Вэнь Цзябао"),
        ("Zhao Leji", "Чжао Лэцзи"),
        ("Wang Huning", "Ван Хунин"),
        ("Cai Qi", "Цай Ци"),
        ("Ding Xuexiang", "Дин Сюэсян"),
        ("Han Zheng", "Хань Чжэн"),
        ("Qin Gang", "Цинь Ган"),
        ("Yang Jiechi", "Ян Цзечи"),
        ("He Lifeng", "Хэ Лифэн"),
        ("Zhang Hanhui", "Чжан Ханьхуэй"),
        ("Liu He", "Лю Хэ"),
        ("Xie Feng", "Се Фэн"),
        ("Zhang Xiao", "Чжан Сяо"),  # ambassador in Astana (zakon.kz: «Чжан Сяо»)
    ],
)
def test_people(latin: str, cyrillic: str) -> None:
    result = transliterate_name(latin, "ru")
    assert (result.text, result.system, result.origin) == (cyrillic, "palladius", "zh")


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Guangzhou", "Гуанчжоу"), ("Shenzhen", "Шэньчжэнь"), ("Chengdu", "Чэнду"), ("Chongqing", "Чунцин"),
        ("Hangzhou", "Ханчжоу"), ("Tianjin", "Тяньцзинь"), ("Lanzhou", "Ланьчжоу"), ("Kunming", "Куньмин"),
        ("Qingdao", "Циндао"), ("Wuhan", "Ухань"), ("Dalian", "Далянь"), ("Shijiazhuang", "Шицзячжуан"),
        ("Xi'an", "Сиань"), ("Chang'an", "Чанъань"), ("Xian", "Сянь"),
    ],
)
def test_places(latin: str, cyrillic: str) -> None:
    assert transliterate_name(latin, "ru", country="CN", kind="place").text == cyrillic


def test_exonyms_come_from_data() -> None:
    assert transliterate_name("Beijing", "ru", kind="place").text == "Пекин"
    assert transliterate_name("Beijing", "kk", kind="place").text == "Бейжің"
    assert transliterate_name("Beijing", "mn", kind="place").text == "Бээжин"
    assert transliterate_name("Beijing", "ru", kind="place").system == "exonym"
    assert transliterate_name("Harbin", "ru", kind="place").text == "Харбин"


def test_kazakh_follows_the_russian_forms() -> None:
    # baq.kz 2025-08-31: «Тяньцзинь», «Си мырза»
    assert transliterate_name("Xi Jinping", "kk").text == "Си Цзиньпин"
    assert transliterate_name("Tianjin", "kk", country="CN", kind="place").text == "Тяньцзинь"


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Xi Jinping", "Ши Жиньпин"),  # sonin.mn, assa.mn
        ("Li Qiang", "Ли Чян"),
        ("Wang Yi", "Ван И"),  # vip76.mn
        ("Qin Gang", "Чинь Ган"),  # polit.mn
        ("Chen Zhenggao", "Чэнь Жэнгао"),  # news.mn
        ("Xing Haiming", "Шин Хаймин"),
        ("Chai Wenrui", "Чай Вэньруй"),  # ugluu.mn
        ("Wang Yang", "Ван Ян"),  # news.mn
    ],
)
def test_mongolian_press(latin: str, cyrillic: str) -> None:
    result = transliterate_name(latin, "mn", country="CN")
    assert (result.text, result.system) == (cyrillic, "chinese-mn")


def test_segmentation() -> None:
    assert palladius.segment("Jinping") == ["jin", "ping"]
    assert palladius.segment("Xi'an") == ["xi", "an"]
    assert palladius.segment("Changan") == ["chan", "gan"]  # without the apostrophe pinyin reads chan-gan
    assert palladius.segment("Nurlan") is None
    assert palladius.segment("Lǚ") == ["lü"]  # tone marks are ignored
