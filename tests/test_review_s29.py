"""Session 29: what the fresh78 and fresh79 articles showed. Short synthetic sentences and articles."""

from __future__ import annotations


def _facts(text: str):
    from briefing.extract import extract
    from briefing.ingest import parse_article

    return extract(parse_article(text))


# -- documents ------------------------------------------------------------------------------------------------------

def test_two_memoranda_which_are_on_two_sectors_are_two_documents_both_signed_by_the_signers() -> None:
    facts = _facts("TEHRAN, May 3 (MNA) – Iran and Turkey signed two cooperation documents on Thursday.\n\n"
                   "The two Memorandums of Understanding which are on health and communication sectors were signed by "
                   "Foreign Minister Ali Karimi and his Turkish counterpart Murat Kaya, with the presidents of the two "
                   "countries, Reza Tehrani and Ahmet Yilmaz, in attendance.\n")
    signed = [(d.type, d.subject, d.signatories) for d in facts.documents_signed]
    assert signed == [("memorandum", "health", ["Ali Karimi", "Murat Kaya"]),
                      ("memorandum", "communication", ["Ali Karimi", "Murat Kaya"])]


def test_agreements_on_two_kinds_of_sector_named_by_adjectives_stay_one_subject() -> None:
    facts = _facts("ASTANA, May 3 (Kazinform) – Kazakhstan and Turkey signed memoranda on trade and economic sectors.\n")
    assert [d.title for d in facts.documents_signed] == ["memoranda on trade and economic sectors"]


def test_two_memoranda_counted_on_two_kinds_of_one_field_are_one_of_each_kind() -> None:
    facts = _facts("NEW YORK -- Kuwait's Ambassador to The Bahamas Tariq Al-Rashid signed on Tuesday two memoranda of "
                   "understanding (MoUs) on political and economic collaboration.\n")
    signed = [(d.subject, d.signatories) for d in facts.documents_signed]
    assert signed == [("political collaboration", ["Tariq Al-Rashid"]), ("economic collaboration", ["Tariq Al-Rashid"])]


def test_the_named_subject_of_the_signing_verb_signed_the_document() -> None:
    facts = _facts("Foreign Minister Ali Karimov and his Turkish counterpart Murat Kaya signed an agreement on trade.\n")
    assert [d.signatories for d in facts.documents_signed] == [["Ali Karimov", "Murat Kaya"]]


def test_a_name_earlier_in_the_sentence_than_the_signers_signed_nothing() -> None:
    facts = _facts("During the visit of President Ali Karimov, the ministers signed an agreement on trade.\n")
    assert [d.signatories for d in facts.documents_signed] == [[]]


def test_an_agreement_concluded_by_two_officials_has_them_as_signatories_and_participants() -> None:
    facts = _facts("BUCHAREST -- The Ministry of Economy of Moldova and the Ministry of Economy, Commerce and Business "
                   "Environment of Romania concluded a cooperation agreement Monday. The agreement was concluded by the "
                   "Moldovan Deputy Minister of Economy, Ion Rusu, and Mihai Pop, Secretary of State of the Romanian "
                   "Ministry of Economy.\n")
    (agreement,) = facts.documents_signed
    assert agreement.parties == ["Ministry of Economy of Moldova",
                                 "Ministry of Economy, Commerce and Business Environment of Romania"]
    assert agreement.signatories == ["Ion Rusu", "Mihai Pop"]
    assert [p.name for p in facts.participants] == ["Ion Rusu", "Mihai Pop"]
    assert facts.participants[1].organization == "Romanian Ministry of Economy"
    assert "State of the Romanian Ministry of Economy" not in facts.organizations


def test_what_an_agreement_covers_ends_before_who_reported_it() -> None:
    facts = _facts("ADDIS ABABA, July 2 (ENA) - Ethiopia and Russia have signed an agreement which would enable them to "
                   "cooperate in areas of agriculture and energy, according to the Ministry of Foreign Affairs.\n")
    assert all("according" not in (d.subject or "") for d in facts.documents_signed)


# -- people ---------------------------------------------------------------------------------------------------------

def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {person.name: (person.title, person.country) for person in _facts(text).participants}


def test_a_country_of_two_words_after_an_envoys_office_is_no_part_of_his_name() -> None:
    people = _people("COLOMBO -- The memorandum was signed by the Australian High Commissioner in Sri Lanka Bryce "
                     "Hutton and Finance Secretary Ravi Perera.\n")
    assert people["Bryce Hutton"] == ("Australian High Commissioner in Sri Lanka", "AU")


def test_a_name_that_only_reads_as_japanese_syllables_gets_no_japanese_side() -> None:
    people = _people("The Australian Ambassador in Kazakhstan Bryce Hutton met Finance Minister Ravi Perera.\n")
    assert people["Ravi Perera"][1] != "JP"


def test_a_diplomats_rank_after_the_office_is_no_part_of_the_office() -> None:
    people = _people("NAIROBI -- Cabinet Secretary Ambassador Grace Wanjiru held talks with Foreign Minister Ali "
                     "Saud in Riyadh.\n")
    assert people["Grace Wanjiru"][0] == "Cabinet Secretary"


def test_office_holders_listed_after_a_colon_share_the_plural_office_whatever_party_follows_each() -> None:
    people = _people("WARSAW -- The meeting will be attended by deputy speakers of the Polish Sejm: Anna Nowak (ruling "
                     "party, PiS), Piotr Lis (PiS) and Ewa Zielinska (oppositionist party Civic Platform, PO).\n")
    assert set(people) == {"Anna Nowak", "Piotr Lis", "Ewa Zielinska"}
    assert {title for title, _ in people.values()} == {"deputy speaker of the Polish Sejm"}


def test_an_official_who_has_told_the_agency_is_its_source_not_a_participant() -> None:
    facts = _facts("WARSAW -- A joint meeting of the Polish Sejm and the Czech Chamber of Deputies will take place in "
                   "Jurata on August 29, director of the Sejm Information Center, Jan Kowal, has told PAP.\n")
    assert [p.name for p in facts.mentioned_people] == ["Jan Kowal"]
    assert facts.participants == []


def test_a_word_of_a_persons_standing_opens_no_institutions_name() -> None:
    facts = _facts("BEIJING -- Senior Communist Party of China (CPC) official Liu Yun said in Beijing Monday China "
                   "would increase its cooperation with Jordan.\n")
    assert "Communist Party of China" in facts.organizations
    assert not any(name.startswith("Senior") for name in facts.organizations)


# -- quote speakers -------------------------------------------------------------------------------------------------

def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in _facts(text).quotes]


def test_quoted_words_told_according_to_a_ministry_at_the_end_are_the_ministrys() -> None:
    assert _speakers("TOKYO -- Minister Taro Sato and Secretary Tom Reed “exchanged views on a wide range of issues” "
                     "during the call, according to the Foreign Ministry.\n") == ["Foreign Ministry"]


def test_quoted_words_in_a_sentence_that_ends_with_who_has_said_it_are_that_persons() -> None:
    assert _speakers("TOKYO -- In phone talks Tuesday, President Tom Reed offered “strong words of commitment” "
                     "regarding the defense, Taro Sato has said.\n") == ["Taro Sato"]


def test_quoted_words_after_a_possessive_in_what_a_person_said_are_that_persons() -> None:
    assert _speakers("TOKYO -- Taro Sato has said the alliance remains the foundation of the policy and that he will "
                     "address Beijing’s “attempts to change the status quo by force” in surrounding waters.\n") == [
        "Taro Sato"]


# -- participants and people mentioned ------------------------------------------------------------------------------

_PHONE_TALKS = ("TOKYO -- The top diplomats of Japan and the United States agreed in phone talks Thursday to strengthen "
                "their alliance, after Ken Mori became prime minister this week.\n\n"
                "Foreign Minister Taro Sato and U.S. Secretary of State Tom Reed discussed the region.\n\n"
                "In phone talks Tuesday, U.S. President Jim Bell offered support regarding the islands, Mori has said.\n\n"
                "Sato is one of only two ministers Mori retained from the previous Cabinet.\n")


def test_one_who_took_office_before_the_talks_and_one_met_on_another_day_are_only_mentioned() -> None:
    facts = _facts(_PHONE_TALKS)
    assert [p.name for p in facts.participants] == ["Taro Sato", "Tom Reed"]
    assert {p.name for p in facts.mentioned_people} == {"Ken Mori", "Jim Bell"}


def test_ministers_counted_before_a_name_that_opens_a_clause_are_no_office_of_that_name() -> None:
    mori = next(p for p in _facts(_PHONE_TALKS).mentioned_people if p.name == "Ken Mori")
    assert mori.title is None
