"""Session 33: what the fresh83, fresh84 and fresh85 articles showed. Short synthetic sentences and articles."""

from __future__ import annotations

import pytest


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


# -- sentences and document statuses ----------------------------------------------------------------------------------

def test_a_sentence_glued_to_the_last_word_of_the_one_before_is_its_own() -> None:
    from briefing.extract.text import split_sentences

    text = "The minister will meet his counterpart between the two nationsThe Cabinet last Monday approved the plan."
    assert [s.text for s in split_sentences(text)] == [
        "The minister will meet his counterpart between the two nations",
        "The Cabinet last Monday approved the plan."]


def test_a_capital_inside_a_name_is_no_sentence_end() -> None:
    from briefing.extract.text import split_sentences

    assert len(split_sentences("The McIntyre Theatre hosted the forum of TheraTech and iPhone makers.")) == 1


def test_a_plan_dated_last_monday_by_the_next_sentence_takes_no_date_from_it() -> None:
    facts = _facts("date 2019-01-16\nMANILA, Jan 16 (News.lk) - The President will meet his counterpart in Manila and "
                   "discuss trade between the two nationsThe Cabinet last Monday approved the proposal.\n")
    assert [event.when for event in facts.planned_events if event.kind == "meeting"] in ([None], ["2019-01-16"])


@pytest.mark.parametrize("prefix", ["to be", "expected to be"])
def test_every_status_extraction_writes_has_a_catalog_message(prefix: str) -> None:
    from briefing.extract.documents import _PARTICIPLE
    from briefing.localize import _status_key

    for participle in set(_PARTICIPLE.values()):
        assert _status_key(f"{prefix} {participle} in May") is not None, participle


@pytest.mark.parametrize(("lang", "status"), [("ru", "предстоит одобрение"), ("kk", "мақұлданады"),
                                              ("mn", "батлахаар төлөвлөсөн")])
def test_a_memorandum_to_be_approved_says_so_in_the_briefings_language(tmp_path, lang: str, status: str) -> None:
    from conftest import briefing_text

    text = ("date 2025-03-04\nASTANA, March 4 (Kazinform) - Minister Aliya Sultanova met Ambassador Omar Tadesse. "
            "A memorandum on tourism between Kazakhstan and Ethiopia is expected to be approved in April.\n")
    written = briefing_text(tmp_path, text, lang)
    assert status in written and "approved" not in written


# -- titles -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("english", "lang", "composed"), [
    ("Minister of Tourism, Wildlife and Christian Religious Affairs", "ru",
     "министр туризма, дикой природы и по делам христианской религии"),
    ("Foreign Employment and Sports Minister", "ru", "министр по вопросам трудоустройства за рубежом и спорта"),
    ("Minister of City Planning, Water Supply and Higher Education", "kk",
     "Қала құрылысы, сумен жабдықтау және жоғары білім министрі"),
    ("Minister of Telecommunications", "mn", "Цахилгаан холбооны сайд"),
    ("Minister of Fisheries and Aquatic Resources", "ru", "министр рыболовства и водных биоресурсов"),
])
def test_a_minister_of_several_portfolios_is_composed_with_each(english: str, lang: str, composed: str) -> None:
    from briefing.compose import compose

    assert compose(english, lang, "title", "LK") == composed


# -- fresh85: places, people and documents ----------------------------------------------------------------------------

def _lead(sentence: str, headline: str = "Headline of the item"):
    return _facts(f"{headline}\n\n{sentence}\n")


@pytest.mark.parametrize(("sentence", "city", "country"), [
    ("The Iranian delegation’s visit to the Azeri capital is aimed at promoting relations.", "Baku", "AZ"),
    ("Dushanbe Mayor Rustam Emomali today left for the Uzbek capital of Tashkent on a two-day working visit.",
     "Tashkent", "UZ"),
])
def test_a_journey_to_a_countrys_capital_is_to_that_city(sentence: str, city: str, country: str) -> None:
    location = _lead(sentence).location
    assert (location.city, location.country) == (city, country)


@pytest.mark.parametrize(("title", "country"), [("Jakarta Governor", "ID"), ("Dushanbe Mayor", "TJ"),
                                                ("Mayor of Tbilisi", "GE")])
def test_a_citys_own_office_is_of_that_citys_country(title: str, country: str) -> None:
    [person] = _lead(f"{title} Rustam Karimov opened the fair on Monday.").participants
    assert (person.title, person.country) == (title, country)


def test_a_departments_short_word_keeps_its_office_whole() -> None:
    facts = _lead("The governor is accompanied by Library and Archive Dept. Head, Catur Laswanto, and the mayor.")
    assert [p.title for p in facts.participants if p.name == "Catur Laswanto"] == ["Library and Archive Dept. Head"]


@pytest.mark.parametrize("party", ["Christian Democrat", "Socialist", "Republican"])
def test_a_party_word_before_an_office_is_no_person(party: str) -> None:
    facts = _lead(f"The Speaker met the friendship group headed by {party} deputy Klaus Peter Willsch on Monday.")
    assert [p.name for p in facts.participants] == ["Klaus Peter Willsch"]


def test_ministries_are_no_person() -> None:
    facts = _lead("Deputy Foreign Ministers of the two Foregin Ministries Ramiz Hasanov and Munkhjin Batsumber "
                  "held a video conference.")
    assert "Foregin Ministries" not in [p.name for p in facts.participants]


def test_documents_a_sentence_opening_with_another_month_tells_were_signed_earlier() -> None:
    facts = _lead("A delegation from Iran has traveled to Baku to attend the commission, its member said Tuesday. "
                  "In April and during the President’s trip to Iran, officials signed three memoranda of understanding.")
    assert [(d.title, d.status) for d in facts.documents_referenced] == [
        ("three memoranda of understanding", "signed earlier")]
    assert not facts.documents_signed


def test_a_meeting_due_to_end_in_a_signing_has_its_document_still_to_sign() -> None:
    facts = _lead("The Norwegian Foreign Minister will visit Iceland on Monday. The meeting is due to end in the "
                  "signing of a cooperation agreement on fossil fuel reserves.")
    assert not facts.documents_signed
    assert [d.status for d in facts.documents_referenced] == ["to be signed"]


def test_the_visit_a_memorandum_was_signed_on_is_no_part_of_its_title() -> None:
    facts = _lead("Mayor Kakha Kaladze signed a memorandum of understanding on his visit to Italy between Tbilisi and "
                  "Rome with the Mayor of Rome, Roberto Gualtieri.")
    assert [d.title for d in facts.documents_signed] == ["memorandum of understanding between Tbilisi and Rome"]


def test_their_agreement_to_do_something_is_consent_not_a_document() -> None:
    facts = _lead("The ministers signed a memorandum on tourism, signalling their agreement to strengthen ties.")
    assert [d.title for d in facts.documents_signed] == ["memorandum on tourism"]
    assert not facts.documents_referenced


# -- fresh85: planned events and areas --------------------------------------------------------------------------------

def _plans(sentence: str):
    return _facts(f"date 2008-11-02\nOSLO, Nov 2 (NTB) - Foreign Minister Jonas Gahr Store will visit Iceland on Monday. "
                  f"{sentence}\n").planned_events


def test_ministers_who_plan_to_discuss_hold_talks() -> None:
    talks = [e for e in _plans("Store and Gisladottir plan to discuss world affairs.") if e.kind == "talks"]
    assert [e.who for e in talks] == [["Jonas Gahr Store", "Gisladottir"]]


def test_the_mps_of_two_countries_are_written_as_they_are() -> None:
    talks = [e for e in _plans("Tajik and Uzbek MPs intend to discuss legislation.") if e.kind == "talks"]
    assert [e.who for e in talks] == [["Tajik and Uzbek MPs"]]


def test_a_meeting_due_to_end_in_a_signing_is_planned() -> None:
    assert "meeting" in [e.kind for e in _plans("The ministers’ meeting is due to end in the signing of an agreement.")]


def test_a_governor_who_goes_to_a_country_today_visits_it() -> None:
    facts = _lead("Jakarta Governor Djarot Saiful Hidayat goes to Russia today to sign a memorandum.")
    assert (facts.event_type, facts.location.country) == ("visit", "RU")


@pytest.mark.parametrize(("sentence", "areas"), [
    ("The memorandum provides for cooperation between Rome and Tbilisi on urban development.", ["urban development"]),
    ("They discussed issues related to economic and humanitarian cooperation.", ["economic", "humanitarian"]),
])
def test_areas_after_the_sides_of_cooperation_and_after_related_to(sentence: str, areas: list[str]) -> None:
    assert _lead(sentence).cooperation_areas == areas


# -- fresh85: names the briefings left in English ---------------------------------------------------------------------

@pytest.mark.parametrize(("written", "code"), [("Democratic Republic of Congo", "CD"), ("the DRC", "CD"),
                                               ("Republic of the Congo", "CG"), ("Republic of Kazakhstan", "KZ")])
def test_the_congos_by_the_names_the_press_writes(written: str, code: str) -> None:
    from briefing.extract.lexicon import country_code

    assert country_code(written) == code


@pytest.mark.parametrize(("lang", "name"), [("ru", "между Ганой и Демократической Республикой Конго"),
                                            ("kk", "Конго Демократиялық Республикасы"),
                                            ("mn", "Бүгд Найрамдах Ардчилсан Конго Улс")])
def test_the_democratic_republic_of_the_congo_is_named_as_a_state_not_by_its_capital(tmp_path, lang: str,
                                                                                     name: str) -> None:
    from conftest import briefing_text

    text = ("ACCRA, Sept 3 (GNA) - Ghana and the Democratic Republic of Congo (DRC) have signed an agreement on trade. "
            "Foreign Minister Hanna Tetteh signed on behalf of Ghana.\n")
    written = briefing_text(tmp_path, text, lang).replace("‡", "")
    assert name in written and "Киншас" not in written


@pytest.mark.parametrize(("english", "lang", "composed"), [
    ("Minsk City Hall", "ru", "мэрия Минска"), ("City Hall of Tbilisi", "kk", "Тбилиси мэриясы"),
    ("Tbilisi City Hall", "mn", "Тбилиси хотын захиргаа"), ("Caribbean Community", "ru", "Карибское сообщество"),
])
def test_a_city_hall_and_caricom_are_composed(english: str, lang: str, composed: str) -> None:
    from briefing.compose import compose

    assert compose(english, lang, "institution") == composed


@pytest.mark.parametrize(("written", "key"), [("theater", "theatre"), ("Francophony", "francophonie"),
                                              ("fight against transnational crime", "fight-against-crime"),
                                              ("technical vocational training", "vocational-education")])
def test_areas_the_vocabulary_knows_now(written: str, key: str) -> None:
    from briefing.vocabulary import match_area

    term = match_area(written)
    assert term is not None and term.key == key


def test_an_office_a_comma_and_a_name_after_and_are_the_next_persons() -> None:
    facts = _lead("The MoU was signed between Dr Yahya al Mantheri, Chairman of the State Council and Pakistan Senate "
                  "Chairman, Muhammad Sadiq Sanjrani.")
    assert [(p.name, p.title) for p in facts.participants] == [
        ("Yahya al Mantheri", "Chairman of the State Council"), ("Muhammad Sadiq Sanjrani", "Pakistan Senate Chairman")]


def test_whom_a_visitor_will_meet_later_is_no_participant_of_the_signing() -> None:
    # "Today, the Chancellor will have a meeting with X": a meeting of its own, never a signatory of the signing the
    # lead tells (the translators of fresh85 found the briefing put them at the signing)
    facts = _lead("Brazil’s Foreign Minister Celso Amorim signs today, in Barbados, an agreement on culture. "
                  "Today, the Chancellor will have a meeting with Acting Prime Minister Mia Motley.")
    assert "Mia Motley" not in [p.name for p in facts.participants]


# -- the translators' review of fresh85 -------------------------------------------------------------------------------

@pytest.mark.parametrize(("ending", "agency"), [("their teaching staff. GNA", "GNA"), ("their teaching staff.\n\nABr", "Agência Brasil")])
def test_an_agencys_letters_after_the_last_full_stop_name_the_source(ending: str, agency: str) -> None:
    facts = _facts(f"Ghana and Togo signed an agreement on trade.\n\nGhana is to offer training to {ending}\n")
    assert facts.source_agency == agency


def test_a_month_before_reports_is_no_outlet() -> None:
    facts = _lead("The minister will visit Iceland on Monday the 3rd November. reports that he was invited.")
    assert facts.source_agency is None


@pytest.mark.parametrize(("lang", "name"), [("ru", "меморандум о взаимопонимании между"),
                                            ("kk", "өзара түсіністік туралы меморандумға")])
def test_the_letters_of_a_memorandum_of_understanding_stay_out_of_its_name(tmp_path, lang: str, name: str) -> None:
    from conftest import briefing_text

    text = "BRIDGETOWN, Barbados (BGIS) – Barbados and Jamaica have signed a Memorandum of Understanding (MoU).\n"
    written = briefing_text(tmp_path, text, lang).replace("‡", "")
    assert name in written and "MoU" not in written


@pytest.mark.parametrize(("english", "country", "lang", "composed"), [
    ("Tbilisi Mayor’s Office", None, "ru", "мэрия Тбилиси"), ("Tbilisi Mayor’s Office", None, "kk", "Тбилиси мэриясы"),
    ("Dushanbe Mayor", "TJ", "ru", "председатель города Душанбе"), ("Dushanbe Mayor", "TJ", "mn", "Душанбе хотын дарга"),
    ("Croatian Parliament Speaker", "HR", "ru", "Председатель Сабора Хорватии"),
])
def test_city_halls_city_heads_and_the_sabor(english: str, country: str | None, lang: str, composed: str) -> None:
    from briefing.compose import compose

    kind = "institution" if "Office" in english else "title"
    assert compose(english, lang, kind, country) == composed


@pytest.mark.parametrize(("name", "russian"), [("Kamina Johnson Smith", "Камина Джонсон Смит"),
                                               ("Mia Amor Mottley", "Мотли"), ("Kerrie Symmonds", "Керри Симмондс")])
def test_names_of_the_commonwealth_caribbean_are_read_as_english(name: str, russian: str) -> None:
    from briefing.names import transliterate_name

    assert russian in transliterate_name(name, "ru", country="JM").text


def test_an_icelandic_daughters_name_is_a_womans_and_does_not_decline() -> None:
    from briefing.grammar import ru

    assert ru.inflect("Ингибьёрг Сольрун Гисладоттир", "gen", "person") == "Ингибьёрг Сольрун Гисладоттир"


def test_an_arabic_nisba_in_ai_is_two_vowels_and_does_not_decline() -> None:
    from briefing.grammar import ru
    from briefing.names import arabic

    assert arabic.spell("hinai") == "хинаи"
    assert ru.inflect("Хаттаб бен Галиб аль-Хинаи", "gen", "person") == "Хаттаба бен Галиба аль-Хинаи"


@pytest.mark.parametrize(("name", "russian"), [("Celso Amorim", "Селсу Аморин"), ("Luiz Inácio Lula da Silva", "Луис Инасиу Лула да Силва"),
                                               ("Mauro Vieira", "Мауру Виейра"), ("José Serra", "Жозе Серра"),
                                               ("Paulo Guedes", "Паулу Гедис"), ("Sérgio Moro", "Сержиу Мору")])
def test_brazilian_names_as_brazil_says_them(name: str, russian: str) -> None:
    from briefing.names import transliterate_name

    assert transliterate_name(name, "ru", country="BR").text == russian


def test_a_latin_american_chancellor_is_the_foreign_minister() -> None:
    from briefing.compose import compose

    assert compose("Brazilian Chancellor", "ru", "title", "BR") == "министр иностранных дел Бразилии"
    assert compose("Chancellor of Germany", "ru", "title", "DE") == "канцлер Германии"


def test_another_countrys_foreign_ministry_is_gadaad_khereg_in_mongolian() -> None:
    from briefing.compose import compose

    assert compose("Minister of Foreign Affairs and Regional Integration", "mn", "title", "GH").startswith("Гадаад хэрэг")


@pytest.mark.parametrize(("lang", "sentence"), [("ru", "Документы пока не подписаны."), ("kk", "Құжаттарға әзірге қол қойылған жоқ."),
                                                ("en", "No documents have been signed yet.")])
def test_a_document_still_to_be_signed_is_never_no_signing_mentioned(tmp_path, lang: str, sentence: str) -> None:
    from conftest import briefing_text

    text = ("date 2008-11-02\nOSLO, Nov 2 (NTB) - Foreign Minister Jonas Gahr Store will visit Iceland on Monday. "
            "The meeting is due to end in the signing of a cooperation agreement on fossil fuel reserves.\n")
    written = briefing_text(tmp_path, text, lang)
    assert sentence in written


def test_documents_mentioned_beside_signed_ones_stay_in_the_summary(tmp_path) -> None:
    from conftest import briefing_text

    text = ("ASTANA, May 3 (Kazinform) - Kazakhstan and Mongolia signed a memorandum on tourism. "
            "In 2019, the two countries signed an agreement on trade.\n")
    lines = briefing_text(tmp_path, text, "en").splitlines()
    assert lines.index("Participants") > next(i for i, line in enumerate(lines) if line.startswith("Documents mentioned"))


def test_a_visit_whose_visitor_left_this_morning_is_under_way() -> None:
    facts = _facts("Dushanbe mayor pays working visit to Tashkent\n\nDushanbe Mayor Rustam Emomali today morning left "
                   "for the Uzbek capital of Tashkent on a two-day working visit.\n")
    assert (facts.event_type, facts.event_status) == ("visit", "in progress")


def test_backticks_around_a_title_are_quote_marks_and_before_s_an_apostrophe() -> None:
    from briefing.ingest import normalize_text

    assert normalize_text("ratified the agreement on `Cooperation in security` . Azerbaijan`s") == \
        "ratified the agreement on “Cooperation in security” . Azerbaijan’s\n"


@pytest.mark.parametrize("chamber", ["Милли Меджлис Азербайджана", "Жогорку Кенеш Кыргызской Республики", "Олий Мажлис"])
def test_a_chamber_named_by_its_native_attribute_is_singular_and_masculine(chamber: str) -> None:
    from briefing.grammar.ru_agreement import agree

    assert agree("ратифицировал", chamber) == "ратифицировал"


def test_a_ratifying_chamber_carries_its_country_without_the_place_again(tmp_path) -> None:
    from conftest import briefing_text

    text = ("Parliament OKs Azerbaijan-Turkey agreement\n\nThe Azerbaijani Parliament ratified the agreement on "
            "`Cooperation between Azerbaijan and Turkey in the field of security` . The Azerbaijani parliament also "
            "ratified the agreement on labor migration between Azerbaijan and Turkey.\n")
    russian = briefing_text(tmp_path, text, "ru").replace("‡", "")
    assert "Милли Меджлис Азербайджана ратифицировал соглашение о сотрудничестве в области безопасности" in russian
    assert "В Азербайджане Милли" not in russian and "трудовой миграции" in russian


@pytest.mark.parametrize(("english", "lang", "composed"), [
    ("Institute of Technical Education", "ru", "Институт технического образования"),
    ("CEO of Institute of Technical Education", "kk", "Техникалық білім беру институтының атқарушы директоры"),
    ("Coordinating Minister for National Security", "mn", "Үндэсний аюулгүй байдлын асуудал эрхэлсэн зохицуулах сайд"),
])
def test_singapores_offices_of_fresh84_compose(english: str, lang: str, composed: str) -> None:
    from briefing.compose import compose

    kind = "institution" if english.startswith("Institute") else "title"
    assert compose(english, lang, kind, "SG") == composed
