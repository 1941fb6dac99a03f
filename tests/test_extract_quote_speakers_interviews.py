"""Who says a quote in an interview or a press release: 'he said' after a lead whose subject is followed by
'in an interview with Y' (not the President the guest hopes to meet), 'he added' after the quote before,
'the top Turkish lawmaker', 'He said:' after a sentence opened by the speaker's name, and an impersonal
'it was added' that continues the source named before. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract(parse_article(text)).quotes]


INTERVIEW = ("ROME, May 4. /TASS/. Speaker of Latvia’s Saeima (parliament) Janis Ozols in an interview with TASS "
             "Deputy Director Ivan Petrov said he was hoping to meet with Italian President Marco Bianchi on Friday.\n\n")


def test_he_after_an_interview_lead_is_the_interviewee_not_the_president_he_will_meet():
    speakers = _speakers(INTERVIEW + "\"We have a busy program, including a meeting with the President,\" he said. "
                         "\"Of course, I will convey greetings from Riga,\" he added.")
    assert speakers == ["Janis Ozols", "Janis Ozols"]


def test_the_top_lawmaker_of_a_country_is_its_speaker():
    speakers = _speakers(INTERVIEW + "\"We arrived as a large group,\" the top Latvian lawmaker said.")
    assert speakers == ["Janis Ozols"]


def test_he_said_after_a_sentence_opened_by_a_name_and_his_counterpart():
    speakers = _speakers(
        "VIENNA, May 4 - Foreign Minister Karl Huber met Foreign Minister of Peru Luis Soto.\n\n"
        "Huber and his Peruvian counterpart Luis Soto also signed an investment agreement.\n\n"
        "He said: \"Austria has great interest in closer cooperation with that large country.\"")
    assert speakers == ["Karl Huber"]


def test_it_was_added_continues_the_source_named_before():
    speakers = _speakers(
        "LIMA, May 4 - Prime Minister Luis Soto will pay an official visit to Latvia on May 25-26.\n\n"
        "The prime minister will be accompanied by a delegation, Foreign Office spokesperson said in a press release.\n\n"
        "“The two leaders would discuss all areas of cooperation,” it was added.")
    assert speakers == ["Foreign Office"]
