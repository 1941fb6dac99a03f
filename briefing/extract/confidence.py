"""How sure extraction is of each fact, and why: the rule that found it and the kind of evidence.

A score starts from the prior of the rule that found the fact (a date in the lead is surer than one
read from a later sentence; a speaker named as written is surer than one found by a pronoun) and is
lowered by warning signs of the fact itself (a one-word name, a document title that ran on, an area
the vocabulary does not know). The scores rank facts for review; they are not probabilities. Below
the review threshold (``models.DEFAULT_REVIEW_BELOW``, set with ``--review-below``) a fact is kept
and marked ``needs_review``.

Calibration. The hand-set scores above are guesses; the annotated batches say how often a fact found by
each rule is in fact right. ``tools/calibrate.py`` counts, per field and per reason (each rule name or
warning sign in ``why``), the facts that were right and the facts in all, and writes them to
``calibration.csv`` beside this module (numbers and rule names only). A fact's final score is the
observed precision of its *weakest* reason, each reason's precision smoothed with a Beta prior centred
on the hand-set score and worth ``PRIOR_WEIGHT`` facts: ``(right + w·hand) / (total + w)``. So a reason
seen on two facts barely moves the hand-set score, a reason seen on a hundred is what the data says,
and a reason never seen keeps the hand-set score. The weakest reason decides because one warning sign
is enough to doubt a fact (a person named outside the event is doubtful wherever the name stands).
Only the reasons change the score, never the fact's text: extraction itself is untouched.
"""

from __future__ import annotations

import csv
import functools
import re
import typing as t
from pathlib import Path

from briefing.extract.lexicon import DEMONYMS, names_one_country
from briefing.models import Location, Person, PlannedEvent, Quote, SignedDocument

Judgement = tuple[float, str]

CALIBRATION_FILE = Path(__file__).with_name("calibration.csv")
CALIBRATION_COLUMNS = ("field", "reason", "right", "total")
# how many facts the hand-set score counts for against the observed ones: enough that a reason seen once
# or twice cannot swing a score, small beside the tens of facts a common rule is seen on
PRIOR_WEIGHT = 4.0

Counts = dict[tuple[str, str], tuple[int, int]]


def reasons_of(why: str) -> list[str]:
    """The rule names and warning signs in a ``why``, without the words of the article they quote.

    "attributed to “Mr. X” (the name as written)" is the rule "attributed to “…” (the name as written)";
    "venue Akorda is in Astana" is "venue"; reasons are joined by "; " or ", " (not a comma in a list of
    quoted words, "a list before 'cooperation', 'ties' or 'spheres'", nor one inside parentheses).
    """
    why = re.sub(r"“[^”]*”", "“…”", why or "")
    why = re.sub(r"\bvenue\b[^;,]*", "venue", why)
    why = re.sub(r"\([^()]*\)", lambda aside: aside.group(0).replace(",", "\0"), why)  # an aside is one reason
    parts = re.split(r";\s+|,\s+(?![\'“\"])", why)
    return [part.replace("\0", ",").strip() for part in parts if part.strip()] or ["no rule"]


def read_calibration(path: Path) -> Counts:
    """field and reason → (right, total) from a calibration table; no file, no calibration."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {(row["field"], row["reason"]): (int(row["right"]), int(row["total"])) for row in csv.DictReader(handle)}


@functools.cache
def _calibration() -> Counts:
    return read_calibration(CALIBRATION_FILE)


def smoothed(right: int, total: int, prior: float, weight: float = PRIOR_WEIGHT) -> float:
    """The precision of a reason seen right ``right`` times out of ``total``, with a Beta prior of mean
    ``prior`` worth ``weight`` facts (Laplace smoothing towards the hand-set score)."""
    return (right + weight * prior) / (total + weight)


def calibrated(field: str, hand: float, why: str, counts: Counts | None = None) -> float:
    """The hand-set score ``hand`` of a ``field`` fact replaced by the smoothed precision of its weakest reason."""
    table = _calibration() if counts is None else counts
    # a reason the batches never showed (a rare warning sign) counts as none seen: it keeps the hand-set score
    precisions = [smoothed(*table.get((field, reason), (0, 0)), prior=hand) for reason in reasons_of(why)]
    return _clip(min(precisions))


_Judge = t.TypeVar("_Judge", bound=t.Callable[..., Judgement])


def _calibrated_as(field: str) -> t.Callable[[_Judge], _Judge]:
    """A judging function whose hand-set score is then calibrated as a ``field`` fact (see the module)."""
    def wrap(judge: _Judge) -> _Judge:
        @functools.wraps(judge)
        def judged(*args: t.Any, **kwargs: t.Any) -> Judgement:
            score, why = judge(*args, **kwargs)
            return calibrated(field, score, why), why
        return t.cast(_Judge, judged)
    return wrap

# -- place and event -----------------------------------------------------------------------------

_PLACE = {
    "the city hosted the event": 0.9,
    "city named in an event sentence": 0.85,
    "the capital of the country named": 0.8,
    "city of the visit": 0.85,
    "opening city + 'here'": 0.8,
    "dateline city, the lead says 'here'": 0.8,
    "city named in the headline": 0.75,
    "country of the visit": 0.8,
    "country visited": 0.8,
    "country the headline says will be visited": 0.75,
    "an ambassador meets in the country of accreditation": 0.7,
    "the city where a participant arrived or was received": 0.75,
}


@_calibrated_as("place")
def place(location: Location) -> Judgement:
    why = location.why or "no rule"
    if why in _PLACE:
        return _PLACE[why], why
    if "city from the dateline" in why:
        return 0.7, why  # the text names the country and the agency files from a city of it
    if "dateline" in why:
        return 0.6, why  # where the agency filed: often, not always, where the event was
    if why.startswith("venue"):
        return 0.8, why
    return _PLACE.get(why, 0.6), why


_DATE = {
    "a date in the lead": 0.95,
    "a day and month in the lead": 0.85,
    "a relative day in the lead": 0.85,
    "a full date opening an event sentence": 0.85,
    "the day the text says it took place": 0.8,
    "the dateline date": 0.7,
    # a date read past the lead: often the date of another event the article recalls or plans
    "a date in a later event sentence": 0.55,
    "a relative day in a later sentence": 0.65,
    "a relative day inside a quotation": 0.6,
    "a weekday under a dateline without a year: the dateline's day": 0.5,
}


@_calibrated_as("date")
def event_date(why: str) -> Judgement:
    base = why.replace(", no year", "")
    return _DATE.get(base, 0.6), why


@_calibrated_as("event type")
def event_type(why: str) -> Judgement:
    if why.startswith("phone"):
        return 0.95, why
    if why.startswith("no event wording"):
        return 0.4, why
    if "headline or lead" in why:
        return 0.85, why
    return 0.7, why


# -- people --------------------------------------------------------------------------------------

_ROLE = {
    "named in the lead": 0.9,
    "named in an event sentence": 0.8,
    "speaks in the text": 0.75,
    "holds an office the lead names for a side": 0.7,
    "named in passing": 0.85,
    "quoted from what they wrote": 0.8,
    # a role read from where the name stands, not from what the text says the person did: about half of
    # those are right, so a mark would flag as many right people as wrong ones (the seed's three among them)
    "named outside the event": 0.65,
    "met a participant separately": 0.8,  # the text says so: "also met with him, respectively"
}

# a participant the text gives no office: the title is missing from the briefing, and the person was often
# only named near the event (a minister who spoke at it, a prime minister who sent greetings)
_PARTICIPANT_WITHOUT_OFFICE = 0.55


def person(record: Person, role_why: str, tokens: t.Sequence[str], genre_word: t.Callable[[str], bool],
           participant: bool) -> Judgement:
    score = _ROLE.get(role_why.split(";")[0], 0.65)
    reasons = [role_why or "no rule"]
    name = record.name or ""
    significant = [w for w in re.findall(r"[A-Za-z][\w’'-]+", name) if len(w) > 2]
    royal = bool(re.search(r"\b(?:Emperor|Empress|King|Queen|Emir|Amir|Sultan|Sheikh|Prince|Princess|Pope)\b",
                           record.title or ""))
    if len(significant) < 2 and not royal:
        score -= 0.2
        reasons.append("one-word name")
    if any(genre_word(token) for token in tokens):
        score -= 0.25
        reasons.append("a word of the name is also a common word of the genre")
    if len(tokens) > 4:
        score -= 0.1
        reasons.append("a long name")
    if participant and not record.title:
        score = min(score - 0.1, _PARTICIPANT_WITHOUT_OFFICE)
        reasons.append("no office")
    if participant and not record.country:
        score -= 0.05
        reasons.append("no country")
    why = "; ".join(reasons)
    return calibrated("participant" if participant else "mentioned person", _clip(score), why), why


# -- documents -----------------------------------------------------------------------------------

_DOCUMENT = {
    "signing verb before": 0.85,
    "signing verb after": 0.85,
    "item of a list of documents": 0.75,
    "an item of a bulleted list of documents": 0.85,
    "a title paragraph in a list of documents": 0.75,
    # "MoUs and agreements covering A, B and C": annotators list such a package now as one entry, now not at all
    "a package of documents of two kinds, named only by their fields": 0.55,
    # "the ongoing negotiations of the X Agreement": whether and when it will be concluded, the text rarely says
    "a named document under negotiation": 0.65,
    # "the agreement ..., signed by the governments in March": when it was signed the sentence says, not always
    "a signing participle after the title": 0.7,
    # "the implementation of the roadmap for ...": a document the text names as existing, rarely listed by annotators
    "a document put to work, signed before": 0.6,
    # "several agreements in the fields of A, B and C": how many, the text does not say
    "several documents named by their fields": 0.6,
    # "approved a bill on the ratification of the X agreement": the document the parliament ratifies, named
    "a document a parliament ratifies": 0.75,
}
# "signed a Declaration that ...", "signed the agreement": a type word alone, which the annotators name now by a
# longer title or a subject written elsewhere in the text, now as written (about half of them, batches 1-11)
_BARE_TYPE = 0.6


@_calibrated_as("document")
def document(record: SignedDocument, why: t.Sequence[str], generic: bool, in_quote: bool) -> Judgement:
    score = _DOCUMENT.get(why[0] if why else "", 0.7)
    reasons = list(why) or ["no rule"]
    if generic:
        # "documents", "a total of eight documents": a count with no type and no subject is rarely one document
        # the annotator lists; "four agreements" at least names what was signed
        score = min(score, 0.5 if record.type == "other" else 0.65)
    if any("one of the subjects" in w for w in why):
        score = min(score, 0.75)
    if in_quote:
        score -= 0.05
        reasons.append("read inside a quotation")
    if any("phone call" in w for w in why):
        score = min(score, 0.7)
    if not generic and not record.subject and len(record.title.split()) == 1:
        score = min(score, _BARE_TYPE)
        reasons.append("a bare type word with no title or subject")
    if any(w.startswith("refers to a document the text describes") for w in why):
        # "the relevant agreements were signed" after sentences about a loan: what the text calls them, the
        # annotator names by what they finance; the count and the title are guesses
        score = min(score, 0.5)
    words = len(record.title.split())
    if words > 30:
        score -= 0.1
        reasons.append("a very long title")
    last = record.title.split()[-1].lower() if record.title.split() else ""
    if last in DEMONYMS or last in ("the", "of", "and", "between", "on"):
        score -= 0.3
        reasons.append("the title is cut short")  # "Agreement between the Cabinet of Ministers of the Kyrgyz"
    if not re.search(r"[A-Za-z]", record.title.split()[0] if record.title.split() else ""):
        score -= 0.2
        reasons.append("the title opens with a number or sign")
    return _clip(score), "; ".join(reasons)


# -- quotes --------------------------------------------------------------------------------------

_SPEAKER = {
    "the name as written": 0.95,
    "a variant spelling of the name": 0.8,
    "a pronoun: the participant named last before": 0.7,
    "the office as written": 0.85,
    "an office of the same kind": 0.7,
    "the head of state or government named in the text": 0.75,
    "the one person of that country": 0.65,
    "the institution named": 0.85,
    "the one institution of that kind in the text": 0.7,
    "the institution the article reports from": 0.7,
    "a cited agency or outlet": 0.8,
    "the author of the post or letter, named before": 0.8,
    "a single name as written, not a person of the text": 0.5,
}


@_calibrated_as("quote")
def quote(record: Quote) -> Judgement:
    why = record.why or ""
    text_score = 0.9 if record.marked else (0.7 if why.startswith("unmarked") else 0.65)
    how = re.search(r"\(([^()]*)\)$", why)
    if "goes on from the quote before" in why:
        speaker_score = 0.75
    elif "as the one speaker the text quotes" in why:  # quotes._ONLY_SPEAKER: a reader's inference, to be checked
        speaker_score = 0.6
    elif "not resolved" in why or record.speaker is None:
        speaker_score = 0.4
    elif how:
        speaker_score = _SPEAKER.get(how.group(1), 0.6)
    else:
        speaker_score = 0.6
    if "said on an earlier occasion" in why:  # quotes.EARLIER_OCCASION: words of another day, not of this event
        speaker_score = min(speaker_score, 0.5)
    return _clip(min(text_score, speaker_score)), why or "no rule"


# -- planned events, areas, organizations, countries ----------------------------------------------

_PLANNED = {
    "a future verb": 0.8,
    "an event named as still to come": 0.7,
    "an event considered or prepared": 0.65,
    "a headline that looks ahead": 0.6,
}


@_calibrated_as("planned event")
def planned(record: PlannedEvent) -> Judgement:
    score = _PLANNED.get(record.why or "", 0.65)
    reasons = [record.why or "no rule"]
    if record.kind == "other":
        score -= 0.15
        reasons.append("no kind of event recognised")
    if not record.who:
        score -= 0.05
        reasons.append("nobody named as taking part")
    if len(record.text.split()) > 45:
        score -= 0.1
        reasons.append("a very long phrase")
    return _clip(score), "; ".join(reasons)


@_calibrated_as("areas")
def area(item: str, why: str, mapped: bool) -> Judgement:
    if "odd item" in why:
        return 0.5, why
    if not mapped:
        return (0.65 if "such fields" in why else 0.55), why + ("" if "vocabulary" in why else ", not in the vocabulary")
    return (0.75 if "'... dialogue'" in why else 0.9), why


@_calibrated_as("organizations")
def organization(name: str, why: str, heads: frozenset[str] = frozenset(), titles: frozenset[str] = frozenset()) -> Judgement:
    score = 0.85
    reasons = [why]
    words = name.split()
    if why.startswith("a party"):
        score = 0.65
    if len(words) > 14:
        score -= 0.35
        reasons.append("a very long name")
    elif len(words) > 10:
        score -= 0.2
        reasons.append("a long name")
    if re.search(r"\s(?:and|&)\s+the\s", name):
        score -= 0.3
        reasons.append("two names joined by 'and the'")
    if words and (words[0].lower() in titles or words[0].lower().split("-")[-1] in titles):
        score -= 0.3
        reasons.append("opens with an office")  # "Under-Secretary of the Court" is a title, not a body
    if len(words) > 1 and words[-1].islower() and words[-1] in heads and not names_one_country(words[:-1]):
        score -= 0.3
        reasons.append("a government named after a person")  # "the Moon Jae-in government", not "Turkmen parliament"
    last = words[-1].lower().strip("()") if words else ""
    if heads and len(words) > 1 and last not in heads and not any(w in ("of", "for", "on", "under") for w in words) \
            and not re.fullmatch(r"[A-Z]{2,}", words[-1]):
        score -= 0.3
        reasons.append("no institution word at its end")
    return _clip(score), "; ".join(reasons)


@_calibrated_as("countries")
def country(code: str, why: str) -> Judgement:
    return (0.8 if why.startswith("only") else 0.9), why


def _clip(score: float) -> float:
    return round(max(0.05, min(0.99, score)), 2)
