"""Document wordings first met on the fresh40 batch: a commission's session numbered in Roman numerals, the day a
caption already gave the event, an approximate count of documents, a roadmap whose development and signing were
discussed, and an acronym glued to the name it abbreviates. Short synthetic sentences."""

from __future__ import annotations

from briefing.extract import extract
from briefing.ingest import parse_article


def _documents(text: str) -> list[tuple[str | None, str]]:
    facts = extract(parse_article(text))
    return [(d.status, d.title) for d in facts.documents_signed + facts.documents_referenced]


def test_the_protocol_of_a_session_numbered_in_roman_numerals():
    assert _documents("BISHKEK, May 3. Kyrgyzstan and Uzbekistan have signed the protocol of the XI meeting of the "
                      "Joint Intergovernmental Commission on Bilateral Cooperation.\n") == [
        (None, "protocol of the XI meeting of the Joint Intergovernmental Commission on Bilateral Cooperation")]


def test_the_day_a_caption_gave_the_event_dates_no_earlier_signing():
    documents = _documents("Presidents meet in Seoul\n\nThe two presidents in Seoul on November 23 (press service)\n\n"
                           "TASHKENT — On November 23, the two presidents signed a Joint Statement on strategic "
                           "partnership.\n\nThe negotiations resulted in the signing of more than 60 documents.\n")
    assert documents == [(None, "Joint Statement on strategic partnership"), (None, "more than 60 documents")]


def test_a_roadmap_whose_development_and_signing_were_discussed_is_still_to_come():
    assert _documents("TASHKENT, May 3. The speakers met in Tashkent. Views were exchanged on the development and "
                      "signing of a “road map” for 2024.\n") == [("to be signed", "road map")]


def test_an_acronym_glued_to_its_name_is_no_part_of_it():
    assert _documents("SEOUL, May 3. Korea and Mongolia have signed a memorandum of understanding(MOU) in Seoul. "
                      "Under the MOU, the sides will share technology.\n") == [
        (None, "memorandum of understanding")]


def test_the_headline_names_the_memorandum_the_body_tells_with_its_subject():
    documents = _documents("Korea, Mongolia Sign MOU\n\nSEOUL, May 3. Korea and Mongolia have signed a memorandum of "
                           "understanding for a project to modernize the address system of Mongolia.\n")
    assert len(documents) == 1 and documents[0][0] is None


def test_fresh41_classes_likely_signings_talks_sides_counted_documents_and_demonym_parties():
    assert _documents("ISLAMABAD, May 3. The foreign minister arrived in Islamabad. The two nations are likely to ink "
                      "memorandums of understanding (MoUs) during the trip.\n") == [
        ("to be signed", "memorandums of understanding (MoUs)")]
    facts = extract(parse_article("ASHGABAT, May 3. Foreign ministers of Turkmenistan and Uzbekistan held political "
                                  "consultations in Ashgabat. As a result of political consultations, the final Protocol "
                                  "was signed.\n"))
    assert [d.parties for d in facts.documents_signed] == [["Turkmenistan", "Uzbekistan"]]
    facts = extract(parse_article("ASTANA, May 3. The President of Turkey spoke after the ceremony of signing the "
                                  "documents between the two countries. The Turkish leader said that they signed 6 "
                                  "agreements today.\n"))
    assert [(d.title, d.parties) for d in facts.documents_signed] == [("6 agreements", ["Türkiye"])]


def test_areas_after_an_action_or_a_verb_of_a_list():
    facts = extract(parse_article("DUSHANBE, May 3. The speakers discussed current issues of inter-parliamentary "
                                  "cooperation. The protocol underscores efforts to enhance political dialogue, intensify "
                                  "trade and economic relations, and advance joint projects.\n"))
    assert "inter-parliamentary" in facts.cooperation_areas
    assert not any(area.startswith(("current", "intensify")) for area in facts.cooperation_areas)


def test_new_areas_are_named_in_every_language(tmp_path):
    from click.testing import CliRunner

    from briefing.cli import cli

    article = tmp_path / "a.txt"
    article.write_text("date 2023-09-07\nBAKU, September 7. The ministers met in Baku. The sides discussed cooperation "
                       "in winemaking, agricultural machinery and digitalization of public administration.\n",
                       encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(article), "--out", str(tmp_path / "out"), "--translator", "none",
                                      "--quiet"])
    assert result.exit_code == 0, result.output
    import docx

    [ru] = (tmp_path / "out").glob("*.ru.docx")
    text = "\n".join(p.text for p in docx.Document(str(ru)).paragraphs)
    assert "виноделие" in text and "сельскохозяйственная техника" in text
    assert "winemaking" not in text


def test_a_document_between_the_ministries_of_the_two_countries_is_the_ministries():
    facts = extract(parse_article("TASHKENT, March 28. Uzbekistan and Kyrgyzstan signed a Cooperation Program for "
                                  "2018-2019 between the foreign ministries of the two countries.\n"))
    assert [d.parties for d in facts.documents_signed] == [
        ["Ministry of Foreign Affairs of Uzbekistan", "Ministry of Foreign Affairs of Kyrgyzstan"]]
