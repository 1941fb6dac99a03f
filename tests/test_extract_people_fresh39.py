"""People first met on the fresh39 batch: an office written after the name of its body, which has 'and' or 'of' in
it ("Chamber of Commerce and Industry President"), composed in each language. Short synthetic sentences."""

from __future__ import annotations

from briefing.compose import compose
from briefing.extract import extract
from briefing.ingest import parse_article


def _titles(text: str) -> dict[str, str | None]:
    facts = extract(parse_article("date 2024-05-10\nBISHKEK, May 10. " + text))
    return {p.name: p.title for p in facts.participants}


def test_and_and_of_inside_the_name_of_the_body_before_the_office():
    titles = _titles("The memorandum was signed by Azerbaijani Small and Medium Business Development Agency Board "
                     "Chairman Anar Aliyev with the Kyrgyz Chamber of Commerce and Industry President Bolot Asanov.")
    assert titles == {"Anar Aliyev": "Azerbaijani Small and Medium Business Development Agency Board Chairman",
                      "Bolot Asanov": "Kyrgyz Chamber of Commerce and Industry President"}


def test_two_sides_or_an_office_after_and_stay_apart():
    titles = _titles("Kazakhstani and Korean Foreign Ministers Murat Nurtleu and Park Jin met in Bishkek. The talks "
                     "between Russia and President Sadyr Japarov's team went on.")
    assert "Kazakhstani and" not in (titles.get("Murat Nurtleu") or "")
    assert "Russia" not in (titles.get("Sadyr Japarov") or "")


def test_an_office_after_its_body_is_composed_as_the_office_of_that_body():
    assert [compose("Kyrgyz Chamber of Commerce and Industry President", lang, "title") for lang in ("ru", "kk")] == [
        "президент Торгово-промышленной палаты Кыргызстана", "Қырғызстан Сауда-өнеркәсіп палатасының президенті"]
