"""Extraction: the seed article exactly, odd text, unmarked quotes, dates, and the JSON round trip."""

from __future__ import annotations

import datetime as dt

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
        "inter-parliamentary", "political", "trade-economic", "scientific-technical", "socio-cultural", "humanitarian",
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
        assert place in facts.planned_events[0].text
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
    # the lead, its hard-wrapped lines joined into one sentence, says "held talks"; the roadmap is signed at them
    assert odd.event_type == "talks"
    assert [(d.type, d.title) for d in odd.documents_signed] == [("roadmap", "roadmap on cooperation")]
    assert odd.cooperation_areas == ["trade", "energy", "tourism"]


def test_odd_text_quotes(odd):
    by_text = {q.text[:20]: q for q in odd.quotes}
    dashed = by_text["We value our partner"]
    assert dashed.marked is False and dashed.speaker == "Jeenbek Kulubaev"
    split = by_text["We agreed to hold th"]
    assert split.marked and split.speaker == "B.Battsetseg"
    assert split.text.endswith("plan of events for the anniversary")
    assert any("intergovernmental commission will be held" in p for p in (e.text for e in odd.planned_events))


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


@pytest.mark.parametrize("opening", [
    "President Ana Soto of Peru and President Luis Vera of Chile discussed over phone issues of cooperation.",
    "President Ana Soto of Peru spoke on the phone with President Luis Vera of Chile.",
    "President Ana Soto of Peru and President Luis Vera of Chile talked via telephone.",
])
def test_a_call_told_without_the_word_call_is_a_phone_call(opening: str) -> None:
    assert extract(parse_article("date 2025-05-05\n" + opening + "\n")).event_type == "phone_call"


def test_termbase_canonicalizes_names_when_given():
    class Entry:
        en = "Erlan Koshanov"

    class Termbase:
        def find(self, text, type=None):  # noqa: A002 - the termbase's signature
            return Entry() if text == "Yerlan Koshanov" else None

    facts = extract(read_article(SEED), Termbase())
    assert "Erlan Koshanov" in [p.name for p in facts.participants]


def test_a_long_article_of_repeated_paragraphs_tells_each_fact_once():
    """The seed's body five times over is still one meeting of the same people (its speed is measured by
    bench/bench_extract_long.py, not asserted here: machines are noisy)."""
    body = SEED.read_text(encoding="utf-8")
    once = extract(parse_article(body))
    repeated = extract(parse_article(body + ("\n\n" + body.split("\n", 1)[1]) * 4))
    assert [p.name for p in repeated.participants] == [p.name for p in once.participants]
    assert repeated.event_date == once.event_date and repeated.location == once.location


_CLAUSE = ("the Ministry of Energy of Kazakhstan and the Ministry of Energy of Mongolia signed a memorandum of "
           "cooperation in the field of renewable energy, ")
_RUN_ON = ("ASTANA, Kazakhstan, May 6. Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met Mongolia's Minister "
           "of Foreign Affairs Batmunkh Battsetseg in Astana, and " + _CLAUSE * (150_000 // len(_CLAUSE)))


def test_a_run_on_sentence_is_cut_into_bounded_clauses():
    """A text without sentence ends is read in clauses of at most MAX_SENTENCE characters.

    Every per-sentence scan (the office before a name, the modifiers before a document noun)
    is then bounded, so extraction is linear in the article's length. Measured on this 150 KB
    single-sentence text: 55 s before the cap, 1.3 s after; 150/300/600 KB of a flattened seed
    take 0.8/1.5/3.2 s. No timing is asserted here (machines are noisy): the bound is structural.
    """
    from briefing.extract.text import MAX_SENTENCE, Context

    article = parse_article(_RUN_ON)
    context = Context.of(article)
    assert len(context.sentences) > 100
    assert all(s.end - s.start <= MAX_SENTENCE for s in context.sentences)
    # nothing lost: the clauses tile the text, cut after a comma
    assert all(a.end <= b.start and not context.text[a.end:b.start].strip()
               for a, b in zip(context.sentences, context.sentences[1:]))
    assert context.sentences[-1].end == len(context.text.rstrip())
    assert all(s.text.endswith(",") for s in context.sentences[1:-1])


def test_a_run_on_sentence_keeps_its_facts():
    facts = extract(parse_article(_RUN_ON))
    assert _people(facts.participants) == {
        "Murat Nurtleu": ("Minister of Foreign Affairs of Kazakhstan", "KZ"),
        "Batmunkh Battsetseg": ("Mongolia's Minister of Foreign Affairs", "MN"),
    }
    assert [(d.title, d.parties) for d in facts.documents_signed] == [
        ("memorandum of cooperation in the field of renewable energy",
         ["Ministry of Energy of Kazakhstan", "Ministry of Energy of Mongolia"])]
    assert (facts.location.city, facts.location.country) == ("Astana", "KZ")
    assert all(len(e.sentence) <= 1200 for e in [facts.location.evidence, facts.documents_signed[0].evidence])


def test_clause_cuts_prefer_semicolons_then_commas_then_spaces():
    from briefing.extract.text import MAX_SENTENCE, split_sentences

    words = ("word " * (MAX_SENTENCE // 4)).strip()  # no comma at all: cut at a space, never inside a word
    pieces = split_sentences(words)
    assert len(pieces) == 2 and " ".join(p.text for p in pieces) == words
    text = "a, " * 250 + "b; " + "c, " * 250
    first = split_sentences(text)[0]
    assert first.text.endswith("b;")


def test_span_set_answers_like_a_scan_of_every_span():
    from briefing.extract.text import SpanSet

    spans = [(10, 50), (12, 14), (60, 61), (30, 35)]  # nested and overlapping
    covers = SpanSet(spans)
    for offset in range(-1, 70):
        assert covers.covers(offset) == any(a <= offset < b for a, b in spans), offset
    assert not SpanSet([]).covers(0)


# -- rules of the genre, each on a short synthetic text -------------------------------------


def _facts(text):
    return extract(parse_article(text))


def test_name_after_a_coordinated_office_keeps_its_person():
    facts = _facts("Minister of Trade and Integration Arman Bekov and Uzbek Minister of Investment, Industry "
                   "and Trade Laziz Rustamov signed a protocol in Tashkent.")
    assert _people(facts.participants) == {
        "Arman Bekov": ("Minister of Trade and Integration", None),
        "Laziz Rustamov": ("Uzbek Minister of Investment, Industry and Trade", "UZ"),
    }


def test_possessive_names_are_mentioned_and_stripped():
    facts = _facts("President Tokayev met Minister Aigul Sarsen in Astana. They discussed "
                   "Vladimir Putin’s visit to Kazakhstan and Tashkent’s technopark.")
    assert [p.name for p in facts.mentioned_people] == ["Vladimir Putin"]
    assert all("’" not in p.name for p in facts.participants)


def test_greetings_to_someone_do_not_make_a_participant():
    facts = _facts("Kazakh President Kassym-Jomart Tokayev met Chinese Minister Wang Yi in Astana. "
                   "Wang conveyed greetings on behalf of the President of China Xi Jinping. "
                   "Tokayev sent greetings to Xi and expected Xi’s state visit to Astana in July.")
    assert "Xi Jinping" in [p.name for p in facts.mentioned_people]
    assert "Xi Jinping" not in [p.name for p in facts.participants]


def test_surname_that_is_a_genre_word():
    facts = _facts("The President met a delegation headed by USAID Administrator Samantha Power on May 3.")
    assert ("Samantha Power", "USAID Administrator") in [(p.name, p.title) for p in facts.participants]


def test_particle_names_and_credentials_make_participants():
    facts = _facts("President Tokayev accepted credentials from ambassadors. The diplomats presenting their "
                   "credentials included the Ambassador of Sudan, Mohammed al-Ghazali Sirraj; and Ambassador of "
                   "Rwanda, Charles Kayonga.")
    assert {"Mohammed al-Ghazali Sirraj", "Charles Kayonga"} <= {p.name for p in facts.participants}


def test_object_office_before_a_comma_is_not_the_next_name_title():
    facts = _facts("President of Kazakhstan Kassym-Jomart Tokayev met Minister of Foreign Affairs of Russia "
                   "Sergey Lavrov in Astana. Greeting the Russian Foreign Minister, Tokayev praised the ties.")
    assert _people(facts.participants)["Kassym-Jomart Tokayev"] == ("President of Kazakhstan", "KZ")


def test_titles_in_apposition_with_an_article_and_compound_heads():
    facts = _facts("Ulaanbaatar /MONTSAME/. The Speaker of parliament Z.Bold received N.Dorj. Present were "
                   "G.Tumur, an advisor to the Speaker on politics, and Ts.Bat, a secretary-general of the "
                   "Parliamentary Office.")
    titles = {p.name: p.title for p in facts.participants}
    assert titles["Z.Bold"] == "Speaker of parliament"
    assert titles["G.Tumur"] == "advisor to the Speaker on politics"
    assert titles["Ts.Bat"] == "secretary-general of the Parliamentary Office"


def test_office_only_references_give_titles_and_speakers():
    facts = _facts("date 2024-08-08\nPresidents of Kazakhstan and Uzbekistan held talks in Astana, Kazinform "
                   "reports.\n\nWarmly welcoming his Uzbek counterpart, the Head of State noted the importance "
                   "of the visit.\n\n“We will sign important documents today,” said the President.\n\n"
                   "Shavkat Mirziyoyev thanked Kassym-Jomart Tokayev for a warm welcome.\n\n"
                   "“Our meeting will strengthen the friendship of our nations,” the Uzbek President said.\n")
    people = _people(facts.participants)
    assert people["Kassym-Jomart Tokayev"] == ("President of Kazakhstan", "KZ")  # the plural lead, singular
    assert people["Shavkat Mirziyoyev"] == ("Uzbek President", "UZ")  # as written, before the plural lead
    assert [q.speaker for q in facts.quotes] == ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]


def test_a_quote_named_by_demonym_is_never_the_other_sides():
    facts = _facts("Kazakh Foreign Minister Murat Nurtleu held talks with his Azerbaijani counterpart Jeyhun "
                   "Bayramov in Baku. The Azerbaijani Foreign Minister said: \"Our cooperation is growing fast.\"")
    assert facts.quotes[0].speaker == "Jeyhun Bayramov"


def test_variant_spelling_and_he_resolve_to_the_participant():
    facts = _facts("ASTANA. KAZINFORM – Senate Chairman Maulen Ashimbayev met US Ambassador Daniel Rosenblum.\n\n"
                   "«We value the parliamentary dialogue with our partners,» said Ashymbayev.\n\n"
                   "He recalled reforms launched by Kazakh President Kassym-Jomart Tokayev.\n\n"
                   "«The Senate supports the reforms of the President,» he said.\n")
    assert [q.speaker for q in facts.quotes] == ["Maulen Ashimbayev", "Maulen Ashimbayev"]


def test_unmarked_speech_covers_the_whole_first_person_paragraph():
    facts = _facts("President Tokayev met Foreign Minister Sergey Lavrov in Astana.\n\n"
                   "We are preparing for this visit. Our relations are exemplary. The visit will give an impetus "
                   "to our partnership, said the President.\n")
    assert facts.quotes[0].text.startswith("We are preparing for this visit.")
    assert facts.quotes[0].marked is False


def test_city_of_another_event_is_not_the_place():
    facts = _facts("date 2024-01-06\nASTANA, Kazakhstan, January 6. The ministers of Kazakhstan and Uzbekistan "
                   "signed a protocol, Trend reports.\n\nThe ministers also touched upon the holding of the "
                   "Forum of Interregional Cooperation in Samarkand.\n\nMeanwhile, in May 2023 the minister "
                   "organized a trade mission in Tashkent.\n")
    # neither Samarkand nor Tashkent: the text names no place of its own, so the dateline city stands
    assert (facts.location.city, facts.location.country) == ("Astana", "KZ")
    assert "dateline" in (facts.location.why or "")


def test_venue_named_after_a_city_is_no_person():
    facts = _facts("ASTANA, Kazakhstan, March 3. The Kazakh minister Aidar Serikov visited Astana Hub, Trend reports.")
    assert [p.name for p in facts.participants] == ["Aidar Serikov"]


def test_akorda_residence_and_arrival_give_the_country():
    assert _facts("A ceremony took place at the Akorda residence, where President Kassym-Jomart Tokayev "
                  "received ambassadors.").location.country == "KZ"
    assert _facts("Chairman Sodik Safoyev received a delegation. He welcomed the guests who arrived in "
                  "Uzbekistan and spoke of reforms.").location.country == "UZ"


def test_yesterday_after_a_dateline_headline():
    facts = _facts("date 2022-04-11\nUZBEKISTAN, April 11 - The Senate chairman receives guests\n\n"
                   "Yesterday, Chairman of the Senate Sodik Safoyev received a delegation.\n")
    assert facts.event_date == dt.date(2022, 4, 10)


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        ("An agreement on cooperation in education was also signed between the cabinet of Kyrgyzstan and the "
         "government of Mongolia.", "agreement on cooperation in education", "signed"),
        ("A series of documents aimed at deepening the partnership were signed in Bishkek.",
         "series of documents", "signed"),
        ("A protocol of intentions was signed between the Ministry of Education of Kyrgyzstan and Moscow State "
         "University.", "protocol of intentions", "signed"),
        ("The First Vice President of the Otandastar Fund Talgat Aduov signed the Memorandum of Mutual "
         "Understanding and Cooperation.", "Memorandum of Mutual Understanding and Cooperation", "signed"),
        ("A corresponding agreement on the status of the mission in Kazakhstan will be signed soon.",
         "agreement on the status of the mission", "referenced"),
        ("The parties discussed the implementation of the Roadmaps signed following the visit of the president "
         "in December 2022.", "Roadmaps", "referenced"),
        ("The minister emphasized the importance of increasing trade, the signing of a trilateral agreement on "
         "road transport between Mongolia, China, and Kyrgyzstan.", "trilateral agreement on road transport", "referenced"),
    ],
)
def test_document_phrasings(text, title, kind):
    facts = _facts(text)
    documents = facts.documents_signed if kind == "signed" else facts.documents_referenced
    assert any(title in d.title for d in documents), (documents, facts.documents_signed, facts.documents_referenced)


def test_document_lists_continue_across_sentences():
    facts = _facts("Documents were signed in Bishkek. These agreements include a memorandum of understanding "
                   "between the Government of Russia and the Cabinet of Ministers of Kyrgyzstan, focusing on "
                   "biosafety. There was also an agreement between the Ministry of Justice of Kyrgyzstan and the "
                   "Ministry of Justice of Russia, along with a cooperation program between the Ministries of "
                   "Justice for 2023-2024. The Russian Ministry of Health entered into two memoranda of "
                   "understanding.")
    titles = [d.title for d in facts.documents_signed]
    assert "memorandum of understanding between the Government of Russia and the Cabinet of Ministers of Kyrgyzstan" in titles
    assert any(t.startswith("agreement between the Ministry of Justice") for t in titles)
    assert any(t.startswith("cooperation program") for t in titles)
    assert any("memoranda of understanding" in t for t in titles)
    assert "Ministries of Justice" not in facts.organizations


def test_bullets_after_among_them_and_previously_reported():
    facts = _facts("The presidents signed a Declaration on eternal friendship.\nIn addition, 5 documents were "
                   "signed by ministries.\nAmong them:\n- \"Roadmap\" for industrial cooperation;\n"
                   "- Memorandum of cooperation in the sericulture industry.\n\nAs we previously reported, "
                   "a large package of agreements was signed during the visit.")
    titles = [d.title for d in facts.documents_signed]
    assert '"Roadmap" for industrial cooperation' in titles and "Memorandum of cooperation in the sericulture industry" in titles
    assert facts.documents_referenced == []


def test_signatories_in_the_subject_are_not_parties():
    facts = _facts("Kazakh Minister of Trade Arman Bekov and Uzbek Minister of Investment Laziz Rustamov signed "
                   "a protocol on expanding mutual cooperation.")
    assert facts.documents_signed[0].parties == ["Kazakhstan", "Uzbekistan"]
    assert facts.organizations == []


def test_organization_boundaries():
    facts = _facts("A memorandum was signed between Kyrgyzstan's National Investment Agency and Mongolia's "
                   "Investment and Trade Agency. The sides noted the Shanghai Cooperation Organization (SCO), and "
                   "Conference on Interaction and Confidence Building Measures in Asia (CICA). Senate Speaker of "
                   "Kazakhstan Maulen Ashimbayev spoke of cooperation in the CIS, CSTO and OSCE, reported the "
                   "Kazakh Trade and Integration Ministry’s press service.")
    names = facts.organizations
    # the country that owns a body stays with its name ("Kyrgyzstan's …"): it composes as that country's agency
    assert {"Kyrgyzstan's National Investment Agency", "Mongolia's Investment and Trade Agency",
            "Shanghai Cooperation Organization",
            "CIS", "CSTO", "OSCE", "Kazakh Trade and Integration Ministry"} <= set(names)
    assert not any("Speaker" in name or name.startswith("Shanghai Cooperation Organization (SCO), and") for name in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("During the meeting, attention was paid to the preparation for the upcoming visit of Russian President "
         "Putin to Kazakhstan.", "the upcoming visit of Russian President Putin to Kazakhstan"),
        ("The sides noted the relevance of the upcoming Central Asia + China Summit in Xian in May and the "
         "scheduled state visit of President Tokayev to China.", "the scheduled state visit of President Tokayev to China"),
        ("The second meeting of the working group will run December 8 at the Ministry.",
         "The second meeting of the working group will run December 8 at the Ministry"),
        ("The minister also intends to conduct a working visit to meet the Prime Minister.",
         "The minister also intends to conduct a working visit to meet the Prime Minister"),
        ("According to the press service, the President of Mongolia will also visit Khiva.",
         "the President of Mongolia will also visit Khiva"),
    ],
)
def test_planned_event_phrasings(text, expected):
    assert expected in [e.text for e in _facts(text).planned_events]


def test_planned_event_needs_more_than_a_back_reference():
    facts = _facts("Tokayev met Lavrov. They discussed the agenda of the upcoming visit. The sides congratulated "
                   "each other on the upcoming Nauryz holiday.")
    assert facts.planned_events == []


def test_outlet_from_the_page_address_line():
    facts = _facts("President Sadyr Japarov signed the law on ratification.\nlink: https://24.kg/english/288598/\n")
    assert facts.source_agency == "24.kg"
    cited = _facts("The ministers met in Ulaanbaatar.\nSource: www.pakobserver.net; www.montsame.mn\n")
    assert cited.source_agency is None  # a "Source:" line names what was copied, not the outlet


def test_names_after_a_city_or_a_hyphenated_body_and_things_named_like_people():
    facts = _facts("Mayor of Ulaanbaatar S.Batbold met his Russian counterpart Sergey Sobyanin in Moscow. Director "
                   "General of Tatar-Inform Shamil Sadykov attended. They visited the Ilizarov Restorative "
                   "Traumatology and Orthopaedics Centre and discussed the Russian Teacher Abroad program.")
    people = _people(facts.participants)
    assert people["S.Batbold"] == ("Mayor of Ulaanbaatar", "MN")
    assert people["Shamil Sadykov"][0] == "Director General of Tatar-Inform"
    assert not any("Traumatology" in n or "Abroad" in n for n in people)


def test_titles_in_a_list_of_people_present():
    facts = _facts("The mayors met in Moscow. Present at the meeting were S.Delgermaa, Ambassador of Mongolia to "
                   "Russia, M.Otgonbayar, Head of the Governor’s Office, and Brian Ervine, an official from the "
                   "Canada’s Ministry. The former Ambassador of Canada to Mongolia Ms Anna Biolik and O.Bat, the "
                   "Deputy Minister of Foreign Affairs, Trade and Development, said the talks were useful.")
    titles = {p.name: p.title for p in facts.participants}
    assert titles["M.Otgonbayar"] == "Head of the Governor’s Office"
    assert titles["Brian Ervine"] == "official from the Canada’s Ministry"
    assert titles["Anna Biolik"] == "former Ambassador of Canada to Mongolia"
    assert titles["O.Bat"] == "Deputy Minister of Foreign Affairs, Trade and Development"


def test_a_cited_source_is_not_a_participant_and_regions_give_countries():
    facts = _facts("KOKSHETAU. KAZINFORM Akim of Akmola region Malik Murzalin and the Kurgan Region Governor Alexey "
                   "Kokorin signed the Protocol on Implementing the Agreement on Trade-Economic, Scientific and "
                   "Cultural Cooperation, Kazinform correspondent cites Marat Igaliyev, the Tourism Advisor.")
    assert _people(facts.participants) == {"Malik Murzalin": ("Akim of Akmola region", "KZ"),
                                           "Alexey Kokorin": ("Kurgan Region Governor", "RU")}
    assert [p.name for p in facts.mentioned_people] == ["Marat Igaliyev"]
    assert [d.title for d in facts.documents_signed] == [
        "Protocol on Implementing the Agreement on Trade-Economic, Scientific and Cultural Cooperation"]


def test_document_titles_with_extensions_and_counted_sets():
    facts = _facts("date 2017-05-05\nThe regions signed the memorandum of cooperation and expansion of interregional "
                   "ties. A 2bln tenge worth distribution agreement was signed between JSC Kokshetau Mineral Water "
                   "and LLP Azamat. The mayors signed a program in line with the Protocol on Ulaanbaatar-Moscow "
                   "friendly cooperation, which was signed on February, 26, 1996. 16 memorandums and contracts on "
                   "cooperation were signed in March 2016.")
    signed = [d.title for d in facts.documents_signed]
    referenced = [d.title for d in facts.documents_referenced]
    assert "memorandum of cooperation and expansion of interregional ties" in signed
    assert "distribution agreement" in signed
    assert "Protocol on Ulaanbaatar-Moscow friendly cooperation" in referenced
    assert "16 memorandums and contracts on cooperation" in referenced
    assert {"JSC Kokshetau Mineral Water", "LLP Azamat"} <= set(facts.organizations)


def test_arrivals_give_the_place_and_an_ongoing_visit():
    facts = _facts("date 2016-08-18\nPETROPAVLOVSK. KAZINFORM A delegation headed by Governor Erik Sultanov has "
                   "arrived today in Kurgan region of the Russian Federation.\n\nThe delegation will meet the "
                   "governor.\n")
    assert (facts.event_type, facts.event_status) == ("visit", "in progress")
    assert facts.location.country == "RU"
    came = _facts("ASTANA. KAZINFORM A delegation of Akmola region came to Shymkent city. The governors signed a "
                  "memorandum.")
    assert came.location.city == "Shymkent"


def test_a_meeting_on_the_sidelines_of_an_exhibition_is_in_its_city():
    facts = _facts("The governor met the vice governor on the sidelines of the international exhibition in Astana.")
    assert facts.location.city == "Astana"


def test_an_opening_full_date_beats_the_filing_dateline():
    facts = _facts("date 2021-02-19\nBAKU, Azerbaijan, Feb. 19\n\nThe two countries discussed transport projects, Trend "
                   "reports.\n\nOn February 18, 2021 the Minister of Foreign Affairs of Uzbekistan Abdulaziz Kamilov held "
                   "a meeting with the Minister of Foreign Affairs of Kazakhstan Mukhtar Tileuberdi.\n")
    assert facts.event_date == dt.date(2021, 2, 18)


def test_names_of_things_are_not_people_and_titles_are_not_quotes():
    facts = _facts("Minister Bakhtiyor Saidov met Minister Murat Nurtleu, Deputy Prime Minister–Foreign Minister of "
                   "Kazakhstan. Last year the Declaration on Allied Relations was signed. They toured a UNESCO World "
                   "Heritage Site. The Kazakh side was invited to the Conference “Central and South Asia: Regional "
                   "Interconnectedness. Challenges and Opportunities”, which will be held in Tashkent.")
    assert {p.name for p in facts.participants + facts.mentioned_people} == {"Bakhtiyor Saidov", "Murat Nurtleu"}
    assert _people(facts.participants)["Murat Nurtleu"][0] == "Deputy Prime Minister–Foreign Minister of Kazakhstan"
    assert facts.quotes == []


def test_meeting_by_discussion_and_bodies_of_two_countries():
    facts = _facts("The Council of Foreign Ministers of Kazakhstan and Uzbekistan discussed trade. The Presidents "
                   "considered the upcoming bilateral events at the highest level, including the Consultative Meeting "
                   "of the Heads of State in early August.")
    assert facts.event_type == "meeting"
    assert "Council of Foreign Ministers of Kazakhstan and Uzbekistan" in facts.organizations
    assert any(p.endswith("including the Consultative Meeting of the Heads of State in early August") for p in (e.text for e in facts.planned_events))


def test_area_lists_after_of_and_common_aliases():
    facts = _facts("The ministers reiterated the commitment to maintain a high level of political, trade, economic, "
                   "and cultural cooperation. They discussed key issues of mutual trade and humanitarian cooperation "
                   "and projects in livestock farming, the mining sector and railroad transport.")
    assert {"political", "trade", "economic", "cultural", "humanitarian", "livestock farming"} <= set(facts.cooperation_areas)
    assert not any(a.startswith(("of ", "mutual ", "development of")) for a in facts.cooperation_areas)


def test_leaders_named_in_passing_and_the_name_coordinated_with_them():
    facts = _facts("The Deputy Prime Minister of Latvia Anna Berzina met the Deputy Prime Minister of Peru Luis Soto. "
                   "They said regular negotiations between the President of Latvia Janis Ozols and the President of "
                   "Peru Carlos Vega give an impetus to ties. They discussed the official visit of the Premier of "
                   "Peru Jorge Ruiz to Latvia. They noted the friendship of the Heads of State Janis Ozols and Carlos "
                   "Vega.")
    assert set(_people(facts.participants)) == {"Anna Berzina", "Luis Soto"}
    assert _people(facts.mentioned_people)["Jorge Ruiz"][0] == "Premier of Peru"
    assert {"Janis Ozols", "Carlos Vega"} <= set(_people(facts.mentioned_people))


def test_one_plural_office_for_two_countries_is_split():
    facts = _facts("Presidents of Kazakhstan and Azerbaijan Kassym-Jomart Tokayev and Ilham Aliyev held talks. "
                   "Ministers of Foreign Affairs of Kyrgyzstan Ruslan Kazakbaev and Tajikistan Sirodjiddin Mukhriddin "
                   "also met.")
    people = _people(facts.participants)
    assert people["Kassym-Jomart Tokayev"] == ("President of Kazakhstan", "KZ")
    assert people["Ilham Aliyev"] == ("President of Azerbaijan", "AZ")
    assert people["Sirodjiddin Mukhriddin"][1] == "TJ"
    assert people["Sirodjiddin Mukhriddin"][0].endswith("of Foreign Affairs of Tajikistan")


def test_unmarked_speech_whose_last_sentence_is_not_first_person():
    facts = _facts("President Anna Berzina met President Luis Soto in Riga.\n\nI thank you for the invitation. "
                   "These are the things the world lacks, stated Anna Berzina.\n\nYour visit is clear evidence of "
                   "your commitment. It is an honor to see you here, said Luis Soto.\n")
    texts = {q.speaker: q.text for q in facts.quotes}
    assert texts["Anna Berzina"].startswith("I thank you for the invitation.")
    assert texts["Luis Soto"].startswith("Your visit is clear evidence")


def test_a_signing_date_in_a_participle_does_not_date_a_ratification():
    facts = _facts("date 2025-05-21\nASTANA, Kazakhstan, May 21. The Mazhilis has approved a document on the deepening "
                   "and expansion of allied relations between Kazakhstan and Kyrgyzstan, signed on April 19, 2024, in "
                   "Astana. The Mazhilis also ratified an agreement between Kazakhstan and Turkmenistan on investments.")
    assert facts.event_date == dt.date(2025, 5, 21)
    assert facts.documents_signed == []
    titles = {d.title: d.status for d in facts.documents_referenced}
    assert "document on the deepening and expansion of allied relations between Kazakhstan and Kyrgyzstan" in titles
    assert titles["agreement between Kazakhstan and Turkmenistan on investments"] == "ratified"


def test_two_titled_documents_joined_by_as_well_as():
    facts = _facts("The Presidents signed a Declaration on strengthening strategic relations and deepening allied "
                   "relations between Kazakhstan and Azerbaijan as well as a Comprehensive program for development "
                   "of cooperation between Kazakhstan and Azerbaijan for 2022/26.")
    assert [d.title for d in facts.documents_signed] == [
        "Declaration on strengthening strategic relations and deepening allied relations between Kazakhstan and Azerbaijan",
        "Comprehensive program for development of cooperation between Kazakhstan and Azerbaijan for 2022/26"]


def test_place_from_part_of_a_visit_from_here_and_not_from_a_visitor():
    baku = _facts("The Presidents held talks.\n\nAs part of the Kazakh President’s official visit to Baku, 10 documents "
                  "were signed.")
    assert (baku.location.city, baku.location.country) == ("Baku", "AZ")
    here = _facts("Ulan Bator [Mongolia], July 5 (ANI/Xinhua): Mongolian Foreign Minister Batmunkh Battsetseg and "
                  "visiting Russian Foreign Minister Sergei Lavrov agreed here Tuesday to expand ties.")
    assert (here.location.city, here.location.country) == ("Ulan Bator", "MN")
    capital = _facts("The Turkey-Uzbekistan Business Forum is being held in the capital Tashkent.")
    assert capital.location.city == "Tashkent"


def test_turkish_dotless_i_in_a_name_and_a_speaker_who_provided_information():
    facts = _facts("The forum is being held in Tashkent. İzzet Ekmekçibaşı, chairman of the Turkey-Uzbekistan "
                   "Business Council, provided information on the council's activities.")
    assert "İzzet Ekmekçibaşı" in _people(facts.participants)


def test_event_names_in_marks_infinitive_document_and_agreements_at_high_level():
    facts = _facts("The ministers discussed the planned high-level meeting in Bishkek \"30 years of cooperation of "
                   "Central Asia-OSCE\". Those attending discussed agreements concluded at the high level. A protocol "
                   "was signed to document the outcomes of the meeting.")
    assert facts.quotes == []
    assert [d.title for d in facts.documents_signed] == ["protocol"]


def test_planned_events_named_before_a_relative_clause_or_dedicated_to_an_anniversary():
    facts = _facts("The presidents held a phone call. They touched upon the agenda, including the upcoming First "
                   "\"Central Asia-China\" Summit, which will be held tomorrow in the city of Xi'an. The President noted "
                   "the agenda of the upcoming International Forum dedicated to the anniversary. They exchanged views "
                   "on upcoming foreign policy events within the framework of the Consultative Meeting of the Heads of "
                   "State. They discussed upcoming high level visits and events.")
    planned = [e.text for e in facts.planned_events]
    assert "the upcoming First \"Central Asia-China\" Summit, which will be held tomorrow in the city of Xi'an" in planned
    assert "the upcoming International Forum dedicated to the anniversary" in planned
    assert any(p.startswith("upcoming foreign policy events within the framework") for p in planned)
    assert not any("high level visits" in p for p in planned)


def test_areas_in_a_variety_of_sectors_and_domains_without_trailing_clauses():
    facts = _facts("The countries increase links in a variety of sectors, including trade, the economy, culture, and "
                   "education. They discussed cooperation in the political, trade, economic, cultural, and humanitarian "
                   "spheres, and exchanged views on other matters. They spoke of expanding trade, reinforcing industrial "
                   "cooperation and enhancing relations in energy.")
    areas = set(facts.cooperation_areas)
    assert {"trade", "economy", "culture", "education", "political", "humanitarian", "industrial"} <= areas
    assert not any(a.startswith(("exchanged", "reinforcing")) for a in areas)


def test_a_sentence_about_the_event_dates_it_and_an_envoy_meets_in_the_country_of_accreditation():
    forum = _facts("date 2019-04-17\nThe Latvia-Peru Business Forum is being held in the capital Riga. The event, "
                   "which runs from April 14-19, was organized by the chamber.\n\nAn official said in a speech Monday "
                   "that trade grows.\n")
    assert forum.event_date == dt.date(2019, 4, 14) or forum.event_date_partial == "--04-14/--04-19"  # not Monday 15
    envoy = _facts("Minister of Foreign Affairs of Kyrgyzstan Jeenbek Kulubaev received Chinese Ambassador to the "
                   "Kyrgyz Republic Du Dewen. They discussed trade.")
    assert (envoy.location.city, envoy.location.country) == (None, "KG")


def test_a_counterpart_holds_the_office_of_whom_he_meets_without_its_place():
    facts = _facts("Mayor of Riga Anna Berzina met her Peruvian counterpart Luis Soto in Lima. Ambassador of Latvia "
                   "to Peru Janis Ozols and Director of the Lima Port Authority Ana Ruiz attended.")
    people = _people(facts.participants)
    # the mayor of Lima, not of Riga: Lima (a CLDR city) is his own city, met in, as Moscow is Sobyanin's below
    assert people["Luis Soto"] == ("Mayor of Lima", "PE")


def test_a_city_counterpart_met_in_his_own_city_holds_its_office():
    facts = _facts("MOSCOW, May 4. Mayor of Ulaanbaatar S.Batbold met his Russian counterpart Sergey Sobyanin in "
                   "Moscow. Ambassador of Mongolia to Russia S.Delgermaa attended.")
    assert _people(facts.participants)["Sergey Sobyanin"] == ("Mayor of Moscow", "RU")


def test_a_counterpart_whose_office_cannot_be_told_has_no_title():
    facts = _facts("Anna Berzina met her Peruvian counterpart Luis Soto in Lima.")
    assert _people(facts.participants)["Luis Soto"][0] is None


def test_the_occasion_of_an_other_event_round_trips_and_a_wrong_one_is_refused():
    facts = extract(parse_article("date 2024-09-10\nThe President accepted credentials from the ambassadors of Peru "
                                  "and Chile at a ceremony in Lima.\n"))
    assert (facts.event_type, facts.occasion) == ("other", "credentials")
    assert Facts.from_json(facts.to_json()).occasion == "credentials"
    with pytest.raises(ValueError, match="occasion: 'party' is not one of credentials"):
        Facts.from_dict({"occasion": "party"})
