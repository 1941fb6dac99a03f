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


def _people(text: str):
    return extract(parse_article("date 2024-05-10\nTASHKENT, May 10. " + text))


def test_the_people_of_a_stop_before_this_visit_are_mentioned():
    facts = _people("Speaker Irakli Davitashvili is paying a working visit to Uzbekistan. Prior to the visit to "
                    "Uzbekistan, Davitashvili visited Armenia where he met with President Vahe Sargsyan.")
    assert [p.name for p in facts.participants] == ["Irakli Davitashvili"]
    assert "Vahe Sargsyan" in [p.name for p in facts.mentioned_people]


def test_a_future_inside_the_quote_does_not_make_its_speaker_a_person_of_plans():
    facts = _people("Two news agencies signed a memorandum in Tashkent. “All of this will be covered by our agencies,” "
                    "Director General of the Agency Askar Temirov said.")
    assert "Askar Temirov" in [p.name for p in facts.participants]


def test_she_after_a_quote_she_told_is_the_subject_that_opened_the_text_with_her_office():
    facts = _people("Speaker of the upper house Anna Petrova confirmed preparations for the visit.\n\n"
                    "\"We are working on the visit,\" she told reporters after a meeting with speaker Olga Berdyeva.\n\n"
                    "\"The agreements will be signed,\" she said.")
    assert [q.speaker for q in facts.quotes] == ["Anna Petrova", "Anna Petrova"]


def test_a_speaker_named_at_the_end_of_the_sentence_before_is_the_he_of_the_quote():
    facts = _people("President Ivan Sidorov will pay a state visit to Uzbekistan, his aide Petr Orlov said.\n\n"
                    "\"The program will begin on Wednesday,\" he said.")
    assert [q.speaker for q in facts.quotes] == ["Petr Orlov"]


def test_heads_of_two_committees_each_head_one_committee():
    titles = _titles("The document was signed by the heads of the State Committees for National Security of "
                     "Kyrgyzstan Asan Usenov and Tajikistan Rustam Karimov.")
    assert titles == {"Asan Usenov": "head of the State Committee for National Security of Kyrgyzstan",
                      "Rustam Karimov": "head of the State Committee for National Security of Tajikistan"}


# ru «комитета Милли Меджлиса по международным отношениям и межпарламентским связям», «рабочих групп по связям с
# парламентами» (turan.az, 2024); the parliament's chairman as the Chairman of the Parliament of Georgia.
def test_parliamentary_offices_committees_and_working_groups_are_composed():
    cases = {
        "Georgian Parliamentary Chairman": ["Председатель Парламента Грузии", "Грузия Парламентінің Төрағасы",
                                            "Гүрж Улсын Парламентын дарга"],
        "Chairman of the Committee on International Relations and Interparliamentary Relations": [
            "председатель Комитета по международным отношениям и межпарламентским связям",
            "Халықаралық қатынастар және парламентаралық байланыстар комитетінің төрағасы",
            "Олон улсын харилцаа, парламент хоорондын харилцааны хорооны дарга"],
        "Head of the Milli Majlis working group on interparliamentary relations": [
            "руководитель рабочей группы Милли Меджлиса по межпарламентским связям",
            "Милли Мәжілістің Парламентаралық байланыстар жөніндегі жұмыс тобының басшысы",
            "Милли Меджлисийн Парламент хоорондын харилцааны ажлын хэсгийн дарга"],
    }
    for english, forms in cases.items():
        assert [compose(english, lang, "title") for lang in ("ru", "kk", "mn")] == forms


def test_a_second_role_after_the_office_and_members_of_a_listed_group():
    titles = _titles("Samir Aliyev, Chairman of the Committee on International Relations and Interparliamentary "
                     "Relations and a member of the working group, met the guests in Bishkek. Working group members Aida "
                     "Karimova, Zaur Aliyev, and Tural Mammadov also addressed the meeting.")
    assert titles["Samir Aliyev"] == "Chairman of the Committee on International Relations and Interparliamentary Relations"
    assert titles["Aida Karimova"] == titles["Zaur Aliyev"] == "Working group member"


def test_the_office_of_a_delegation_leader_belongs_to_the_body_the_delegation_came_from():
    titles = _titles("President Sadyr Japarov received a delegation from the National Assembly of the Republic of Korea, "
                     "headed by the Speaker Woo Won-shik.")
    assert titles["Woo Won-shik"] == "Speaker of the National Assembly of the Republic of Korea"


def test_a_chamber_of_commerce_and_industry_before_its_president_is_one_body():
    facts = extract(parse_article("date 2024-05-10\nBISHKEK, May 10. The memorandum was signed with the Kyrgyz Chamber of "
                                  "Commerce and Industry President Bolot Asanov. The Council of Ministers approved it."))
    assert "Kyrgyz Chamber of Commerce and Industry" in facts.organizations
    assert "Council of Ministers" in facts.organizations
