"""Documents the article names only by their subjects: one document per subject, the printed noun as
title, the subject kept apart. Short synthetic sentences, one class of text per test."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from briefing.cli import cli
from briefing.extract import extract
from briefing.ingest import parse_article
from briefing.models import Facts, SignedDocument
from test_briefing import lines_of


def _subjects(text: str) -> list[tuple[str, str | None]]:
    facts = extract(parse_article(text))
    return [(d.type, d.subject) for d in facts.documents_signed]


def test_a_count_followed_by_as_many_areas_is_one_document_per_area():
    assert _subjects("The presidents met in Oslo. Three MoUs were signed, involving areas such as fisheries, "
                     "water management, and the restoration of an old bridge.") == [
        ("memorandum", "fisheries"), ("memorandum", "water management"),
        ("memorandum", "the restoration of an old bridge")]


def test_a_count_followed_by_fewer_areas_is_one_set_covering_them():
    # six MoUs, three fields: which MoU covers which field the text does not say
    assert _subjects("The presidents met in Oslo. Six MoUs were signed, involving areas such as fisheries, "
                     "water management, and the restoration of an old bridge.") == [
        ("memorandum", "fisheries, water management, the restoration of an old bridge")]


def test_including_in_the_fields_of_before_the_verb():
    assert _subjects("The ministers held talks in Riga. Several MoUs including in the fields of forestry, "
                     "tourism, archives were also exchanged.") == [
        ("memorandum", "forestry"), ("memorandum", "tourism"), ("memorandum", "archives")]


def test_other_memoranda_covered_what_follows():
    subjects = _subjects("The leaders talked in Tallinn and signed a memorandum on sports. Other MoU's covered "
                         "customs, banking, and food security.")
    assert ("memorandum", "customs") in subjects and ("memorandum", "food security") in subjects
    assert ("memorandum", "banking") in subjects


def test_agreements_on_cooperation_between_and_in_the_field_of():
    subjects = _subjects("Twelve documents were signed in Vilnius. These are agreements on cooperation between "
                         "regions, in the field of industry, road transport, plant quarantine, as well as a "
                         "cooperation program in tourism.")
    assert [s for s in subjects if s[1]] == [("agreement", "between regions"), ("agreement", "industry"),
                                             ("agreement", "road transport"), ("agreement", "plant quarantine")]


def test_memoranda_on_a_list_of_single_words():
    subjects = _subjects("The sides signed a memorandum on sports and other MoUs on finance, justice and emergencies "
                         "in Bern.")
    assert ("memorandum", "finance") in subjects and ("memorandum", "justice") in subjects
    assert ("memorandum", "emergencies") in subjects


def test_a_generic_memorandum_keeps_its_own_subject():
    assert _subjects("The ministers met in Oslo. They signed a memorandum of understanding (MOU) to cooperate "
                     "in fisheries.") == [("memorandum", "fisheries")]
    assert _subjects("The ministers met in Oslo. A memorandum of understanding was signed for political "
                     "consultation between the foreign ministries.") == [
        ("memorandum", "political consultation between the foreign ministries")]


def test_the_same_subject_told_twice_is_one_document():
    subjects = _subjects("The prime ministers met in Oslo. Several MoUs in the fields of geology, culture were "
                         "exchanged. Three MoUs were signed, involving areas such as cultural exchange, geology and "
                         "mineral resources, and fisheries.")
    assert sorted(subjects) == [("memorandum", "cultural exchange"), ("memorandum", "fisheries"),
                                ("memorandum", "geology and mineral resources")]


def test_a_titled_agreement_on_a_pair_of_fields_is_one_document():
    assert _subjects("The ministers met in Oslo and signed an agreement on trade and energy cooperation.") == [
        ("agreement", None)]


def test_a_subject_list_no_signing_governs_is_no_document():
    assert _subjects("The ministers met in Oslo. MoUs on fisheries, forestry and tourism are under discussion.") == []


def test_the_facts_file_keeps_the_subject_and_reads_files_without_it():
    facts = Facts(documents_signed=[SignedDocument("memorandum", "MoUs", subject="sports")])
    data = json.loads(facts.to_json())
    assert data["documents_signed"][0]["subject"] == "sports"
    del data["documents_signed"][0]["subject"]
    assert Facts.from_dict(data).documents_signed[0].subject is None


def test_a_document_with_a_subject_renders_in_every_language(tmp_path: Path) -> None:
    """'a memorandum of cooperation in sport': a memorandum in a field is one of cooperation in it (the Russian review,
    rev19: no noun in brackets); a subject outside the vocabulary is left out and listed."""
    facts = Facts(event_type="signing", documents_signed=[
        SignedDocument("memorandum", "MoUs", subject="sports"),
        SignedDocument("memorandum", "MoUs", subject="the renovation of an old bridge")])
    facts_file = tmp_path / "facts.json"
    facts_file.write_text(facts.to_json(), encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(facts_file), "--lang", "en,ru,kk,mn", "--out", str(tmp_path),
                                      "--translator", "none"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    # Kazakh declines the head noun (dative with «қол қойылды»); Mongolian puts the dative on each document joined
    # by «мөн», one sentence naming both («A-д, мөн B-д тус тус гарын үсэг зурав»; review 30)
    expected = {"en": "memorandum (sport)", "ru": "меморандум о сотрудничестве в области спорта",
                "kk": "спорт саласындағы ынтымақтастық туралы меморандумға",
                "mn": "спортын салбарт хамтран ажиллах санамж бичигт‡, мөн санамж бичигт"}
    for lang, shown in expected.items():
        [path] = tmp_path.glob(f"*.{lang}.docx")
        text = "\n".join(lines_of(path)).lower()
        assert shown in text, (lang, text)
        if lang == "en":
            assert "(the renovation of an old bridge" in text
        else:  # no translation: the kind alone, the subject listed for the termbase or the catalog
            assert "renovation" not in text
    assert "a document's subject left out of its name" in result.output


def test_qualifiers_before_cooperation_are_one_subject_and_a_new_document_ends_the_list():
    facts = extract(parse_article("The governors met in Kostanay. Agreements on trade, economic, humanitarian "
                                  "cooperation between Kostanay and Pavlodar, Oral and Aktau cities, the agreement on "
                                  "veterinary science were signed."))
    # one agreement for each pair of cities (session 17; "Oral and Aktau cities" had been read as a subject), and
    # the agreement on veterinary science a document of its own
    assert [(d.title, d.parties) for d in facts.documents_signed] == [
        ("agreement on trade, economic, humanitarian cooperation", ["Kostanay", "Pavlodar"]),
        ("agreement on trade, economic, humanitarian cooperation", ["Oral", "Aktau"]),
        ("agreement on veterinary science", [])]


def test_uncounted_agreements_in_the_fields_of_a_list_are_one_package():
    # the text never says how many agreements: the fields are their subjects, not one document each
    assert _subjects("The presidents met in Oslo. The countries signed cooperation agreements in the fields of "
                     "fishing, forestry, music, chess and sailing, and welcomed them as a new stage.") == [
        ("agreement", "fishing, forestry, music, chess and sailing")]


def test_counted_agreements_in_the_fields_of_a_list_are_one_per_field():
    subjects = _subjects("The presidents met in Oslo. The countries signed three agreements in the fields of "
                         "fishing, forestry, music.")
    assert subjects == [("agreement", "fishing"), ("agreement", "forestry"), ("agreement", "music")]
