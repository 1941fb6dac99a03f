"""Russian (and Ukrainian) names in English spelling → Russian Cyrillic.

Rules: en.wikipedia.org "BGN/PCGN romanization of Russian" read backwards; forms as the Russian
Wikipedia titles the people (Дмитрий Песков, Мария Захарова, Владимир Зеленский, Андрей Сибига).
"""

from __future__ import annotations

import pytest

from briefing.names import transliterate_name


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Dmitry", "Дмитрий"),
        ("Dmitry Peskov", "Дмитрий Песков"),
        ("Sergey Lavrov", "Сергей Лавров"),
        ("Sergei Shoigu", "Сергей Шойгу"),
        ("Maria Zakharova", "Мария Захарова"),
        ("Vladimir Putin", "Владимир Путин"),
        ("Mikhail Mishustin", "Михаил Мишустин"),
        ("Valentina Matviyenko", "Валентина Матвиенко"),
        ("Vyacheslav Volodin", "Вячеслав Володин"),
        ("Andrei Rudenko", "Андрей Руденко"),
        ("Alexei Overchuk", "Алексей Оверчук"),
        ("Yury Ushakov", "Юрий Ушаков"),
        ("Georgy Borisenko", "Георгий Борисенко"),
        ("Pyotr Tolstoy", "Пётр Толстой"),
        ("Fyodor Dostoevsky", "Фёдор Достоевский"),
        ("Olga Lyubimova", "Ольга Любимова"),
        ("Sergey Ryabkov", "Сергей Рябков"),
        ("Konstantin Kosachev", "Константин Косачев"),
        ("Grigory Karasin", "Григорий Карасин"),
        ("Sergey Donskoy", "Сергей Донской"),
        ("Yelena Yampolskaya", "Елена Ямпольская"),
        ("Vladimir Solovyov", "Владимир Соловьёв"),
    ],
)
def test_russian(latin: str, cyrillic: str) -> None:
    result = transliterate_name(latin, "ru", country="RU")
    assert (result.text, result.system) == (cyrillic, "russian")


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Volodymyr Zelenskyy", "Владимир Зеленский"),
        ("Andrii Sybiha", "Андрей Сибига"),
        ("Yuliia Svyrydenko", "Юлия Свириденко"),
        ("Ruslan Stefanchuk", "Руслан Стефанчук"),
    ],
)
def test_ukrainian_names_in_the_russian_press_form(latin: str, cyrillic: str) -> None:
    assert transliterate_name(latin, "ru", country="UA").text == cyrillic


def test_kazakh_and_mongolian_texts_write_russian_names_the_russian_way() -> None:
    assert transliterate_name("Sergey Lavrov", "kk", country="RU").text == "Сергей Лавров"
    assert transliterate_name("Sergey Lavrov", "mn", country="RU").text == "Сергей Лавров"  # vip76.mn
