"""A planned signing names what is to be signed, in every language (the signing alone read «подписание документов»)."""

from __future__ import annotations

from conftest import briefing_text

_THREE_SIDES = ("date 2025-03-13\nBISHKEK, March 13. President Sadyr Japarov met President Emomali Rahmon. The "
                "presidents agreed to soon conclude an agreement between the Republic of Tajikistan, the Kyrgyz Republic "
                "and the Republic of Uzbekistan on the state borders junction point.")


def test_a_planned_signing_names_its_document_and_not_its_sides_twice(tmp_path) -> None:
    ru, kk, mn, en = (briefing_text(tmp_path, _THREE_SIDES, lang) for lang in ("ru", "kk", "mn", "en"))
    assert ("Запланировано подписание соглашения между Республикой Таджикистан, Кыргызской Республикой и Республикой "
            "Узбекистан о точке стыка государственных границ") in ru
    planned = next(line for line in ru.split("\n") if line.startswith("Запланировано подписание"))
    assert "о точке стыка государственных границ‡ между" not in planned  # the sides once, before the subject
    assert ("Тәжікстан Республикасы, Қырғыз Республикасы және Өзбекстан Республикасы арасындағы мемлекеттік "
            "шекаралардың түйісу нүктесі туралы келісімге‡ қол қою рәсімі өтеді") in kk
    assert "уулзвар цэгийн тухай хэлэлцээрт‡ гарын үсэг зурах ёслол болно" in mn
    assert "The agreement between the Republic of Tajikistan" in en and "is to be signed" in en


def test_a_signing_one_state_plans_says_that_state_signs(tmp_path) -> None:
    article = ("date 2025-03-13\nBISHKEK, March 13. President Sadyr Japarov met President Emomali Rahmon. Kyrgyzstan "
               "will sign an agreement on the state border with Uzbekistan.")
    en = briefing_text(tmp_path, article, "en")
    ru = briefing_text(tmp_path, article, "ru")
    assert "Kyrgyzstan is to sign the agreement on the state border" in en
    assert "Запланировано подписание соглашения о государственной границе" in ru and "с участием Кыргызстана" in ru
