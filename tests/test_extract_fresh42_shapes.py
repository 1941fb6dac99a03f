"""Shapes first met on fresh42 (unseen articles), each written here as short synthetic sentences: an initialled
agreement, a wish to sign, 'an agreement to co-operate on …', a visit 'planned for' a year, an outlet's home
dateline over two other countries' event, list items that name only what their document is on."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.ingest import parse_article

LEAD = "ASTANA, March 3 (Kazinform) - Prime Minister Olzhas Bektenov met with Prime Minister Adylbek Kasymaliev. "


def _facts(text: str, lead: str = LEAD):
    return extract(parse_article(lead + text))


def test_an_initialled_agreement_is_not_signed_yet() -> None:
    facts = _facts("The sides also initialled an agreement on the activities of the agency.")
    assert facts.documents_signed == []
    [document] = facts.documents_referenced
    assert document.title == "agreement on the activities of the agency" and document.status == "initialled"


# a wish, a readiness or a judged need to sign signs nothing: the document is still to come
@pytest.mark.parametrize("sentence", [
    *(f"The minister {wish} a memorandum on environmental protection during his visit to Aktau."
      for wish in ("expressed interest in signing", "confirmed readiness to sign", "voiced the intention to sign")),
    *(f"In particular, {wish} the Strategy for the development of regional cooperation."
      for wish in ("we believe it is important to sign", "it is time to sign", "the sides are ready to sign")),
])
def test_a_wish_to_sign_signs_nothing(sentence: str) -> None:
    facts = _facts(sentence)
    assert facts.documents_signed == []
    assert [d.status for d in facts.documents_referenced] == ["to be signed"]


def test_an_agreement_to_co_operate_keeps_what_it_is_on() -> None:
    facts = _facts("Kazakhstan and Kyrgyzstan signed an agreement to co-operate on government modernisation, "
                   "with a focus on ten sectors.")
    assert [d.title for d in facts.documents_signed] == ["agreement to co-operate on government modernisation"]


@pytest.mark.parametrize("sentence, phrase, when", [
    ("They also exchanged views on the high-level visit planned for 2027 and cooperation in the region.",
     "the high-level visit planned for 2027", "2027"),
    ("They discussed the visit of the Prime Minister slated for next year.",
     "the visit of the Prime Minister slated for next year", None),
])
def test_an_event_planned_for_a_time_is_a_plan(sentence: str, phrase: str, when: str | None) -> None:
    [event] = _facts(sentence).planned_events
    assert (event.kind, event.text, event.when) == ("visit", phrase, when)


def test_an_outlets_home_dateline_over_two_other_countries_is_no_place() -> None:
    facts = _facts("President Shavkat Mirziyoyev of Uzbekistan and President Recep Tayyip Erdogan of Turkiye "
                   "signed a joint statement.", lead="BAKU, Azerbaijan, January 29 (Trend) - ")
    assert facts.location.city is None and "AZ" not in facts.countries


def test_a_correspondent_abroad_files_from_the_event() -> None:
    facts = _facts("Prime Minister Fumio Kishida of Japan met with President Ukhnaagiin Khurelsukh of Mongolia.",
                   lead="NEW YORK, Sept 20 (Jiji Press) - ")
    assert facts.location.city == "New York"


ITEMISED = """ASTANA, May 5 (Kazinform) - President Kassym-Jomart Tokayev and President Shavkat Mirziyoyev held talks.

Following the talks, a package of bilateral documents was signed, covering a wide range of areas of the partnership, including:

– Agreements on cooperation in tourism, sport and veterinary medicine;

– on customs cooperation;

– on interaction between the Ministry of Energy of Kazakhstan and the Ministry of Energy of Uzbekistan;

– A Youth Exchange Plan for 2026–2027," the press service says.
"""


def test_list_items_that_name_only_their_subject_take_the_kind_above() -> None:
    titles = [d.title for d in extract(parse_article(ITEMISED)).documents_signed]
    assert "agreement on customs cooperation" in titles
    assert "agreement on interaction between the Ministry of Energy of Kazakhstan and the Ministry of Energy of " \
           "Uzbekistan" in titles
    assert "Youth Exchange Plan for 2026–2027" in titles  # the closing quote and its attribution are no part of it
    assert "documents" not in titles  # "a wide range of areas" names no field to split the package by
    # an item of the list is one entry as the source lists it, not one agreement per field
    assert titles.count("Agreements on cooperation in tourism, sport and veterinary medicine") == 1
    assert "agreements on cooperation" not in titles


def test_the_briefings_say_initialled_in_each_language(tmp_path) -> None:
    from docx import Document

    from briefing.pipeline import Settings, generate

    article = tmp_path / "a.txt"
    article.write_text(LEAD + "The sides also initialled an agreement on the activities of the agency.\n", encoding="utf-8")
    generate(article, ["ru", "kk", "mn"], tmp_path / "out", Settings(translator="none", quiet=True))
    said = {"ru": "парафирование состоялось, подписание предстоит", "kk": "парафталды, қол қою алда",
            "mn": "парафласан, гарын үсэг хараахан зураагүй"}
    for lang, words in said.items():
        [path] = (tmp_path / "out").glob(f"*.{lang}.docx")
        text = "\n".join(p.text for p in Document(str(path)).paragraphs)
        assert words in text, lang
        assert "initial" not in text.lower()


def test_academician_is_a_style_not_a_name() -> None:
    facts = _facts("As Academician Ahliman Amiraslanov then noted, the bonds between the peoples are strong.")
    assert "Ahliman Amiraslanov" in [p.name for p in facts.participants + facts.mentioned_people]


def test_a_name_in_its_own_quotation_marks_is_no_person() -> None:
    facts = _facts('"We admire your experience. This is the project "Our Village", which gave an impetus to the '
                   'regions," said Bektenov.')
    assert "Our Village" not in [p.name for p in facts.participants + facts.mentioned_people]


def test_a_works_title_in_quotation_marks_is_no_quote() -> None:
    facts = _facts("Deputy Gleb Shegelsky handed over the Manifesto \u201cThe World. The 21st Century\u201d to the minister.")
    assert facts.quotes == []


def test_a_body_named_after_its_treaty_is_no_document() -> None:
    facts = _facts("The ministers signed a cooperation plan. They discussed cooperation within the Commonwealth of "
                   "Independent States, the Eurasian Economic Union, and the Collective Security Treaty Organization.")
    assert [d.title for d in facts.documents_signed] == ["cooperation plan"]


def test_a_headline_names_the_house_the_meeting_was_in() -> None:
    facts = extract(parse_article("A meeting with the Ambassador of Japan at Milli Majlis\n\nChairman of the committee "
                                  "Ali Huseynli met on 30 June with the Ambassador of Japan Wataru Kamei, who leaves "
                                  "for his visit to Japan next week.\n"))
    assert facts.location.country == "AZ"


def _place(article: str) -> tuple[str | None, str | None]:
    """Where the event of ``article`` (its whole text) took place: (city, country)."""
    location = extract(parse_article(article)).location
    return location.city, location.country


def test_a_town_named_with_its_country_where_the_meeting_took_place() -> None:
    assert _place("The heads of three regions signed a cooperation agreement, the press service said.\n\n"
                  "The meeting of Abdikarim Alimbayev, the governor of Batken, and Khayrullo Bozorov, "
                  "the governor of Fergana region, took place in Guliston, Tajikistan.\n") == ("Guliston", "TJ")


def test_one_plural_office_over_three_countries_is_each_ones_own() -> None:
    facts = extract(parse_article("ANKARA, Jan 6 (Anadolu) - President Recep Tayyip Erdogan held phone talks with the "
                                  "Presidents of Azerbaijan, Kyrgyzstan and Uzbekistan Ilham Aliyev, Sadyr Japarov and "
                                  "Shavkat Mirziyoyev."))
    assert [(p.title, p.country) for p in facts.participants[1:]] == [
        ("President of Azerbaijan", "AZ"), ("President of Kyrgyzstan", "KG"), ("President of Uzbekistan", "UZ")]


def test_his_oncoming_visit_is_a_plan_but_a_cancelled_one_is_not() -> None:
    facts = _facts("The minister expressed interest in signing a memorandum during his oncoming visit to Aktau.")
    assert [(e.kind, e.place) for e in facts.planned_events] == [("visit", "Aktau")]
    facts = _facts("The minister explained that he canceled his planned visit to Aktau because of the floods.")
    assert facts.planned_events == []


@pytest.mark.parametrize("between, parties", [
    ("the Ministries of Foreign Affairs", ["Ministry of Foreign Affairs of Kazakhstan", "Ministry of Foreign Affairs of Kyrgyzstan"]),
    ("the Secretariats of the Security Councils", ["Secretariat of the Security Council of Kazakhstan",
                                                   "Secretariat of the Security Council of Kyrgyzstan"]),
    ("National News Agencies", ["National News Agency of Kazakhstan", "National News Agency of Kyrgyzstan"]),
])
def test_a_plural_body_between_the_two_sides_is_each_sides_own(between: str, parties: list[str]) -> None:
    facts = _facts(f"The sides signed a Cooperation Program between {between} for 2026-2027.",
                   lead="ASTANA, March 3 (Kazinform) - Kazakh Prime Minister Olzhas Bektenov met with Kyrgyz Prime "
                        "Minister Adylbek Kasymaliev. ")
    assert [d.parties for d in facts.documents_signed] == [parties]


def test_an_agency_after_the_date_in_a_capitals_dateline() -> None:
    facts = extract(parse_article("YEREVAN, MARCH 28, ARMENPRESS. On March 28, Speaker of Parliament of Armenia Alen "
                                  "Simonyan met with Speaker Talant Mamytov.\n"))
    assert facts.source_agency == "ARMENPRESS"
    assert (facts.location.city, facts.event_date_partial) == ("Yerevan", "--03-28")


def test_a_headline_of_two_countries_is_no_dateline() -> None:
    facts = extract(parse_article("Uzbekistan, UAE enhance cooperation\n\nABU-DHABI, January 28. /Dunyo IA/. On January "
                                  "25, Ambassador Bakhtiyor Ibragimov met with Speaker Saqr Ghobash.\n"))
    assert facts.source_agency != "UAE"


@pytest.mark.parametrize("credit, outlet", [("UzA", "UzA"), ("AKIpress", "AKIpress"), ("Source: Kabar", "Kabar")])
def test_the_outlet_credited_on_the_last_line(credit: str, outlet: str) -> None:
    facts = extract(parse_article("Tanzila Narbayeva meets with Li Zhanshu\n\nChairperson of the Senate Tanzila "
                                  f"Narbayeva held an online meeting with Li Zhanshu.\n\n{credit}\n"))
    assert facts.source_agency == outlet


def test_talks_reported_after_they_ended_are_over_though_the_visit_goes_on() -> None:
    facts = extract(parse_article("BISHKEK, July 18 (Kabar) - In the near future, KOICA intends to launch four projects in "
                                  "Kyrgyzstan, Prime Minister Mukhammedkalyi Abylgaziev said following talks with South "
                                  "Korean Prime Minister Lee Nak-yon, who is on an official visit in Bishkek.\n"))
    assert (facts.event_type, facts.event_status) == ("talks", None)


def test_the_people_of_a_meeting_each_with_the_office_after_the_name() -> None:
    facts = extract(parse_article("The heads of three regions signed a cooperation agreement.\n\nThe meeting of Abdikarim "
                                  "Alimbayev, the plenipotentiary representative of the President of Kyrgyzstan in Batken, "
                                  "Rajabboy Ahmadzoda, the head of Sughd region of Tajikistan, and Khayrullo Bozorov, the "
                                  "governor of Fergana region in Uzbekistan, took place in Guliston, Tajikistan.\n"))
    assert [(p.name, p.country) for p in facts.participants] == [
        ("Abdikarim Alimbayev", "KG"), ("Rajabboy Ahmadzoda", "TJ"), ("Khayrullo Bozorov", "UZ")]
    assert facts.participants[1].title == "head of Sughd region of Tajikistan"


def test_an_ambassador_meets_a_minister_of_this_country_in_that_country() -> None:
    facts = extract(parse_article("ASTANA. KAZINFORM Ambassador of Kazakhstan to the State of Qatar Askar Shokybayev has "
                                  "met with Minister of Environment of this country Ahmad Al-Hemaidi. Shokybayev told the "
                                  "Qatari side about holding a conference of the organization in Astana in the first half "
                                  "of 2016. The minister expressed interest in signing a memorandum during his oncoming "
                                  "visit to Aktau.\n"))
    assert (facts.location.city, facts.location.country) == (None, "QA")
    assert [(p.title, p.country) for p in facts.participants][1] == ("Minister of Environment", "QA")


def test_who_signs_a_document_at_the_event_takes_part_in_it() -> None:
    facts = extract(parse_article("ISLAMABAD, May 14 (Kazinform) - Kazinform and the Associated Press of Pakistan signed a "
                                  "Memorandum of Cooperation at the conference of news agencies. The signatures were put "
                                  "by General Director of Kazinform, Askar Umarov, and Managing Director of APP, Masood "
                                  "Malik.\n"))
    assert {"Askar Umarov", "Masood Malik"} <= {p.name for p in facts.participants}
    assert facts.documents_signed[0].signatories == ["Askar Umarov", "Masood Malik"]


def test_consultations_held_earlier_in_the_day_are_the_event() -> None:
    facts = extract(parse_article("TASHKENT (Sputnik) - Uzbekistan is ready to intensify dialogue with Russia, the Uzbek "
                                  "Foreign Ministry said on Monday. Earlier in the day, Russian Deputy Foreign Minister "
                                  "Mikhail Galuzin and his Uzbek counterpart Bakhrom Aloev held inter-ministerial "
                                  "consultations via videoconference."))
    assert (facts.event_type, facts.format) == ("talks", "video")
    assert [p.name for p in facts.participants] == ["Mikhail Galuzin", "Bakhrom Aloev"]


@pytest.mark.parametrize("opening", ["Uzbek-Hungarian", "Hungarian-Uzbek"])
def test_a_town_the_text_calls_a_city_is_the_place(opening: str) -> None:
    assert _place(f"Tashkent, Uzbekistan (UzDaily.com) — On 17 October, the first {opening} interregional forum was "
                  "held in the city of Qoqand.\n") == ("Qoqand", "UZ")


def test_a_meeting_told_as_of_another_month_is_not_where_this_one_was() -> None:
    city, _country = _place("TASHKENT, Uzbekistan, September 25. Uzbekistan and Slovakia signed an agreement on economic "
                            "cooperation, TurkicWorld reports. In March, Bakhtiyor Saidov met with Juraj Blanar within "
                            "the framework of the Diplomatic Forum in Antalya.\n")
    assert city != "Antalya"


def test_the_date_of_a_summit_one_is_invited_to_is_not_the_events() -> None:
    facts = extract(parse_article("RIYADH: King Salman has received an invitation from President Nursultan Nazarbayev to "
                                  "participate in the first Summit on science and technology in Astana on Sept. 10 and 11.\n\n"
                                  "Foreign Minister Kairat Abdrakhmanov delivered the invitation during a meeting with the "
                                  "king at Al-Yamamah Palace on Wednesday.\n"))
    assert facts.event_date is None and facts.event_date_partial is None


def test_he_after_a_quote_attributed_by_name_is_that_speaker_not_the_last_name() -> None:
    facts = extract(parse_article("ISTANBUL (AA) - Kazakhstan and Turkmenistan signed 20 documents during President "
                                  "Kassym-Jomart Tokayev's visit, after talks with President Serdar Berdimuhamedow.\n"
                                  "\u201cTurkmenistan is a very close country to us,\u201d Tokayev was quoted as saying "
                                  "during a meeting with Berdimuhamedow.\nHe said Kazakhstan respects Turkmenistan's "
                                  "neutrality.\n\u201cWe are ready to closely interact with each other,\u201d he added.\n"))
    assert [q.speaker for q in facts.quotes] == ["Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"]
