"""``briefing eval``: score the extractor against a corpus of articles with expected facts.

CORPUS_DIR/articles/NAME.txt is extracted and compared with CORPUS_DIR/expected/NAME.json
(see the corpus README). Matching is lenient, as the README documents:

* strings compare case-insensitively with whitespace collapsed, curly quotes and dashes
  folded, and a leading "the/a/an" ignored;
* a value equal to any alternative in ``accept`` (keyed by field path, e.g. ``event_date``,
  ``location.city``; for list fields each alternative is a whole list) is correct;
* people match by ``name``, any of ``name_alternatives``, or when every part of the shorter
  name is a part of the longer one ("Khurelsukh" = "Khurelsukh Ukhnaa"); titles match
  ``title`` or any of ``title_alternatives``;
* documents match when they are in the same list (signed / referenced) and their titles are
  equal, or one contains the other and is at least half its length, or share 60% of words, or
  their names before "between …" match (annotators keep the sides in a title or leave them to the
  parties) and the sides match where both titles name them or the name is generic;
  an expected document with a ``subject`` and a generic title ("MOUs", "agreements on
  cooperation") is one of several told apart only by their subjects: it also needs the subject
  (in the predicted ``subject`` or title), and a document of its type with that subject matches
  whatever generic noun names it, as does one of its type whose title holds both the generic noun and the subject
  ("Memorandum of Understanding in the energy sector between A and B"); a predicted document named by its
  generic noun alone ("a protocol") with its type and the expected subject is that document, whatever its
  expected title ("Protocol on Settlement of the Border Situation");
* quotes match when their texts are equal, one contains the other (80% of its length), or
  share 80% of words; planned events when they share half of their words (two events read from one
  phrase count as that one phrase);
* cooperation areas match as written or when both map to the same vocabulary key; a pair the
  vocabulary names as one area ("trade and economic") matches the pair or its two parts;
  organizations as written or when they name the same institution;
* items marked ``optional`` are neither rewarded nor penalized.

The micro-F1 on the last line pools date, place, participants, documents and quotes; with
nothing to score it is 0, never a vacuous 1. A field with no items shows "n/a". Articles
without an expected file are listed in a note; a corpus where none has one is an error.
"""

from __future__ import annotations

import itertools
import re
import typing as t
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import CorpusError
from briefing.extract import people
from briefing.extract.lexicon import PLURAL_TITLES
from briefing.models import Facts, generic_document_title, read_json_object

FIELDS = ("date", "place", "event type", "participants", "titles", "documents", "document types",
          "quotes", "quote speakers", "areas", "organizations", "countries", "planned events")
EXTRA_FIELDS = ("mentioned people",)
MICRO_FIELDS = ("date", "place", "participants", "documents", "quotes")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else (1.0 if not self.fp else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def empty(self) -> bool:
        """Nothing expected and nothing predicted: the scores above are vacuous."""
        return not (self.tp or self.fp or self.fn)


@dataclass
class Outcome:
    """One extracted fact as scored: was it marked for review, and was it wrong?"""

    field: str
    label: str
    flagged: bool
    wrong: bool
    why: str = ""  # the rules and evidence that produced the fact (what tools/calibrate.py counts)


@dataclass
class ArticleResult:
    name: str
    scores: dict[str, Score]
    outcomes: list[Outcome] = field(default_factory=list)


@dataclass
class EvalReport:
    articles: list[ArticleResult] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # articles without an expected file
    unmatched: list[str] = field(default_factory=list)  # expected files without an article

    @property
    def totals(self) -> dict[str, Score]:
        totals = {name: Score() for name in (*FIELDS, *EXTRA_FIELDS)}
        for article in self.articles:
            for name, score in article.scores.items():
                totals[name].add(score)
        return totals

    @property
    def micro(self) -> Score:
        pooled = Score()
        totals = self.totals
        for name in MICRO_FIELDS:
            pooled.add(totals[name])
        return pooled

    @property
    def micro_f1(self) -> float:
        micro = self.micro
        return 0.0 if micro.empty else micro.f1  # no item scored proves nothing

    def field_f1(self) -> dict[str, float]:
        """F1 of each field that has something to score."""
        return {name: score.f1 for name, score in self.totals.items() if name in FIELDS and not score.empty}

    def notes(self) -> list[str]:
        notes = []
        if self.skipped:
            notes.append(f"note: {len(self.skipped)} article(s) not scored, no expected/NAME.json: "
                         + ", ".join(self.skipped))
        if self.unmatched:
            notes.append(f"note: {len(self.unmatched)} expected file(s) without an article: " + ", ".join(self.unmatched))
        return notes

    @property
    def outcomes(self) -> list[Outcome]:
        return [outcome for article in self.articles for outcome in article.outcomes]

    def review_summary(self) -> list[str]:
        """How well the review marks point at the errors: flagged facts that were wrong, and the
        share of all wrong facts that carried the mark."""
        outcomes = self.outcomes
        flagged = [o for o in outcomes if o.flagged]
        wrong = [o for o in outcomes if o.wrong]
        caught = [o for o in wrong if o.flagged]
        if not outcomes:
            return []
        share = f"{len(caught) / len(wrong):.0%}" if wrong else "n/a"
        precision = f"{len(caught) / len(flagged):.0%}" if flagged else "n/a"
        return [f"review marks: {len(flagged)} of {len(outcomes)} facts flagged; {len(caught)} of the flagged were "
                f"wrong ({precision}); {len(caught)} of {len(wrong)} wrong facts were flagged ({share})"]

    def format_table(self) -> str:
        lines = [f"{len(self.articles)} articles", *self.notes(),
                 f"{'field':<17}{'P':>7}{'R':>7}{'F1':>7}   tp/fp/fn"]
        for name, score in self.totals.items():
            values = f"{'n/a':>7}" * 3 if score.empty else f"{score.precision:7.2f}{score.recall:7.2f}{score.f1:7.2f}"
            lines.append(f"{name:<17}{values}   {score.tp}/{score.fp}/{score.fn}")
        lines.extend(self.review_summary())
        micro = self.micro
        if micro.empty:
            lines.append(f"micro-F1 ({', '.join(MICRO_FIELDS)}): {self.micro_f1:.3f}   (no items to score)")
        else:
            lines.append(f"micro-F1 ({', '.join(MICRO_FIELDS)}): {micro.f1:.3f}"
                         f"   (P {micro.precision:.2f}, R {micro.recall:.2f})")
        return "\n".join(lines)

    def format_wrong(self) -> str:
        """Every wrong or flagged fact, for reading why the marks fell where they did."""
        lines = []
        for article in self.articles:
            for outcome in article.outcomes:
                if outcome.wrong or outcome.flagged:
                    mark = ("WRONG " if outcome.wrong else "      ") + ("flagged" if outcome.flagged else "-------")
                    lines.append(f"{article.name[:40]:<40} {mark} {outcome.field}: {outcome.label}")
        return "\n".join(lines)


# -- running ------------------------------------------------------------------------------


def evaluate_corpus(corpus_dir: Path, review_below: float | None = None) -> EvalReport:
    from briefing.extract import extract
    from briefing.ingest import read_article

    corpus_dir = Path(corpus_dir)
    layout = "a corpus has articles/NAME.txt and expected/NAME.json (see the corpus README)"
    for folder in ("articles", "expected"):
        if not (corpus_dir / folder).is_dir():
            raise CorpusError(f"{corpus_dir}: no {folder}/ folder; {layout}")
    articles = sorted((corpus_dir / "articles").glob("*.txt"))
    if not articles:
        raise CorpusError(f"{corpus_dir / 'articles'}: no .txt articles; {layout}")
    report = EvalReport()
    report.unmatched = sorted(p.name for p in (corpus_dir / "expected").glob("*.json")
                              if not (corpus_dir / "articles" / f"{p.stem}.txt").exists())
    for article_path in articles:
        expected_path = corpus_dir / "expected" / f"{article_path.stem}.json"
        if not expected_path.exists():
            report.skipped.append(article_path.name)
            continue
        expected = read_expected(expected_path)
        facts = extract(read_article(article_path))
        if review_below is not None:
            facts.mark_review(review_below)
        outcomes: list[Outcome] = []
        report.articles.append(ArticleResult(article_path.stem, score_article(facts, expected, outcomes), outcomes))
    if not report.articles:
        raise CorpusError(f"{corpus_dir}: none of the {len(articles)} article(s) has an expected file, nothing to "
                          f"score; add expected/NAME.json for articles/NAME.txt")
    return report


def read_expected(path: Path) -> dict[str, t.Any]:
    """One expected-facts file; a syntax error is reported as ``file:line:col: what``."""
    return read_json_object(path)


def score_article(facts: Facts, expected: dict[str, t.Any],
                  outcomes: list[Outcome] | None = None) -> dict[str, Score]:
    """Scores per field; ``outcomes``, when given, receives every extracted fact with its review mark
    and whether it was wrong (not matched, or matched with a wrong speaker, title or document type)."""
    accept = expected.get("accept") or {}
    out: list[Outcome] = outcomes if outcomes is not None else []
    scores: dict[str, Score] = {}
    scores["date"] = _scalar(_predicted_date(facts), _expected_date(expected),
                             [*accept.get("event_date", []), *accept.get("event_date_partial", [])])
    _scalar_outcome(out, "date", _predicted_date(facts), scores["date"], facts.flagged("event_date"),
                    _why(facts, "event_date"))
    location = expected.get("location") or {}
    place = _scalar(facts.location.city, location.get("city"), accept.get("location.city", []))
    place.add(_scalar(facts.location.country, location.get("country"), accept.get("location.country", [])))
    scores["place"] = place
    if facts.location.city or facts.location.country:
        _scalar_outcome(out, "place", f"{facts.location.city}, {facts.location.country}", place,
                        facts.location.needs_review, facts.location.why or "")
    scores["event type"] = _scalar(facts.event_type, expected.get("event_type"), accept.get("event_type", []))
    _scalar_outcome(out, "event type", facts.event_type, scores["event type"], facts.flagged("event_type"),
                    _why(facts, "event_type"))
    participants, pairs, wrong_people = _people(facts.participants, expected.get("participants") or [])
    mentioned, mentioned_pairs, wrong_mentioned = _people(facts.mentioned_people, expected.get("mentioned_people") or [])
    scores["participants"] = participants
    scores["mentioned people"] = mentioned
    scores["titles"] = _titles(pairs + mentioned_pairs)
    bad_titles = {id(p) for p, e in pairs + mentioned_pairs if not _title_right(p, e)}
    for label, persons, wrong in (("participant", facts.participants, wrong_people),
                                  ("mentioned person", facts.mentioned_people, wrong_mentioned)):
        for person in persons:
            out.append(Outcome(label, f"{person.name} ({person.title})", person.needs_review,
                               id(person) in wrong or id(person) in bad_titles, person.why or ""))
    documents, doc_pairs, wrong_docs = _documents(facts, expected)
    scores["documents"] = documents
    scores["document types"] = _pair_values(doc_pairs, lambda p, e: p.type == e.get("type"), lambda e: True)
    bad_types = {id(p) for p, e in doc_pairs if p.type != e.get("type")}
    for doc in [*facts.documents_signed, *facts.documents_referenced]:
        out.append(Outcome("document", f"{doc.type}: {doc.title[:80]}", doc.needs_review,
                           id(doc) in wrong_docs or id(doc) in bad_types, doc.why or ""))
    quote_score, quote_pairs, wrong_quotes = _match(facts.quotes, expected.get("quotes") or [],
                                                    lambda p, e: _text_similarity(p.text, e.get("text", ""), 0.8))
    scores["quotes"] = quote_score
    people = (expected.get("participants") or []) + (expected.get("mentioned_people") or [])
    scores["quote speakers"] = _pair_values(
        quote_pairs, lambda p, e: _same_speaker(p.speaker, e.get("speaker"), people), lambda e: e.get("speaker") is not None)
    bad_speakers = {id(p) for p, e in quote_pairs if not _same_speaker(p.speaker, e.get("speaker"), people)}
    for quote in facts.quotes:
        out.append(Outcome("quote", f"{quote.speaker}: {quote.text[:60]}", quote.needs_review,
                           id(quote) in wrong_quotes or id(quote) in bad_speakers, quote.why or ""))
    for name, key, values, same, align in (
            ("areas", "cooperation_areas", facts.cooperation_areas, _same_area, _pairs_as_parts),
            ("organizations", "organizations", facts.organizations, _same_org, None),
            ("countries", "countries", facts.countries, lambda a, b: a.upper() == b.upper(), None)):
        score, wrong_items = _best_list(values, expected.get(key) or [], accept.get(key), same, align)
        scores[name] = score
        for index, value in enumerate(values):
            out.append(Outcome(name, value, facts.flagged(key, value), index in wrong_items, _why(facts, key, value)))
    # annotators list a plan by its phrase: the two events of "a forum and a concert are planned" are one phrase
    planned_texts = list(dict.fromkeys(event.text for event in facts.planned_events))
    wanted_plans = [p if isinstance(p, str) else str(p.get("text", "")) for p in expected.get("planned_events") or []]
    alternatives = [[p if isinstance(p, str) else str(p.get("text", "")) for p in alt]
                    for alt in accept.get("planned_events") or []]
    scores["planned events"], wrong_plans = _best_list(planned_texts, wanted_plans, alternatives,
                                                       lambda a, b: _text_similarity(a, b, 0.5))
    for planned_event in facts.planned_events:
        wrong = planned_texts.index(planned_event.text) in wrong_plans
        out.append(Outcome("planned event", planned_event.text[:80], planned_event.needs_review, wrong,
                           planned_event.why or ""))
    return scores


def _scalar_outcome(out: list[Outcome], name: str, value: t.Any, score: Score, flagged: bool, why: str) -> None:
    if value:
        out.append(Outcome(name, str(value), flagged, score.fp > 0, why))


def _why(facts: Facts, key: str, item: str | None = None) -> str:
    """The reasons kept with a scalar field's judgement, or with one item of a list-of-strings field."""
    value = facts.confidence.get(key)
    if item is not None and isinstance(value, dict) and "confidence" not in value:
        value = value.get(item)
    return str(value.get("why") or "") if isinstance(value, dict) else ""


# -- comparisons --------------------------------------------------------------------------


def normal(text: t.Any) -> str:
    text = str(text or "").replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"[–—‐‑]", "-", text).lower()
    text = re.sub(r"\s+", " ", text).strip(" .,;:\"'«»")
    return re.sub(r"^(?:the|a|an) ", "", text)


def _predicted_date(facts: Facts) -> str | None:
    return facts.event_date.isoformat() if facts.event_date else facts.event_date_partial


def _expected_date(expected: dict[str, t.Any]) -> str | None:
    return expected.get("event_date") or expected.get("event_date_partial")


def _scalar(predicted: t.Any, expected: t.Any, alternatives: t.Sequence[t.Any]) -> Score:
    predicted_n = normal(predicted) if predicted else None
    correct = {normal(v) for v in (expected, *alternatives) if v}
    if predicted_n is None:
        return Score(fn=1) if expected else Score()
    if predicted_n in correct:
        return Score(tp=1)
    return Score(fp=1, fn=1 if expected else 0)


def _match(predicted: t.Sequence[t.Any], expected: t.Sequence[dict[str, t.Any]],
           same: t.Callable[[t.Any, dict[str, t.Any]], bool]
           ) -> tuple[Score, list[tuple[t.Any, dict[str, t.Any]]], set[int]]:
    """One-to-one greedy matching in order; optional expected items count neither way.

    Returns the score, the matched pairs and the ids of the predicted items that matched nothing.
    """
    score = Score()
    pairs = []
    unmatched: set[int] = set()
    free = list(expected)
    for item in predicted:
        twin = next((e for e in free if same(item, e)), None)
        if twin is None:
            score.fp += 1
            unmatched.add(id(item))
            continue
        free.remove(twin)
        if not twin.get("optional"):
            score.tp += 1
            pairs.append((item, twin))
    score.fn += sum(1 for e in free if not e.get("optional"))
    return score, pairs, unmatched


def _names(person: dict[str, t.Any]) -> list[str]:
    return [n for n in (person.get("name"), *(person.get("name_alternatives") or [])) if n]


def _same_name(name: str | None, person: dict[str, t.Any]) -> bool:
    from briefing.extract.people import same_person

    if not name:
        return False
    names = _names(person)
    return any(normal(name) == normal(n) for n in names) or any(same_person(name.split(), n.split()) for n in names)


def _people(predicted, expected):
    expected = [e for e in expected if e.get("name") or not e.get("optional")]
    return _match(predicted, expected, lambda p, e: _same_name(p.name, e))


def _title_right(predicted: t.Any, expected: dict[str, t.Any]) -> bool:
    """The title is as expected, or both have none."""
    if expected.get("title") is None:
        return not predicted.title
    return bool(predicted.title) and any(_one_office(predicted.title) == _one_office(v) for v in
                                         (expected.get("title"), *(expected.get("title_alternatives") or [])) if v)


def _one_office(title: str) -> str:
    """A title compared as one person's office: the shared plural "Deputy Prime Ministers of X" of two people is
    each one's "Deputy Prime Minister of X" (the office words before "of" only)."""
    head, of, rest = normal(title).partition(" of ")
    return " ".join(PLURAL_TITLES.get(word, word) for word in head.split()) + of + rest


def _titles(pairs) -> Score:
    def same(p, e) -> bool:
        written = [v for v in (e.get("title"), *(e.get("title_alternatives") or [])) if v]
        # a title two people share ("Directors General of X of Chile and Colombia") is each one's office of his side
        offices = [*written, *(office for v in written for office in people.offices_of_each_side(v))]
        return any(_one_office(p.title) == _one_office(v) for v in offices)

    score = Score()
    for predicted, expected in pairs:
        if expected.get("title") is None:
            score.fp += 1 if predicted.title else 0
        elif predicted.title and same(predicted, expected):
            score.tp += 1
        else:
            score.fn += 1
            score.fp += 1 if predicted.title else 0
    return score


def _pair_values(pairs, same, counted) -> Score:
    score = Score()
    for predicted, expected in pairs:
        if not counted(expected):
            continue
        if same(predicted, expected):
            score.tp += 1
        else:
            score.fp += 1
            score.fn += 1
    return score


def _documents(facts: Facts, expected: dict[str, t.Any]):
    """Documents scored against the expected lists, or against an alternative whole list in ``accept`` ("five
    memoranda" as one package, or one memorandum per field the text lists), whichever matches best."""
    predicted = [("signed", d) for d in facts.documents_signed] + [("referenced", d) for d in facts.documents_referenced]
    accept = expected.get("accept") or {}
    choices = [[expected.get(key) or [], *(accept.get(key) or [])] for key in ("documents_signed", "documents_referenced")]

    def matched(signed: list[dict[str, t.Any]], referenced: list[dict[str, t.Any]]):
        wanted = [dict(d, _kind="signed") for d in signed] + [dict(d, _kind="referenced") for d in referenced]
        return _match(predicted, wanted, lambda p, e: p[0] == e["_kind"] and _same_document(p[1], e))

    score, pairs, unmatched = max((matched(*lists) for lists in itertools.product(*choices)),
                                  key=lambda found: found[0].tp - found[0].fp - found[0].fn)
    return score, [(p[1], e) for p, e in pairs], {id(p[1]) for p in predicted if id(p) in unmatched}


def _same_document(predicted: t.Any, expected: dict[str, t.Any]) -> bool:
    subject = str(expected.get("subject") or "")
    # "several bilateral agreements" on a subject: a generic noun, however counted
    title = re.sub(r"^(?:(?:several|some|various|two|three|four|five|bilateral|intergovernmental)\s+)+", "",
                   str(expected.get("title", "")), flags=re.I)
    generic = bool(subject) and generic_document_title(title)
    if (generic or generic_document_title(predicted.title)) and predicted.subject and \
            predicted.type == expected.get("type") and _same_subject(predicted.subject, subject):
        return True  # "a protocol" on the settlement of X = "Protocol on Settlement of X" on that subject
    if generic and predicted.type == expected.get("type") and normal(subject) in normal(predicted.title) and \
            normal(str(expected.get("title", ""))) in normal(predicted.title):
        return True  # "Memorandum of Understanding" on "energy sector": "… of Understanding in the energy sector …"
    if not (_text_similarity(predicted.title, expected.get("title", ""), 0.6)
            or _same_name_between_same_sides(predicted, expected)):
        return False
    return not generic or _same_subject(predicted.subject or "", subject) or normal(subject) in normal(predicted.title)


def _same_name_between_same_sides(predicted: t.Any, expected: dict[str, t.Any]) -> bool:
    """'MoU on tourism between the ministries of A and B' = 'MoU on tourism': annotators keep the
    "between …" of a title or leave it to the parties; the document is the same when its name matches
    and the sides match where both titles name them, or where the name is as plain as "memorandum of
    understanding"."""
    name, _, predicted_sides = predicted.title.partition(" between ")
    wanted, _, wanted_sides = str(expected.get("title", "")).partition(" between ")
    if not (predicted_sides or wanted_sides) or not _text_similarity(name, wanted, 0.8):
        return False
    if predicted_sides and wanted_sides:
        return _text_similarity(predicted_sides, wanted_sides, 0.5)  # partnerships between other cities
    if not generic_document_title(name):
        return True
    sides = normal(" ".join([predicted_sides, *predicted.parties]))
    wanted = normal(" ".join([wanted_sides, *(expected.get("parties") or [])]))
    return _text_similarity(sides, wanted, 0.5)


def _same_subject(a: str, b: str) -> bool:
    """'cooperation in prevention and elimination of emergencies' = 'prevention and elimination of emergencies';
    'to cooperate in sports' = 'sports'."""
    def plain(text: str) -> str:
        return re.sub(r"^(?:(?:cooperation|to co-?operate|the fields?|the spheres?|the areas?)\s+(?:in|of|on)\s+(?:the\s+)?"
                      r"(?:fields?\s+of\s+)?)", "",
                      normal(text))
    return _text_similarity(plain(a), plain(b), 0.5)


def _text_similarity(a: str, b: str, threshold: float) -> bool:
    a, b = normal(a), normal(b)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if short in long and len(short) >= max(0.5, threshold) * len(long):
        return True
    wa, wb = set(re.findall(r"\w+", a)), set(re.findall(r"\w+", b))
    return len(wa & wb) / max(len(wa | wb), 1) >= threshold


def _same_speaker(predicted: str | None, expected: str | None, people: list[dict[str, t.Any]]) -> bool:
    if not predicted or not expected:
        return predicted == expected
    if normal(predicted) == normal(expected):
        return True
    person = next((p for p in people if _same_name(expected, p)), None)
    return bool(person and _same_name(predicted, person))


def _same_area(a: str, b: str) -> bool:
    from briefing.vocabulary import COOPERATION_AREAS, match_term

    if normal(a) == normal(b):
        return True
    ta, tb = match_term(a, COOPERATION_AREAS), match_term(b, COOPERATION_AREAS)
    return bool(ta and tb and ta.key == tb.key)


def _same_org(a: str, b: str) -> bool:
    from briefing.extract.orgs import same_institution

    if normal(a) == normal(b):
        return True
    short, long = sorted((normal(a), normal(b)), key=len)
    return same_institution(a, b) and len(short) >= 0.6 * len(long)


def _best_list(predicted: t.Sequence[str], expected: t.Sequence[str], alternatives: t.Any,
               same: t.Callable[[str, str], bool],
               align: t.Callable[[list[str], list[str]], tuple[list[str], list[str]]] | None = None
               ) -> tuple[Score, set[int]]:
    """The score against the expected list or the best of its alternatives, and the indexes of the
    predicted items that matched nothing there."""
    candidates = [list(expected)] + [list(alt) for alt in (alternatives or [])]
    results = []
    for option in candidates:
        mine, theirs = align(list(predicted), option) if align else (list(predicted), option)
        boxes = [[value] for value in mine]  # one box per item, so that equal strings keep their own identity
        score, _, unmatched = _match(boxes, [{"value": v} for v in theirs], lambda p, e: same(p[0], e["value"]))
        wrong_values = [box[0] for box in boxes if id(box) in unmatched]
        wrong = {index for index, value in enumerate(predicted) if value in wrong_values}
        results.append((score, wrong))
    return max(results, key=lambda r: (r[0].f1, r[0].tp))


def _pair_parts(item: str) -> list[str] | None:
    """'trade and economic' -> ['trade', 'economic'] when the vocabulary names the pair as one area."""
    from briefing.vocabulary import COOPERATION_AREAS, match_term

    first, _, second = normal(item).partition(" and ")
    term = match_term(normal(item), COOPERATION_AREAS)
    if not (second and term and normal(item) in (term.key, *term.aliases)):
        return None
    if match_term(first, COOPERATION_AREAS) and match_term(second, COOPERATION_AREAS):
        return [first, second]
    return None


def _pairs_as_parts(predicted: list[str], expected: list[str]) -> tuple[list[str], list[str]]:
    """A pair the vocabulary names ('cultural and humanitarian') on one side and its two parts on the
    other say the same: both conventions score alike."""
    def spread(items: list[str], other: list[str]) -> list[str]:
        result = []
        for item in items:
            parts = _pair_parts(item)
            if parts and not any(_same_area(item, o) for o in other) and \
                    all(any(_same_area(part, o) for o in other) for part in parts):
                result.extend(parts)
            else:
                result.append(item)
        return result

    return spread(predicted, expected), spread(expected, predicted)
