"""Extraction: the seed article exactly, odd text, unmarked quotes, dates, and the JSON round trip."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from briefing.extract import explain, extract
from briefing.ingest import parse_article, read_article
from briefing.models import Facts

from conftest import SEED


@pytest.fixture(scope="module")
def seed():
    article = read_article(SEED)
    return article, extract(article)


def _people(persons):
    return {p.name: (p.title, p.country) for p in persons}


def test_seed_event(seed):
    _, facts = seed
    assert facts.event_date == dt.date(2025, 9, 4)
    assert facts.event_date_partial is None
    assert facts.article_date == dt.date(2025, 9, 4)
    assert (facts.location.city, facts.location.country) == ("Astana", "KZ")
    assert facts.event_type == "signing"
    assert facts.event_status is None
    assert facts.source_agency == "Trend"
    assert facts.headline is None
    assert facts.countries == ["KZ", "MN"]
    assert facts.warnings == []


def test_seed_people(seed):
    _, facts = seed
    assert _people(facts.participants) == {
        "Dashzegviin Amarbayasgalan": ("Chairman of the Great State Khural", "MN"),
        "Yerlan Koshanov": ("Speaker of the Mazhilis", "KZ"),
    }
    koshanov = next(p for p in facts.participants if p.name == "Yerlan Koshanov")
    assert koshanov.organization == "Mazhilis"
    # the friendship-group heads are named in passing, not as taking part
    assert _people(facts.mentioned_people) == {
        "Ukhnaagiin Khurelsukh": ("Mongolian President", "MN"),
        "Kassym-Jomart Tokayev": ("President", "KZ"),
        "Nurtai Sabilyanov": ("deputy", "KZ"),
        "Ukhnagiyin Otogonbayar": ("deputy", "MN"),
    }


def test_seed_documents(seed):
    _, facts = seed
    signed = facts.documents_signed
    assert [(d.type, d.title) for d in signed] == [
        ("memorandum", "memorandum of cooperation"),
        ("memorandum", "memorandum on establishing brotherly relations between the East Kazakhstan Region "
                       "and the Khovd Aimag"),
    ]
    assert signed[0].parties == ["Mazhilis of Kazakhstan", "Great State Khural of Mongolia"]
    assert signed[1].parties == ["East Kazakhstan Region", "Khovd Aimag"]
    # "11 documents were signed" during last year's visit: background, not this event
    assert [d.status for d in facts.documents_referenced] == ["signed earlier"]


def test_seed_areas_quote_plans(seed):
    _, facts = seed
    assert sorted(facts.cooperation_areas) == sorted([
        "political", "trade-economic", "scientific-technical", "socio-cultural", "humanitarian",
        "digital economy development", "innovation implementation", "digitalization",
        "artificial intelligence development", "ecology", "agriculture",
    ])
    assert len(facts.quotes) == 1
    quote = facts.quotes[0]
    assert quote.speaker == "Yerlan Koshanov" and quote.marked
    assert quote.text.startswith("Our countries' relations are rapidly developing.")
    assert quote.text.endswith("will elevate our partnership to a new level")
    assert len(facts.planned_events) == 1
    for place in ("Astana International Financial Centre", "Kazakh Invest", "Situational Centre of the Ministry",
                  "Kazakhstan Gharysh Sapary"):
        assert place in facts.planned_events[0]
    assert 2 <= len(facts.key_points) <= 4


def test_seed_drops_the_wrong_parenthetical(seed):
    _, facts = seed
    data = facts.to_dict()
    data.pop("evidence")
    data["location"].pop("evidence")
    for key in ("participants", "mentioned_people", "documents_signed", "documents_referenced", "quotes"):
        for item in data[key]:
            item.pop("evidence")
    assert "upper house" not in str(data)


def test_seed_evidence_points_into_the_text(seed):
    article, facts = seed
    spans = [p.evidence for p in facts.participants + facts.mentioned_people]
    spans += [d.evidence for d in facts.documents_signed] + [q.evidence for q in facts.quotes]
    spans += [facts.location.evidence, facts.evidence["event_date"], facts.evidence["event_type"]]
    spans += list(facts.evidence["cooperation_areas"].values()) + list(facts.evidence["organizations"].values())
    for evidence in spans:
        assert evidence is not None and 0 <= evidence.start < evidence.end <= len(article.text)
        assert evidence.sentence
    koshanov = next(p for p in facts.participants if p.name == "Yerlan Koshanov")
    assert article.text[koshanov.evidence.start:koshanov.evidence.end] == "Yerlan Koshanov"
    area = facts.evidence["cooperation_areas"]["ecology"]
    assert article.text[area.start:area.end] == "ecology"


def test_facts_json_round_trip(seed):
    _, facts = seed
    text = facts.to_json()
    assert Facts.from_json(text).to_json() == text


def test_explain_lists_facts_with_sentences(seed):
    article, facts = seed
    report = explain(facts, article)
    assert "Yerlan Koshanov" in report and "← " in report and "memorandum of cooperation" in report


ODD = (
    "date 2024-03-15\r\n"
    "Ministers\u00a0meet in Bishkek\r\n"
    "BISHKEK, Kyrgyzstan, March 15. Minister of Foreign Affairs of Kyrgyzstan Jeenbek Kulubaev\r\n"
    "held talks with Mongolia’s Minister of Foreign Affairs B.Battsetseg on Friday in\r\n"
    "Bishkek, AKIpress reports.The sides signed a roadmap on cooperation in trade, energy and tourism.\r\n"
    "\r\n"
    "– We value our partnership with Mongolia and will develop it further, – Kulubaev said.\r\n"
    "\r\n"
    "“We agreed to hold the next consultations in Ulaanbaatar. Our ministries\r\n"
    "\r\n"
    "“will prepare a plan of events for the anniversary,” B.Battsetseg said.\r\n"
    "\r\n"
    "The next meeting of the intergovernmental commission will be held in Ulaanbaatar in autumn.\r\n"
)


@pytest.fixture(scope="module")
def odd():
    return extract(parse_article(ODD))


def test_odd_text_people_and_place(odd):
    assert _people(odd.participants) == {
        "Jeenbek Kulubaev": ("Minister of Foreign Affairs of Kyrgyzstan", "KG"),
        "B.Battsetseg": ("Mongolia’s Minister of Foreign Affairs", "MN"),
    }
    assert (odd.location.city, odd.location.country) == ("Bishkek", "KG")
    assert odd.headline == "Ministers meet in Bishkek"
    assert odd.source_agency == "AKIpress"


def test_odd_text_date_and_documents(odd):
    assert odd.event_date == dt.date(2024, 3, 15)
    assert odd.event_type == "signing"
    assert [(d.type, d.title) for d in odd.documents_signed] == [("roadmap", "roadmap on cooperation")]
    assert odd.cooperation_areas == ["trade", "energy", "tourism"]


def test_odd_text_quotes(odd):
    by_text = {q.text[:20]: q for q in odd.quotes}
    dashed = by_text["We value our partner"]
    assert dashed.marked is False and dashed.speaker == "Jeenbek Kulubaev"
    split = by_text["We agreed to hold th"]
    assert split.marked and split.speaker == "B.Battsetseg"
    assert split.text.endswith("plan of events for the anniversary")
    assert any("intergovernmental commission will be held" in p for p in odd.planned_events)


@pytest.mark.parametrize(
    ("text", "date", "partial"),
    [
        ("ASTANA, Kazakhstan, May 6. The ministers held a phone conversation.", None, "--05-06"),
        ("date 2017-11-17\nKOKSHETAU. KAZINFORM The sides signed a memorandum on Friday.", dt.date(2017, 11, 17), None),
        ("date 2017-11-17\nKOKSHETAU. KAZINFORM The sides met yesterday.", dt.date(2017, 11, 16), None),
        ("The President will pay a state visit to Mongolia on June 1-4.", None, "--06-01/--06-04"),
        ("Today the sides signed a memorandum in Akorda.", None, None),  # no anchor: never invent
        ("date 2023-12-02\nOn December 1, 2023, the presidents met in Dubai.", dt.date(2023, 12, 1), None),
    ],
)
def test_event_dates(text, date, partial):
    facts = extract(parse_article(text))
    assert (facts.event_date, facts.event_date_partial) == (date, partial)


def test_unmarked_reported_third_person_is_not_a_quote():
    facts = extract(parse_article(
        "President Lukashenko will pay a state visit to Mongolia, the press service said.\n\n"
        "The two countries plan to raise trade, the President said.\n"))
    assert facts.quotes == []
    assert facts.event_status == "planned"


def test_phone_call_has_no_place():
    facts = extract(parse_article(
        "ASTANA, Kazakhstan, May 6. Murat Nurtleu, Minister of Foreign Affairs of Kazakhstan, held a phone "
        "conversation with Mongolia's Minister of Foreign Affairs Batmunkh Battsetseg, Trend reports.\n"))
    assert facts.event_type == "phone_call"
    assert (facts.location.city, facts.location.country) == (None, None)


def test_termbase_canonicalizes_names_when_given():
    class Entry:
        en = "Erlan Koshanov"

    class Termbase:
        def find(self, text, type=None):  # noqa: A002 - the termbase's signature
            return Entry() if text == "Yerlan Koshanov" else None

    facts = extract(read_article(SEED), Termbase())
    assert "Erlan Koshanov" in [p.name for p in facts.participants]


def test_long_article_stays_fast():
    body = SEED.read_text(encoding="utf-8")
    article = parse_article(body + ("\n\n" + body.split("\n", 1)[1]) * 40)
    started = time.perf_counter()
    extract(article)
    assert time.perf_counter() - started < 3.0
