"""``briefing eval`` on the shared development corpus (skipped when it is not checked out)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.evaluate import FIELDS, evaluate_corpus

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
# The issue asks for micro-F1 >= 0.90 and every field >= 0.80; the extractor reaches more,
# so these are the floors (the lower of target and reached).
MIN_MICRO_F1 = 0.90
MIN_FIELD_F1 = 0.80

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared/corpus/dev is not available")


@pytest.fixture(scope="module")
def report():
    return evaluate_corpus(CORPUS)


@needs_corpus
def test_micro_f1(report):
    assert report.micro_f1 >= MIN_MICRO_F1, report.format_table()


@needs_corpus
def test_every_field(report):
    low = {name: f1 for name, f1 in report.field_f1().items() if f1 < MIN_FIELD_F1}
    assert not low, report.format_table()


@needs_corpus
def test_table_lists_every_field(report):
    table = report.format_table()
    for name in FIELDS:
        assert name in table
    assert table.splitlines()[-1].startswith("micro-F1")


@needs_corpus
def test_cli_eval_and_min_f1():
    runner = CliRunner()
    result = runner.invoke(cli, ["eval", str(CORPUS), "--min-f1", "0.5"])
    assert result.exit_code == 0, result.output
    assert "micro-F1" in result.output
    result = runner.invoke(cli, ["eval", str(CORPUS), "--min-f1", "1.01"])
    assert result.exit_code != 0


def test_scoring_rules_are_lenient_and_skip_optional_items():
    from briefing.evaluate import score_article
    from briefing.models import Facts, Person

    facts = Facts(participants=[Person("U. Khurelsukh", "the President of Mongolia", "MN")],
                  cooperation_areas=["trade and economic", "Tourism"])
    expected = {
        "participants": [
            {"name": "Khurelsukh Ukhnaa", "title": "President of Mongolia"},
            {"name": "Someone Else", "title": "Minister", "optional": True},
        ],
        "cooperation_areas": ["trade-economic", "tourism"],
        "event_date": None,
        "accept": {"event_date": ["2024-06-01"]},
    }
    scores = score_article(facts, expected)
    assert (scores["participants"].tp, scores["participants"].fp, scores["participants"].fn) == (1, 0, 0)
    assert scores["titles"].tp == 1
    assert scores["areas"].f1 == 1.0
    assert (scores["date"].tp, scores["date"].fp, scores["date"].fn) == (0, 0, 0)


def test_two_events_read_from_one_phrase_score_as_that_phrase():
    from briefing.evaluate import score_article
    from briefing.models import Facts, PlannedEvent

    phrase = "A business forum and a concert are also scheduled"
    facts = Facts(planned_events=[PlannedEvent(kind="forum", text=phrase), PlannedEvent(kind="concert", text=phrase),
                                  PlannedEvent(kind="visit", text="The minister will visit Lima")])
    scores = score_article(facts, {"planned_events": [phrase]})
    assert (scores["planned events"].tp, scores["planned events"].fp, scores["planned events"].fn) == (1, 1, 0)


def test_documents_may_match_an_accepted_whole_list():
    from briefing.evaluate import score_article
    from briefing.models import Facts, SignedDocument

    facts = Facts(documents_signed=[SignedDocument(type="memorandum", title="memoranda", subject=field)
                                    for field in ("trade", "tourism")])
    package = {"type": "memorandum", "title": "memoranda", "subject": "trade and tourism"}
    each = [{"type": "memorandum", "title": "memoranda", "subject": field} for field in ("trade", "tourism")]
    scores = score_article(facts, {"documents_signed": [package]})
    assert scores["documents"].fp >= 1  # one package expected, two memoranda found
    scores = score_article(facts, {"documents_signed": [package], "accept": {"documents_signed": [each]}})
    assert (scores["documents"].tp, scores["documents"].fp, scores["documents"].fn) == (2, 0, 0)


def test_a_counted_generic_title_matches_by_its_subject():
    from briefing.evaluate import score_article
    from briefing.models import Facts, SignedDocument

    facts = Facts(documents_referenced=[SignedDocument(type="agreement", title="agreements on cooperation",
                                                       subject="economy, agriculture, environmental protection")])
    expected = {"documents_referenced": [{"type": "agreement", "title": "several bilateral agreements",
                                          "subject": "cooperation in the fields of economy, agriculture, "
                                                     "environmental protection, and more"}]}
    assert score_article(facts, expected)["documents"].tp == 1


# -- corpora that prove nothing --------------------------------------------------------------

ARTICLE = "ASTANA, Kazakhstan, May 6. Murat Nurtleu met Batmunkh Battsetseg in Astana.\n"


def _corpus(tmp_path, articles=(), expected=None):
    (tmp_path / "articles").mkdir()
    (tmp_path / "expected").mkdir()
    for name in articles:
        (tmp_path / "articles" / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    for name, text in (expected or {}).items():
        (tmp_path / "expected" / f"{name}.json").write_text(text, encoding="utf-8")
    return tmp_path


def test_empty_or_unscored_corpus_is_an_error(tmp_path):
    from briefing.errors import BriefingError

    runner = CliRunner()
    result = runner.invoke(cli, ["eval", str(tmp_path), "--min-f1", "0.9"])
    assert result.exit_code == 1 and "no articles/ folder" in result.output
    assert "micro-F1" not in result.output
    (tmp_path / "articles").mkdir()
    with pytest.raises(BriefingError, match="no expected/ folder"):
        evaluate_corpus(tmp_path)
    (tmp_path / "expected").mkdir()
    with pytest.raises(BriefingError, match="no .txt articles"):
        evaluate_corpus(tmp_path)
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(BriefingError, match="none of the 1 article"):
        evaluate_corpus(tmp_path)


def test_articles_without_expected_files_are_listed(tmp_path):
    corpus = _corpus(tmp_path, ["a", "b"], {"a": '{"participants": [{"name": "Murat Nurtleu"}]}', "c": "{}"})
    report = evaluate_corpus(corpus)
    assert [a.name for a in report.articles] == ["a"] and report.skipped == ["b.txt"]
    table = report.format_table()
    assert "not scored, no expected/NAME.json: b.txt" in table
    assert "expected file(s) without an article: c.json" in table
    assert table.splitlines()[-1].startswith("micro-F1")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('{\n  "event_date": "2024-05-06",\n  "participants": [,]\n}', "a.json:3:20: Expecting value"),
        ('{"event_date": "2024-05-06",}', "a.json:1:29: Expecting property name"),
        ("[]", "a.json:1:1: expected a JSON object"),
    ],
)
def test_bad_expected_json_names_file_line_and_column(tmp_path, text, where):
    from briefing.errors import FactsError

    corpus = _corpus(tmp_path, ["a"], {"a": text})
    with pytest.raises(FactsError, match=re.escape(where)):
        evaluate_corpus(corpus)
    result = CliRunner().invoke(cli, ["eval", str(corpus)])
    assert result.exit_code == 1 and "Traceback" not in result.output and where in result.output


def test_nothing_to_score_is_not_a_perfect_score():
    from briefing.evaluate import ArticleResult, EvalReport, Score

    report = EvalReport([ArticleResult("a", {"date": Score(), "quotes": Score()})])
    assert report.micro_f1 == 0.0
    assert report.field_f1() == {}
    table = report.format_table()
    assert "n/a" in table and table.splitlines()[-1].endswith("(no items to score)")
    report = EvalReport([ArticleResult("a", {"date": Score(tp=1), "quotes": Score(fn=1)})])
    assert report.micro_f1 == pytest.approx(2 / 3)


@pytest.mark.parametrize(("predicted", "parties", "expected", "same"), [
    # the sides kept in one title and left to the parties in the other: the same memorandum
    ("memorandum on tourism between the Riga City Council and the Lima Municipality", [],
     {"title": "memorandum on tourism", "parties": ["Riga City Council", "Lima Municipality"]}, True),
    # both titles name their sides: a partnership of other cities is another agreement
    ("agreement on partnership between Riga and Lima", [],
     {"title": "agreement on partnership between Tartu and Cusco"}, False),
    # a name as plain as "MoU" needs the same sides
    ("MoU between the Riga City Council and the Lima Municipality", [],
     {"title": "MoU", "parties": ["Tartu City Council", "Cusco Municipality"]}, False),
    ("MoU between the Riga City Council and the Lima Municipality", [],
     {"title": "MoU", "parties": ["Riga City Council", "Lima Municipality"]}, True),
    # a generic title with its subject: a title holding both the noun and the subject is that document
    ("Memorandum of Understanding in the energy sector between Riga and Lima", [],
     {"title": "Memorandum of Understanding", "subject": "energy sector", "type": "memorandum"}, True),
    ("Memorandum of Understanding in the tourism sector between Riga and Lima", [],
     {"title": "Memorandum of Understanding", "subject": "energy sector", "type": "memorandum"}, False),
])
def test_a_document_matches_with_or_without_the_sides_in_its_title(predicted, parties, expected, same):
    from briefing.evaluate import _same_document
    from briefing.models import SignedDocument

    assert _same_document(SignedDocument("memorandum", predicted, parties), expected) is same


@pytest.mark.parametrize(("predicted", "expected", "same"), [
    ("sports", "to cooperate in sports", True),  # the aim written as a verb is the same subject
    ("banking", "to cooperate in sports", False),
])
def test_a_subject_written_as_an_aim_is_the_same_subject(predicted, expected, same):
    from briefing.evaluate import _same_document
    from briefing.models import SignedDocument

    document = SignedDocument("memorandum", "memorandum of understanding (MOU)", [], subject=predicted)
    assert _same_document(document, {"title": "memorandum of understanding (MOU)", "subject": expected,
                                     "type": "memorandum"}) is same


@pytest.mark.parametrize(("subject", "same"), [
    ("the settlement of the latest situation on the border", True),  # "a protocol was signed on the settlement …"
    ("cooperation in tourism", False),
])
def test_a_document_named_by_its_noun_alone_is_the_titled_one_on_the_same_subject(subject, same):
    from briefing.evaluate import _same_document
    from briefing.models import SignedDocument

    document = SignedDocument("protocol", "protocol", [], subject=subject)
    assert _same_document(document, {"title": "protocol on settlement of situation on border", "type": "protocol",
                                     "subject": "settlement of the latest situation on the border"}) is same
