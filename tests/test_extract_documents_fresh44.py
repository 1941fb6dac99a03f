"""Documents first met on the fresh44 batch: a list of deals named after the count of a forum's documents ("Among the
major ones are …"), a sum with a decimal point, counted contracts with a subject, companies as the sides and a list
that ends "and others". Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _signed(text: str) -> list[tuple[str, list[str]]]:
    facts = extract(parse_article("date 2024-05-03\nALMATY, May 3. " + text))
    return [(d.title, d.parties) for d in facts.documents_signed]


def test_the_major_ones_named_after_a_count_worth_a_decimal_sum_are_the_documents_signed() -> None:
    signed = _signed("As part of the forum, 17 documents worth 612.4 million US dollars were signed. Among the major "
                     "ones are the agreement between Almaty region and Alpha Ltd on building substations, "
                     "agreement between Beta LLP and Gamma Co on supplies of milk and others.")
    assert signed == [("agreement between Almaty region and Alpha Ltd on building substations", ["Almaty region", "Alpha Ltd"]),
                      ("agreement between Beta LLP and Gamma Co on supplies of milk", ["Beta LLP", "Gamma Co"])]


def test_counted_contracts_with_a_subject_are_one_item_and_end_at_the_next_document() -> None:
    signed = _signed("Ten documents were signed, among them three contracts on supplies of oil, an agreement on "
                     "supplies of milk and a memorandum on tourism.")
    assert [title for title, _ in signed] == ["three contracts on supplies of oil", "agreement on supplies of milk",
                                              "memorandum on tourism"]


def test_a_period_whose_end_year_has_two_figures_or_the_word_years_is_part_of_the_title() -> None:
    from briefing.compose import compose

    assert _signed("The ministers signed a memorandum of cooperation for 2023-24 today.")[0][0] == \
        "memorandum of cooperation for 2023-24"
    assert _signed("The ministers signed a memorandum of cooperation for 2026-2028 years.")[0][0] == \
        "memorandum of cooperation for 2026-2028 years"
    # ru «на 2026–2028 годы», kk «2026–2028 жылдарға арналған»: the period already says "years"
    assert compose("memorandum of cooperation for 2026-2028 years", "ru", "document") == \
        "меморандум о сотрудничестве на 2026–2028 годы"
    assert compose("memorandum of cooperation for 2026-2028 years", "kk", "document") == \
        "2026–2028 жылдарға арналған ынтымақтастық туралы меморандум"


def _referenced(text: str) -> list[tuple[str, list[str], str | None]]:
    facts = extract(parse_article("date 2024-05-03\nBISHKEK, May 3. " + text))
    return [(d.title, d.parties, d.status) for d in facts.documents_referenced]


def test_three_named_sides_stay_in_the_title_and_the_plan_told_twice_is_one_document() -> None:
    referenced = _referenced(
        "Kyrgyzstan will sign an agreement on the state border junction point with two neighbouring countries. "
        "The presidents agreed to conclude an agreement between the Republic of Tajikistan, the Kyrgyz Republic "
        "and the Republic of Uzbekistan on the state border junction point.")
    assert referenced == [("agreement between the Republic of Tajikistan, the Kyrgyz Republic and the Republic of "
                           "Uzbekistan on the state border junction point",
                           ["Republic of Tajikistan", "Kyrgyz Republic", "Republic of Uzbekistan"], "to be signed")]


def test_a_sentence_saying_what_the_memorandum_was_signed_for_gives_its_subject() -> None:
    facts = extract(parse_article("date 2024-05-03\nDUSHANBE, May 3. The two news agencies signed a Memorandum of "
                                  "Understanding.\n\nThe MoU was signed to strengthen cooperation in the field of "
                                  "information exchange."))
    [memorandum] = facts.documents_signed
    assert memorandum.subject == "cooperation in the field of information exchange"


def test_the_signers_after_an_opening_phrase_are_the_sides() -> None:
    facts = extract(parse_article(
        "date 2024-05-03\nDUSHANBE, May 3. Yesterday, as part of the state visit of the President of Turkmenistan to "
        "Tajikistan, the National News Agency of Tajikistan and the State Agency of Turkmenistan signed a Memorandum "
        "of Understanding."))
    assert [d.parties for d in facts.documents_signed] == [["National News Agency of Tajikistan",
                                                            "State Agency of Turkmenistan"]]


def test_a_programme_between_the_foreign_affairs_departments_is_between_each_sides_ministry() -> None:
    signed = _signed("The Ministers of Foreign Affairs of Kyrgyzstan and Tajikistan Jeenbek Kulubaev and Sirojiddin "
                     "Mukhriddin signed a program of cooperation between the foreign affairs departments for 2024-2025.")
    assert signed[0][1] == ["Ministry of Foreign Affairs of Kyrgyzstan", "Ministry of Foreign Affairs of Tajikistan"]


# review 44: the titles the readers missed, now composed (ru «Соглашение о принимающей стране», «в области подготовки
# дипломатических кадров»; kk «Қабылдаушы мемлекет туралы келісім»; the rows are unconfirmed in locales/offices.csv)
def test_titles_the_readers_missed_compose_in_every_language() -> None:
    from briefing.compose import compose

    protocol = "Protocol on Amendments to the Host Country Agreement"
    assert compose(protocol, "ru", "document") == "протокол о внесении изменений в соглашение о принимающей стране"
    assert compose(protocol, "kk", "document") == "қабылдаушы мемлекет туралы келісімге өзгерістер енгізу туралы хаттама"
    assert compose("memorandum on cooperation in the field of diplomatic training", "mn", "document") == \
        "дипломат боловсон хүчин бэлтгэх салбарт хамтран ажиллах санамж бичиг"
    assert compose("Ministry of Foreign Affairs and Trade of Hungary", "ru", "institution") == \
        "Министерство иностранных дел и внешнеэкономических связей Венгрии"


def test_mongolian_joins_two_sides_with_bolon_when_a_name_holds_a_comma(tmp_path) -> None:
    # review 44: «… яам, Унгар Улсын Гадаад хэрэг, худалдааны яамны хооронд» read as three sides
    from conftest import briefing_text

    article = ("date 2022-09-23\nULAANBAATAR, September 23. The Ministry of Foreign Affairs of Mongolia and the Ministry "
               "of Foreign Affairs and Trade of Hungary signed a Memorandum of Understanding on cooperation in the "
               "field of diplomatic training.")
    mn = briefing_text(tmp_path, article, "mn")
    assert "Гадаад харилцааны яам болон Унгар Улсын Гадаад хэрэг, худалдааны яамны" in mn


def test_we_signed_in_a_quote_about_todays_meeting_is_this_events_signing() -> None:
    facts = extract(parse_article(
        "date 2024-04-25\nTASHKENT, April 25. The Minister of Foreign Affairs of Uzbekistan met the Foreign Secretary "
        "of the United Kingdom.\n\n“A pleasure to meet my colleague today at the Foreign Ministry”, the minister wrote. "
        "“We also signed the Joint Declaration on Comprehensive Partnership and the MOU in the fields of regional "
        "connectivity and infrastructure”."))
    assert [(d.title, d.status) for d in facts.documents_signed] == [
        ("Joint Declaration on Comprehensive Partnership", None),
        ("MOU in the fields of regional connectivity and infrastructure", None)]


def test_a_sentence_run_into_the_next_without_a_space_still_ends() -> None:
    facts = extract(parse_article(
        "date 2018-02-13\nTASHKENT, February 13. Their meeting follows a summit in Seoul in November of last "
        "year.In particular, the two nations signed memorandums of understanding on the construction of a hospital."))
    assert [d.status for d in facts.documents_signed] == [None]


def test_the_agencys_attribution_after_the_sides_is_no_side() -> None:
    signed = _signed("The minister announced the signing of a Memorandum of Understanding in the energy sector between "
                     "Ankara and Ashgabat, Trend reports.")
    assert signed == [("Memorandum of Understanding in the energy sector between Ankara and Ashgabat",
                       ["Ankara", "Ashgabat"])]
