"""Issue 9: every fact says how sure it is and why; the weak fields read the genre's harder forms.

Each test is a short sentence written for the test (no corpus article is quoted), one class of
defect per test: documents, quote speakers, participants versus people mentioned, place, areas,
planned events, event types and formats, dates without a year, review marks and their reading.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.evaluate import Outcome, score_article
from briefing.extract import explain, extract
from briefing.ingest import parse_article
from briefing.models import DEFAULT_REVIEW_BELOW, Facts, Person, Quote


def _facts(text: str, **options) -> Facts:
    return extract(parse_article(text), **options)


def _titles(documents) -> list[str]:
    return [d.title for d in documents]


# -- documents -------------------------------------------------------------------------------------


def test_a_list_after_a_colon_gives_each_document_and_no_bogus_documents():
    facts = _facts("ASTANA, Kazakhstan, May 29. The presidents held talks. Following the talks, the sides signed three "
                   "documents: an agreement on the avoidance of double taxation, a memorandum of understanding on "
                   "critical minerals and a roadmap for 2025-2027.")
    assert _titles(facts.documents_signed) == ["agreement on the avoidance of double taxation",
                                               "memorandum of understanding on critical minerals", "roadmap for 2025-2027"]
    assert [d.type for d in facts.documents_signed] == ["agreement", "memorandum", "roadmap"]
    assert not any(d.title.lower().endswith("documents") for d in facts.documents_signed)


def test_one_noun_for_several_subjects_gives_one_document_each():
    memoranda = _facts("The ministries signed three memoranda: on education, on healthcare and on tourism.")
    assert _titles(memoranda.documents_signed) == ["memorandum on education", "memorandum on healthcare",
                                                   "memorandum on tourism"]
    agreements = _facts("Agreements on visa-free travel and on readmission were signed by the ministers.")
    assert _titles(agreements.documents_signed) == ["Agreement on visa-free travel", "Agreement on readmission"]


def test_a_package_is_covered_by_the_documents_it_includes():
    facts = _facts("The package of 11 documents includes a treaty on strategic partnership and an action plan on "
                   "youth policy.")
    assert _titles(facts.documents_signed) == ["treaty on strategic partnership", "action plan on youth policy"]
    series = _facts("A series of agreements was signed.\n\n- Agreement on trade between A Ministry and B Ministry;\n"
                    "- Memorandum on tourism between C Agency and D Agency.\n")
    assert not any(d.title.startswith("series") for d in series.documents_signed)


def test_coordinated_documents_share_the_verb_and_plural_abbreviations_count():
    facts = _facts("He said that four agreements and several MoUs will be signed during the visit.")
    assert [(d.type, d.title, d.status) for d in facts.documents_referenced] == [
        ("agreement", "four agreements", "to be signed"), ("memorandum", "several MoUs", "to be signed")]


def test_an_agency_or_a_count_is_never_a_document_title():
    forum = _facts("The forum opened with the support of the United Nations Development Programme. The organizers "
                   "signed a memorandum with the World Food Programme.")
    assert _titles(forum.documents_signed) == ["memorandum"]
    assert not any("Programme" in d.title for d in [*forum.documents_signed, *forum.documents_referenced])


def test_signed_referenced_and_planned_are_kept_apart():
    facts = _facts("date 2024-05-10\nThe ministers signed a protocol on customs today. The agreement on transit, "
                   "signed last year, is in force. A roadmap on energy will be signed in June.")
    assert _titles(facts.documents_signed) == ["protocol on customs"]
    assert [(d.title, d.status) for d in facts.documents_referenced] == [
        ("agreement on transit", "signed earlier"), ("roadmap on energy", "to be signed")]


def test_nothing_is_signed_over_the_phone_and_a_statement_is_a_document_only_when_signed():
    facts = _facts("The ministers held a phone conversation. They recalled the statement the presidents signed in "
                   "Sochi. The ministry's statement welcomed the call.")
    assert facts.documents_signed == []
    assert all(d.status == "signed earlier" for d in facts.documents_referenced)


def test_parties_come_from_the_sentence_not_from_the_article_at_large():
    facts = _facts("Kazakh Foreign Minister Murat Nurtleu met Uzbek Foreign Minister Bakhtiyor Saidov in Tashkent. "
                   "A memorandum on tourism was signed. The sides also signed an agreement on transit.")
    by_title = {d.title: d.parties for d in facts.documents_signed}
    assert by_title["memorandum on tourism"] == []  # the sentence names no sides
    assert by_title["agreement on transit"] == ["Kazakhstan", "Uzbekistan"]  # "the sides"


def test_a_list_in_running_text_with_dashes():
    facts = _facts("The delegations signed several documents: - A Memorandum of Intent to create a joint school. "
                   "- A Memorandum of Understanding on technical cooperation between the Alpha Bank and the Beta Bank.")
    assert _titles(facts.documents_signed) == [
        "Memorandum of Intent to create a joint school",
        "Memorandum of Understanding on technical cooperation between the Alpha Bank and the Beta Bank"]


# -- quote speakers --------------------------------------------------------------------------------

_RECEPTION = ("ASTANA, Kazakhstan, April 2. President of Kazakhstan Kassym-Jomart Tokayev received Chairman of the "
              "Senate of Uzbekistan Tanzila Narbayeva in Akorda, Trend reports.\n\n")


def test_speakers_named_by_office_or_role():
    facts = _facts(_RECEPTION + "\"Our countries are true allies,\" the Head of State noted.\n\n"
                   "\"We will open new routes for trade,\" the Kazakh leader said.\n")
    assert [q.speaker for q in facts.quotes] == ["Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"]
    # the office as written is calibrated sure; "the Head of State" resolved through the text is a rule the
    # annotated batches have not shown yet, so it keeps its hand-set score (below the calibrated threshold)
    assert facts.quotes[1].confidence and facts.quotes[1].confidence >= DEFAULT_REVIEW_BELOW


def test_a_pronoun_takes_the_person_of_its_gender_named_before():
    facts = _facts(_RECEPTION + "The Senate Speaker praised the parliaments. \"Our ties give life to the agreements "
                   "of our presidents,\" she said.\n")
    assert facts.quotes[0].speaker == "Tanzila Narbayeva"
    assert "pronoun" in (facts.quotes[0].why or "")


def test_press_services_and_ministries_speak_for_their_institution():
    facts = _facts("The Ministry of Foreign Affairs of Kazakhstan reports that the ministers talked by phone.\n\n"
                   "\"The ministers agreed to meet again soon,\" the statement says.\n")
    assert facts.quotes[0].speaker == "Ministry of Foreign Affairs of Kazakhstan"
    press = _facts(_RECEPTION + "According to the Akorda press service, the sides discussed energy. \"The parties "
                   "agreed to meet again in the autumn,\" the press service said.\n")
    assert press.quotes[0].speaker == "Akorda"


def test_a_quote_over_two_paragraphs_and_one_that_goes_on():
    facts = _facts(_RECEPTION + "Tokayev recalled the history.\n\"Our peoples have lived side by side for centuries.\n"
                   "\"Today we write a new page of this history,\" he added. \"Our trade will double in three years.\"\n")
    assert facts.quotes[0].text == ("Our peoples have lived side by side for centuries. Today we write a new page of "
                                    "this history")
    assert [q.speaker for q in facts.quotes] == ["Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"]
    assert facts.quotes[1].why == "goes on from the quote before"


def test_an_envoy_is_the_ambassador_and_a_new_sentence_is_no_attribution():
    facts = _facts("The Ambassador of Kazakhstan Bolat Serikov met the minister. He said that \"four agreements will "
                   "be signed during the visit.\" The visit will help, he added. \"Our trade is small,\" said the envoy.")
    assert [q.speaker for q in facts.quotes] == ["Bolat Serikov", "Bolat Serikov"]


def test_reported_speech_opened_by_a_dash_is_no_quote():
    facts = _facts("Prime Minister Ken Sato held a phone talk with Prime Minister Bat Erdene.\n"
                   "- At the outset, Prime Minister Sato explained that he has decided to postpone his visit.\n")
    assert facts.quotes == []


# -- participants and people mentioned -------------------------------------------------------------


def _roles(facts: Facts) -> tuple[list[str | None], list[str | None]]:
    return [p.name for p in facts.participants], [p.name for p in facts.mentioned_people]


def test_a_call_has_the_callers_of_the_lead_and_others_are_mentioned():
    facts = _facts("Foreign Minister of Kazakhstan Murat Nurtleu held a phone conversation with Foreign Minister of "
                   "Uzbekistan Bakhtiyor Saidov. The ministers discussed the agreements reached by President Kassym-Jomart "
                   "Tokayev and President Shavkat Mirziyoyev during their meeting.")
    assert _roles(facts) == (["Murat Nurtleu", "Bakhtiyor Saidov"], ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"])
    assert facts.format == "phone"


def test_a_chair_of_an_earlier_meeting_a_thanked_person_and_an_honoured_one_are_mentioned():
    facts = _facts("Minister Aidar Serikov met Minister Bolat Amanov in Astana. They recalled the previous session, "
                   "chaired by Deputy Prime Minister Nurlan Kairov. Serikov thanked President Aset Temirov for his "
                   "support. They discussed a park named after General Daulet Nurov.")
    participants, mentioned = _roles(facts)
    assert participants == ["Aidar Serikov", "Bolat Amanov"]
    assert set(mentioned) == {"Nurlan Kairov", "Aset Temirov", "Daulet Nurov"}


def test_a_host_thanked_for_the_welcome_and_named_delegation_members_take_part():
    facts = _facts("Deputies of the Senate met their colleagues from the Finnish Parliament, members of the friendship "
                   "group Kimmo Kiljunen and Heli Jarvinen. The guests thanked Senator Aidar Serikov for the warm "
                   "welcome.")
    participants, _ = _roles(facts)
    assert participants == ["Kimmo Kiljunen", "Heli Jarvinen", "Aidar Serikov"]
    assert [p.country for p in facts.participants[:2]] == ["FI", "FI"]


def test_honorifics_and_royal_titles_are_titles_not_names():
    facts = _facts("HE Deputy Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani held talks with Prime Minister "
                   "Ken Sato. Later Sato paid a courtesy call on His Majesty the Emperor Naruhito.")
    people = {p.name: p.title for p in facts.participants}
    assert people["Mohammed bin Abdulrahman Al-Thani"] == "Deputy Prime Minister"
    assert people["Naruhito"] == "Emperor"


def test_someone_only_in_a_plan_is_mentioned_and_so_is_an_earlier_visitor_of_a_planned_visit():
    done = _facts("The Prime Minister Lkham Bat visited Japan. He met Prime Minister Ken Sato. On his way back, he "
                  "is scheduled to visit Korea to meet Prime Minister Kim Min-su.")
    assert "Kim Min-su" in _roles(done)[1]
    planned = _facts("President Aset Temirov will pay a state visit to Saudi Arabia. Saudi delegations, including "
                     "one led by Foreign Minister Omar Saleh, visited Kazakhstan last year.")
    assert _roles(planned) == (["Aset Temirov"], ["Omar Saleh"])


# -- place -------------------------------------------------------------------------------------------


def test_the_dateline_city_stands_when_the_text_names_no_other_place():
    facts = _facts("ASTANA, Kazakhstan, May 29. Prime Minister Olzhas Bektenov met the Minister of Economy of "
                   "Azerbaijan Mikayil Jabbarov, Trend reports.")
    assert (facts.location.city, facts.location.country) == ("Astana", "KZ")
    assert "dateline" in (facts.location.why or "")
    abroad = _facts("ASTANA –  President Tokayev met President Ali Hassan during the visit of the Kazakh delegation to "
                    "the UAE.")
    assert (abroad.location.city, abroad.location.country) == (None, "AE")


def test_venues_and_the_capital_resolve_to_their_city():
    venue = _facts("The presidents held talks in Akorda and signed a memorandum.")
    assert (venue.location.city, venue.location.country) == ("Astana", "KZ")
    capital = _facts("The ministers signed a memorandum today in the Kazakh capital.")
    assert (capital.location.city, capital.location.country) == ("Astana", "KZ")
    hosted = _facts("Baku hosted the sixth meeting of the joint commission.")
    assert (hosted.location.city, hosted.location.country) == ("Baku", "AZ")
    named = _facts("A series of agreements was signed after the meeting in Kazakhstan’s Astana.")
    assert named.location.city == "Astana"


# -- areas -------------------------------------------------------------------------------------------


def test_pairs_the_vocabulary_names_stay_pairs_and_other_lists_split():
    facts = _facts("The sides discussed trade and economic, transport and logistics, and water and energy "
                   "cooperation.")
    # "water and energy" is the vocabulary's water-energy pair, as issue 9 names it («водно-энергетическая сфера»)
    assert facts.cooperation_areas == ["trade and economic", "transport and logistics", "water and energy"]


def test_lists_after_such_fields_as_keep_unmapped_phrases_whole():
    facts = _facts("China is ready to deepen cooperation in such fields as industrial and supply chains, scientific "
                   "and technological innovation, and falconry traditions.")
    assert facts.cooperation_areas == ["industrial and supply chains", "scientific and technological innovation",
                                       "falconry traditions"]
    judged = facts.confidence["cooperation_areas"]["falconry traditions"]
    assert judged["confidence"] < judged_score(facts, "scientific and technological innovation")


def judged_score(facts: Facts, item: str) -> float:
    return facts.confidence["cooperation_areas"][item]["confidence"]


def test_areas_in_the_fields_of_and_after_verbs_and_possessives():
    facts = _facts("They noted the two countries’ trade and economic cooperation and building stable economic ties, "
                   "and signed a memorandum in the field of environmental protection and rational nature management.")
    # "economic" (the stable economic ties) is one part of the pair told whole before: not listed again
    assert facts.cooperation_areas == ["trade and economic", "environmental protection", "rational nature management"]


# -- planned events ----------------------------------------------------------------------------------


def test_planned_events_are_records_and_past_events_are_never_planned():
    facts = _facts("date 2021-03-04\nPresident Sadyr Japarov will visit Uzbekistan on March 11-12. The first meeting "
                   "of the council was held in May. The visit was postponed last year.")
    assert len(facts.planned_events) == 1
    visit = facts.planned_events[0]
    assert (visit.kind, visit.who, visit.country, visit.when) == ("visit", ["Sadyr Japarov"], "UZ", "2021-03-11/2021-03-12")
    assert visit.confidence is not None and visit.why == "a future verb"


def test_a_plan_agreed_for_someone_and_the_destination_of_a_trip():
    agreed = _facts("date 2023-05-31\nThe ministers met. It was agreed to organize a visit of President Yoon Min to "
                    "Kazakhstan next year.")
    assert (agreed.planned_events[0].who, agreed.planned_events[0].country) == (["Yoon Min"], "KZ")
    trip = _facts("Prime Minister Lkham Bat met Prime Minister Ken Sato. On his way back to Mongolia, the PM is "
                  "scheduled to visit the Republic of Korea.")
    assert (trip.planned_events[0].who, trip.planned_events[0].country) == (["Lkham Bat"], "KR")


def test_a_headline_that_looks_ahead_when_the_body_names_no_plan():
    facts = _facts("Agreements to be signed during the President's visit to Uzbekistan\n\nThe minister spoke at the "
                   "forum. \"We will sign more,\" he said.\n")
    assert [(e.kind, e.why) for e in facts.planned_events] == [("signing", "a headline that looks ahead")]


# -- event types and formats -------------------------------------------------------------------------


def test_ratification_video_and_a_visit_that_included_signings():
    assert _facts("The Mazhilis ratified the agreement on transit with Uzbekistan.").event_type == "ratification"
    video = _facts("The presidents held a meeting via video link and discussed trade.")
    assert (video.event_type, video.format) == ("meeting", "video")
    visit = _facts("The presidents held talks in Akorda during the state visit. The sides signed a memorandum on "
                   "tourism.")
    assert (visit.event_type, visit.format) == ("visit", "in_person")
    ceremony = _facts("The ministers signed a memorandum on tourism in Astana.")
    assert ceremony.event_type == "signing"
    call = _facts("In a phone conversation on May 2, the presidents discussed trade. They also discussed energy.")
    assert (call.event_type, call.format, call.location.city) == ("phone_call", "phone", None)


# -- dates -------------------------------------------------------------------------------------------


def test_the_article_date_gives_the_year_and_without_it_the_date_stays_partial(tmp_path):
    text = "ASTANA, Kazakhstan, May 29. The ministers met yesterday.\n"
    assert _facts(text).event_date_partial == "--05-28"
    dated = extract(parse_article("date 2025-05-29\n" + text))
    assert dated.event_date == dt.date(2025, 5, 28)
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--article-date", "2025-05-29"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["event_date"] == "2025-05-28"


def test_a_dateline_day_takes_the_page_year_and_a_document_date_is_not_the_event_date():
    facts = _facts("date 2024-04-23\nTASHKENT, Apr 24 (UzA) – The ministers signed a declaration, yesterday.\n")
    assert facts.event_date == dt.date(2024, 4, 23)
    old = _facts("The commission met in Baku on Monday. It was created under the Agreement on Trade signed Nov. 2, "
                 "1992 in Ankara.")
    assert (old.event_date, old.event_date_partial) == (None, None)
    assert old.documents_referenced[0].status == "signed earlier"


# -- confidence, review marks and the contract -------------------------------------------------------


def test_every_fact_carries_a_confidence_and_why():
    facts = _facts(_RECEPTION + "\"Our countries are true allies,\" the Head of State noted. The sides signed a "
                   "memorandum on tourism and discussed cooperation in trade and energy. Narbayeva will visit Astana in June.\n")
    records = [record for _, record in facts.judged() if record is not facts.location or facts.location.city]
    assert records and all(r.confidence is not None and 0 < r.confidence < 1 and r.why for r in records)
    for key in ("event_date", "event_type"):
        assert facts.confidence[key]["why"]
    assert set(facts.confidence["cooperation_areas"]) == set(facts.cooperation_areas)
    assert set(facts.confidence["organizations"]) == set(facts.organizations)


def test_the_threshold_decides_the_marks_and_the_list():
    text = "Minister Aidar Serikov met Minister Bolat Amanov. Sato said: \"We are ready to work together.\""
    strict = _facts(text, review_below=0.99)
    lenient = _facts(text, review_below=0.0)
    assert strict.needs_review and all(r.needs_review for _, r in strict.judged() if r.confidence is not None)
    assert lenient.needs_review == [] and not any(r.needs_review for _, r in lenient.judged())
    assert strict.review_below == 0.99


def test_a_quote_without_a_resolved_speaker_is_marked():
    facts = _facts("Minister Aidar Serikov met Minister Bolat Amanov.\n\n\"We are ready to build new roads together,\" "
                   "an official said.\n")
    assert facts.quotes[0].speaker is None and facts.quotes[0].needs_review
    assert any(line.startswith("quote ") for line in facts.needs_review)


def test_the_contract_reads_old_files_and_keeps_the_new_fields():
    old = Facts.from_dict({"event_type": "meeting", "participants": [{"name": "A B"}],
                           "quotes": [{"speaker": None, "text": "We are friends here"}]})
    assert old.participants[0].confidence is None and old.participants[0].needs_review is False
    assert old.format is None and old.confidence == {} and old.mark_review() == []  # nothing a person wrote is marked
    new = Facts(event_type="ratification", format="video", participants=[Person("A B", confidence=0.3, why="x")],
                quotes=[Quote(None, "We are friends here", confidence=0.9, why="y")])
    new.confidence["event_date"] = {"confidence": 0.5, "why": "z", "needs_review": False}
    new.mark_review(0.6)
    again = Facts.from_json(new.to_json())
    assert (again.event_type, again.format, again.review_below) == ("ratification", "video", 0.6)
    assert again.participants[0].needs_review and not again.quotes[0].needs_review
    assert again.flagged("event_date") and len(again.needs_review) == 2
    data = json.loads(new.to_json())
    assert list(data["participants"][0])[-3:] == ["confidence", "why", "needs_review"]


@pytest.mark.parametrize("bad", [{"format": "fax"}, {"participants": [{"name": "A", "confidence": 2}]},
                                 {"participants": [{"name": "A", "needs_review": "yes"}]}])
def test_the_contract_names_a_bad_value(bad):
    with pytest.raises(ValueError):
        Facts.from_dict({"event_type": "meeting", **bad})


def test_explain_shows_confidence_why_and_the_mark():
    article = parse_article("Minister Aidar Serikov met Minister Bolat Amanov.\n\n\"We are ready to build new roads "
                            "together,\" an official said.\n")
    facts = extract(article)
    shown = explain(facts, article)
    assert re.search(r"\[0\.\d\d: named in the lead", shown)
    assert "! quote: unknown speaker" in shown
    assert "need review" in shown


def test_the_review_threshold_is_a_setting(tmp_path, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text("Minister Aidar Serikov met Minister Bolat Amanov.\n", encoding="utf-8")
    runner = CliRunner()
    marked = json.loads(runner.invoke(cli, ["extract", str(article), "--review-below", "0.99"]).stdout)
    assert marked["review_below"] == 0.99 and all(p["needs_review"] for p in marked["participants"])
    monkeypatch.setenv("BRIEFING_REVIEW_BELOW", "0.1")
    unmarked = json.loads(runner.invoke(cli, ["extract", str(article)]).stdout)
    assert unmarked["review_below"] == 0.1 and unmarked["needs_review"] == []
    bad = runner.invoke(cli, ["extract", str(article), "--review-below", "7"])
    assert bad.exit_code != 0 and "between 0 and 1" in bad.output


# -- evaluation of the marks -------------------------------------------------------------------------


def test_eval_counts_flagged_facts_that_were_wrong():
    facts = _facts("Minister Aidar Serikov met Minister Bolat Amanov.\n\n\"We are ready to build new roads together,\" "
                   "an official said.\n")
    expected = {"participants": [{"name": "Aidar Serikov", "title": "Minister"}],
                "quotes": [{"speaker": "Aidar Serikov", "text": "We are ready to build new roads together"}]}
    outcomes: list[Outcome] = []
    score_article(facts, expected, outcomes)
    wrong = {(o.field, o.flagged) for o in outcomes if o.wrong}
    assert ("quote", True) in wrong  # the speaker is missing and the quote was marked
    assert ("participant", True) in wrong  # Bolat Amanov is not expected; a participant with no office is marked


def test_eval_takes_a_vocabulary_pair_for_its_two_parts_and_planned_records():
    facts = _facts("date 2021-03-04\nThe sides discussed cultural and humanitarian cooperation. President Sadyr "
                   "Japarov will visit Uzbekistan on March 11-12.")
    expected = {"cooperation_areas": ["cultural", "humanitarian"],
                "planned_events": [{"kind": "visit", "text": "President Sadyr Japarov will visit Uzbekistan on March 11-12"}]}
    scores = score_article(facts, expected)
    assert (scores["areas"].tp, scores["areas"].fp, scores["areas"].fn) == (2, 0, 0)
    assert scores["planned events"].tp == 1


def test_a_counterpart_holds_the_office_of_the_person_met() -> None:
    from briefing.extract import extract
    from briefing.ingest import parse_article

    text = ("ASTANA, Kazakhstan, May 6. Kazakh Foreign Minister Murat Nurtleu held talks with his Qatari "
            "counterpart Mohammed bin Abdulrahman Al Thani in Astana.")
    facts = extract(parse_article(text))
    titles = {person.name: person.title for person in facts.participants}
    assert titles.get("Mohammed bin Abdulrahman Al Thani") == "Foreign Minister"
