"""The termbase: official ru/kk/mn forms of names, titles, institutions, places and documents.

Staff keep it in one spreadsheet-friendly CSV (``locales/termbase.csv``, UTF-8)::

    type,en,ru,kk,mn,aliases,status,note
    person,Yerlan Koshanov,Ерлан Кошанов,Ерлан Қошанов,Е.Кошанов,Erlan Koshanov | Koshanov,ru=confirmed; kk=confirmed; mn=unconfirmed,<sources>

* ``aliases``: other English spellings, separated by ``|``.
* ``status``: per language, ``lang=value`` separated by ``;``; values are
  confirmed | variant | derived | unconfirmed. A form without a status counts as unconfirmed.
* An empty ru/kk/mn cell means "no trustworthy form": the caller transliterates and flags it.
* ``office`` (optional column, person rows only): the office the person holds, in English as a title row or
  ``locales/offices.csv`` composes it ("President of Turkey"), with ``(since YYYY[-MM-DD])`` when he took it, or
  ``(YYYY[-MM-DD] to YYYY[-MM-DD])`` for an office he has left.
  An article that names him only as his country's "leader" ("the Turkish leader") gets this office instead, when
  the event is not before that date; staff add or end it as offices change hands. A file without the column
  is read as before.
* Rows whose ``type`` cell starts with ``#`` are comments.
* A cell with a comma needs double quotes (``"Koshanov, Yerlan"``); a row with more non-empty
  cells than the header, a quote that is never closed, or a quoted cell that runs over into
  what looks like the next row is an error, as is a ru/kk/mn form without any Cyrillic letter
  (a Latin brand such as ``Trend`` is kept by repeating the en form exactly). Only the note
  may span lines.

Lookups ignore case, spacing, hyphens versus spaces, curly versus straight quotes, Latin
diacritics ("Khürelsükh" = "Khurelsukh") and a trailing possessive ('s).

People are also matched by a **name key** when no en or alias is exact (:meth:`Termbase.match_person`):
word order is free, romanizations are folded (kh/h, zh/j/dzh, y/i, ye/e, oo/u, q/k, -yev/-ev,
double letters), Mongolian genitive endings are taken off ("Batmunkhiin" = "Batmunkh",
"Gombojavin" = "Gombojav", "Dashzegviin" = "Dashzegve"), a middle Kazakh/Kyrgyz/Uzbek/Russian
patronymic is left out ("Kassym-Jomart Kemeluly Tokayev"), and an initial stands for the word it
begins ("D.Amarbayasgalan", "Yerlan K."). A name two rows could mean matches neither: it is
reported (:class:`Ambiguous`), never picked.

**Every row needs a source and a status** (:meth:`Termbase.check`, used by the tests and by
``Termbase.load(path, strict=True)``): each filled ru/kk/mn cell needs a status for its language,
and the note must name a source — a URL, a site, or a named reference (CLDR, Wikipedia,
terminology.md, a language review) — or say "no source yet", with every form unconfirmed.
"""

from __future__ import annotations

import datetime as dt
import re
import typing as t
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import TermbaseError
from briefing.resources import CsvRows

LANGS = ("ru", "kk", "mn")
TYPES = ("person", "title", "institution", "place", "country", "programme", "company", "agency", "document")
STATUSES = ("confirmed", "variant", "derived", "unconfirmed")
REVIEW_STATUSES = frozenset({"derived", "unconfirmed"})
COLUMNS = ("type", "en", "ru", "kk", "mn", "aliases", "status", "note")
OPTIONAL_COLUMNS = ("office",)
_DAY = r"\d{4}(?:-\d\d(?:-\d\d)?)?"
_OFFICE = re.compile(rf"(?P<office>[^()]*?)\s*(?:\((?:since\s+(?P<since>{_DAY})|(?P<start>{_DAY})\s+to\s+(?P<until>{_DAY}))\))?")

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
_DASHES = "-‐‑‒–—"
_SEPARATOR = r"[\s\-‐‑‒–—]+"  # what may stand between two words of a name in running text
_CYRILLIC = re.compile(r"[\u0400-\u04ff\u0500-\u052f]")
# A line inside a quoted cell that starts like a termbase row: the quote before it was left open.
_ROW_LIKE = re.compile(rf"^[ \t]*(?:#|\"?(?:{'|'.join(TYPES)})\"?[ \t]*,)", re.I | re.M)
_MIXED_SCRIPT = re.compile(r"\w*(?:[a-zA-Z]\w*[а-яёА-ЯЁ\u0400-\u04ff]|[\u0400-\u04ff]\w*[a-zA-Z])\w*")


@dataclass(eq=False)  # identity semantics: an entry is one row of one termbase
class Entry:
    type: str
    en: str
    forms: dict[str, str] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()
    status: dict[str, str] = field(default_factory=dict)
    note: str = ""
    line: int = 0
    office: str = ""  # person rows: "President of Turkey (since 2014-08-28)", the office held (see the module doc)

    def form(self, lang: str) -> str | None:
        """The form to print in ``lang``; None when the termbase has none."""
        if lang == "en":
            return self.en
        return self.forms.get(lang) or None

    def needs_review(self, lang: str) -> bool:
        """True when the form is missing, derived or unconfirmed: mark it for a human check."""
        if lang == "en":
            return False
        return self.form(lang) is None or self.status.get(lang, "unconfirmed") in REVIEW_STATUSES

    def office_on(self, day: str | None) -> str | None:
        """The office this person holds on ``day`` (ISO date; None: today), in English; None when the row names
        none, or names one taken after that day."""
        match = self.office_parts()
        if match is None:
            return None
        since = match.group("since") or match.group("start")
        if since and day and day[: len(since)] < since:
            return None
        until = match.group("until")  # "(2007-02-14 to 2022-03-19)": an office he no longer holds
        if until and (day or dt.date.today().isoformat())[: len(until)] > until:
            return None
        return match.group("office")

    def office_parts(self) -> re.Match[str] | None:
        """The office cell read as 'office (since date)' or 'office (date to date)'; None when it is empty or
        names no office."""
        match = _OFFICE.fullmatch(self.office.strip())
        return match if self.office.strip() and match is not None and match.group("office") else None

    @property
    def names(self) -> tuple[str, ...]:
        """The English spellings this entry answers to: ``en`` first, then the aliases."""
        return (self.en, *self.aliases)

    def __repr__(self) -> str:
        return f"Entry({self.type!r}, {self.en!r}, line={self.line})"


_DASH = re.compile(f"[{_DASHES}]")
_DOT_SPACING = re.compile(r"\.\s*")
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """The lookup key of an English name: case, spacing, quotes, dashes and diacritics folded."""
    if not text.isascii():  # plain ASCII is already in its normal forms, with no marks to fold
        text = _fold_latin_diacritics(unicodedata.normalize("NFKC", text))
    text = text.translate(_QUOTES).casefold()
    text = _DASH.sub(" ", text)
    text = _DOT_SPACING.sub(". ", text)  # "D.Amarbayasgalan" == "D. Amarbayasgalan"
    return _SPACES.sub(" ", text).strip(" \"'.,;:()[]")


def _fold_latin_diacritics(text: str) -> str:
    # Only marks on ASCII letters go: Cyrillic й/ё must survive if someone looks them up.
    out: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(char) and out and out[-1].isascii():
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


class Termbase:
    """All entries of one termbase file, indexed by normalized English name."""

    def __init__(self, entries: t.Iterable[Entry] = (), source: str = "termbase") -> None:
        self.source = source
        self.entries: list[Entry] = list(entries)
        self._index: dict[str, Entry] = {}
        for entry in self.entries:
            self._add_to_index(entry)
        self._patterns: dict[frozenset[str] | None, re.Pattern[str]] = {}  # built on first use, per type filter
        self._found: dict[tuple[str, str | None], Entry | None] = {}  # lookups repeat across languages and articles
        self._people: tuple[list[tuple[PersonName, Entry]], dict[str, set[int]]] | None = None  # built on first use
        self._countries: dict[str, Entry] | None = None  # by ISO code, built on first use
        self._bare: dict[str, Entry] | None = None  # by name without "the", built on first use
        self._places: dict[str, Entry] | None = None  # by the folded spelling of a place's name, built on first use
        self.ambiguities: dict[str, Ambiguous] = {}  # names :meth:`find` left alone because two rows fit
        self.near_spellings: dict[str, Entry] = {}  # names matched to a row one letter off, for review

    # -- loading -----------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path, *, strict: bool = False) -> Termbase:
        """Read a termbase CSV; a bad row raises :class:`TermbaseError` naming ``file:line``.

        ``strict`` also raises when a row fails :meth:`check` (a form without a status, a note
        without a source), with every such row listed.
        """
        path = Path(path)
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                entries = list(_read_entries(handle, str(path)))
        except OSError as exc:
            raise TermbaseError(f"{path}: cannot read the termbase: {exc.strerror or exc}") from exc
        except UnicodeDecodeError as exc:
            raise TermbaseError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); save it as CSV UTF-8") from exc
        termbase = cls(entries, source=str(path))
        if strict:
            problems = termbase.check()
            if problems:
                raise TermbaseError("\n".join(problems))
        return termbase

    @classmethod
    def load_kept(cls, path: str | Path) -> Termbase:
        """:meth:`load`, kept parsed between runs in the cache folder (keyed by the file's version and by
        this code's): what a run reads; ``briefing check`` reads the file itself."""
        from briefing import resources

        return resources.load_persisted("termbase", Path(path), cls._load_indexed,
                                        [Path(__file__), Path(resources.__file__)])

    @classmethod
    def _load_indexed(cls, path: Path) -> Termbase:
        """:meth:`load` with the people's names parsed: kept so, a run reads them instead of parsing again."""
        termbase = cls.load(path)
        termbase._people_index()
        return termbase

    def check(self) -> list[str]:
        """What keeps each row from being trustworthy, as ``file:line: …`` messages (empty when fine).

        Every ru/kk/mn form needs a status for its language, and every row a source in its note:
        a URL, a named reference (CLDR, Wikipedia, terminology.md, a site such as kazpravda.kz,
        a language review), or the words "no source yet" with every form marked unconfirmed.
        """
        return [f"{self.source}:{entry.line}: {problem}" for entry in self.entries for problem in check_entry(entry)]

    def _add_to_index(self, entry: Entry) -> None:
        for name in entry.names:
            key = normalize(name)
            other = self._index.get(key)
            if other is None:
                self._index[key] = entry
            elif other is not entry:
                raise TermbaseError(f"{self.source}:{entry.line}: {_clash(name, entry, other)}")

    # -- lookups -----------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> t.Iterator[Entry]:
        return iter(self.entries)

    def find(self, text: str, type: str | None = None) -> Entry | None:  # noqa: A002 - the CSV column name
        """The entry named ``text``, optionally of one type.

        An exact en or alias comes first; a person (``type`` "person" or None) is then matched by
        the name key (:meth:`match_person`). A name two rows could mean finds nothing and is kept
        in :attr:`ambiguities` for the caller to list.
        """
        key = (text, type)
        if key not in self._found:
            self._found[key] = self._find_uncached(text, type)
        return self._found[key]

    def _find_uncached(self, text: str, type: str | None) -> Entry | None:  # noqa: A002
        entry = self._find_exact(text, type)
        if entry is not None or type not in (None, "person"):
            return entry
        match = self.match_person(text)
        if isinstance(match, Match):
            return match.entry
        if isinstance(match, Ambiguous) and (type == "person" or all(word[:1].isupper() for word in text.split())):
            self.ambiguities[text] = match  # not for lower-case phrases that other lookups try
        return None

    def _find_exact(self, text: str, type: str | None = None) -> Entry | None:  # noqa: A002
        key = normalize(text)
        for candidate in _key_variants(key):
            entry = self._index.get(candidate)
            if entry is not None and (type is None or entry.type == type):
                return entry
        # "Mazhilis of Parliament of Kazakhstan" for "Mazhilis of the Parliament of Kazakhstan": English
        # news drops an inner "the" that changes no name; one row only, else nothing
        if " " in key and key.count(" ") >= 2:
            entry = self._without_articles_index().get(_without_articles(key))
            if entry is not None and (type is None or entry.type == type):
                return entry
        # "Dundgov Region" for the row "Dundgovi Aimag": a region named with its kind, romanized another way
        if type in (None, "place") and _DIVISION_WORD.search(key):
            return self._places_index().get(_place_spelling(key))
        return None

    def _places_index(self) -> dict[str, Entry]:
        if self._places is None:
            # a region's row (one of its names says its kind), never a city of the same name ("Batken")
            regions = [entry for entry in self.entries
                       if entry.type == "place" and any(_DIVISION_WORD.search(normalize(name)) for name in entry.names)]
            spellings = ((_place_spelling(normalize(name)), entry) for entry in regions for name in entry.names)
            self._places = _unshared((spelling, entry) for spelling, entry in spellings if spelling)
        return self._places

    def _without_articles_index(self) -> dict[str, Entry]:
        if self._bare is None:
            self._bare = _unshared((_without_articles(name_key), entry) for name_key, entry in self._index.items())
        return self._bare

    def match_person(self, text: str) -> Match | Ambiguous | None:
        """The person row that ``text`` names, whatever the word order, initials, patronymic or
        romanization; :class:`Ambiguous` when two rows could be meant; None when no row is.

        An exact en or alias wins ("exact"); otherwise the name must fit a row's name word for word,
        each initial standing for one of its other words ("name key"). A shortened name ("Japarov")
        that fits no row in full but is part of two or more rows' names is ambiguous, too.
        """
        exact = self._find_exact(text, "person")
        if exact is not None:
            return Match(exact, "exact")
        query = parse_person_name(text)
        if not query.words:
            return None
        people = self._people_index()
        candidates = [people[0][index] for index in sorted(set.intersection(
            *(people[1].get(part, set()) for part in query.key)))]
        full = list(dict.fromkeys(entry for name, entry in candidates if names_fit(query, name)))
        if len(full) == 1:
            return Match(full[0], "name key")
        if full:
            return Ambiguous(text, tuple(full))
        partial = list(dict.fromkeys(entry for name, entry in candidates if _names_overlap(query, name)))
        if len(partial) > 1:
            return Ambiguous(text, tuple(partial))
        if partial:
            return None
        # a near spelling shares all its parts but one with the query, so it is among the rows of those parts
        sharing = sorted(set().union(*(people[1].get(part, set()) for part in query.parts)))
        near = list(dict.fromkeys(people[0][index][1] for index in sharing if _near_spelling(query, people[0][index][0])))
        if len(near) == 1:  # "Murat Nurtileu" for the row "Murat Nurtleu": one letter apart, marked for review
            self.near_spellings[text] = near[0]
            return Match(near[0], "near spelling")
        return None

    def _people_index(self) -> tuple[list[tuple[PersonName, Entry]], dict[str, set[int]]]:
        """Every name of every person row, parsed, and the rows by each part of a name."""
        if self._people is None:
            names = [(parse_person_name(name), entry) for entry in self.entries if entry.type == "person"
                     for name in entry.names]
            by_part: dict[str, set[int]] = {}
            for index, (name, _entry) in enumerate(names):
                for part in name.key:
                    by_part.setdefault(part, set()).add(index)
            self._people = (names, by_part)
        return self._people

    def of_type(self, type: str) -> list[Entry]:  # noqa: A002
        return [entry for entry in self.entries if entry.type == type]

    def country(self, code: str) -> Entry | None:
        """The country entry that lists the ISO alpha-2 ``code`` among its aliases."""
        if self._countries is None:  # asked for every person's country in every language
            self._countries = {}
            for entry in self.of_type("country"):
                for alias in entry.aliases:
                    self._countries.setdefault(alias.strip().upper(), entry)  # the first row listing it
        return self._countries.get(code.strip().upper())

    def terms_in(self, text: str, types: t.Collection[str] | None = None) -> list[tuple[int, int, Entry]]:
        """Every termbase name in a free text as ``(start, end, entry)``, longest first, no overlaps.

        Used to lock names before machine translation. A possessive 's stays outside the span.
        ``types`` limits the search to some entry types: a locked form is nominative, so in
        ru/kk running text it fits people and brands better than countries or institutions,
        which the sentence may need in another case.
        """
        key = frozenset(types) if types is not None else None
        entries = [entry for entry in self.entries if key is None or entry.type in key]
        if not entries:
            return []
        if key not in self._patterns:
            self._patterns[key] = _names_pattern(entries)
        found: list[tuple[int, int, Entry]] = []
        for match in self._patterns[key].finditer(text):
            entry = self._entry_for_match(match)
            if entry is not None:
                found.append((match.start(), match.end(), entry))
        return found

    def _entry_for_match(self, match: re.Match[str]) -> Entry | None:
        matched = match.group(0)
        entry = self._index.get(normalize(matched))
        if entry is None:
            return None
        # A one-word proper name ("Trend", "Asia") must be capitalized: "a trend" is not the agency.
        if " " not in normalize(matched) and _capitalized(entry, matched) and not matched[0].isupper():
            return None
        return entry


def _clash(name: str, entry: Entry, other: Entry) -> str:
    """Why ``name`` of ``entry`` cannot be indexed: ``other`` already answers to it."""
    if name == entry.en and normalize(other.en) == normalize(name):
        return f"duplicate en {name!r} (first on line {other.line})"
    what = "en" if name == entry.en else "alias"
    return f"{what} {name!r} already names {other.en!r} (line {other.line})"


_ARTICLE = re.compile(r"(?:^|(?<= ))the ")


def _without_articles(key: str) -> str:
    return _ARTICLE.sub("", key)


def _key_variants(key: str) -> list[str]:
    """The key as given, then without a possessive 's and a leading "the"."""
    no_possessive = re.sub(r"'s$", "", key)
    variants = [key, no_possessive, re.sub(r"^the ", "", key), re.sub(r"^the ", "", no_possessive)]
    return list(dict.fromkeys(variants))


def _unshared(keyed: t.Iterable[tuple[str, Entry]]) -> dict[str, Entry]:
    """Each key with its row, leaving out a key that two rows share: neither is meant for sure."""
    found: dict[str, Entry | None] = {}
    for key, entry in keyed:
        found[key] = entry if found.get(key, entry) is entry else None
    return {key: entry for key, entry in found.items() if entry is not None}


# the kind of a region written after its name: "Dundgov Region", "Dundgovi Province", "Khovd aimag"
_DIVISION_WORD = re.compile(r"\s+(?:region|province|aimag|aimak|oblast)$")


def _place_spelling(key: str) -> str:
    """A place's name without its kind, each word folded as names are ("kh" = "h") and without the final
    "i" that romanizes a soft sign («Дундговь»: Dundgovi = Dundgov) or "b" for "v" ("Gobi" = "Govi")."""
    words = _DIVISION_WORD.sub("", re.sub(r"^the\s+", "", key)).split()
    return " ".join(re.sub(r"(?<=[^aeiou])i$", "", skeleton(word).replace("b", "v")) for word in words)


def _capitalized(entry: Entry, matched: str) -> bool:
    """Whether the spelling that matched is written with a capital in the termbase."""
    key = normalize(matched)
    return any(name[:1].isupper() for name in entry.names if normalize(name) == key)


def _names_pattern(entries: list[Entry]) -> re.Pattern[str]:
    """One alternation of all names, longest first, so each position takes its longest match."""
    names = {
        name
        for entry in entries
        for name in entry.names
        if not (entry.type == "country" and re.fullmatch(r"[A-Z]{2}", name.strip()))  # ISO codes: lookups only
    }
    # Ties in alphabetical order: a set's order changes from process to process, the pattern must not.
    alternatives = sorted((_name_regex(name) for name in names if normalize(name)), key=lambda regex: (-len(regex), regex))
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def _name_regex(name: str) -> str:
    """A regex for one name that tolerates the spelling differences ``normalize`` folds."""
    parts: list[str] = []
    for char in re.sub(r"\s+", " ", name.strip()):
        if char == " " or char in _DASHES:
            parts.append(_SEPARATOR)
        elif char == ".":
            parts.append(r"\.\s*")
        elif char in "'’‘ʼ`":
            parts.append("['’‘ʼ`]")
        elif char in "\"“”„«»":
            parts.append('["“”„«»]')
        else:
            parts.append(re.escape(char))
    # Collapse "\.\s*" followed by a space class: "D. Amar" and "D.Amar" both match.
    return "".join(parts).replace(r"\.\s*" + _SEPARATOR, r"\.\s*")


# -- the check: a status for every form, a source for every row ----------------------------

NO_SOURCE_YET = "no source yet"
# A URL, a site (kazpravda.kz, president.mn, mid.ru), or a named reference.
_SOURCE = re.compile(
    r"https?://\S+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:kz|mn|ru|uz|kg|tj|tm|az|by|tr|cn|jp|kr|in|ae|qa|sa|de|fr|uk|us|"
    r"com|org|net|gov|int|info|edu|media|news|tv)\b"
    r"|\bCLDR\b|\bBabel\b|\bWikipedia\b|\bterminology\.md\b|\bISO 3166\b|\b(?:language|native) review\b",
    re.IGNORECASE)
_NOT_A_SOURCE = re.compile(r"\bnot (?:found )?in terminology\.md\b", re.IGNORECASE)


def check_entry(entry: Entry) -> list[str]:
    """The problems of one row (without ``file:line``); see :meth:`Termbase.check`."""
    problems = [
        f"{lang} form {form!r} has no status: add '{lang}=confirmed', '{lang}=variant', '{lang}=derived' "
        f"or '{lang}=unconfirmed' to the status cell"
        for lang, form in entry.forms.items() if lang not in entry.status
    ]
    if entry.office.strip() and entry.type != "person":
        problems.append(f"an office is given for the {entry.type} {entry.en!r}: only a person holds one")
    elif entry.office.strip() and entry.office_parts() is None:
        problems.append(f"office {entry.office!r} is malformed: write the English office, e.g. "
                        "'President of Turkey', 'President of Turkey (since 2014-08-28)' or "
                        "'President of Turkmenistan (2007-02-14 to 2022-03-19)'")
    note = _NOT_A_SOURCE.sub("", entry.note)
    if NO_SOURCE_YET in note.casefold():
        trusted = [f"{lang}={entry.status[lang]}" for lang in entry.forms
                   if entry.status.get(lang, "unconfirmed") != "unconfirmed"]
        if trusted:
            problems.append(f"the note says {NO_SOURCE_YET!r} but the status says {', '.join(trusted)}: "
                            "give the source in the note, or mark the form unconfirmed")
    elif not _SOURCE.search(note):
        problems.append(f"no source in the note for {entry.en!r}: give a URL or a named reference (CLDR, "
                        f"Wikipedia, terminology.md, a site such as kazpravda.kz), or write {NO_SOURCE_YET!r} "
                        "and mark every form unconfirmed")
    return problems


# -- person matching -----------------------------------------------------------------------
#
# A person is written many ways: "Given Family", "Family Given", "F. Given", "Given F.",
# "D.Amarbayasgalan", with a Mongolian patronymic in the genitive ("Dashzegviin") or the
# nominative ("Amarbayasgalan Dashzegve"), with a Kazakh (-uly/-kyzy) or Russian (-ovich/-ovna)
# patronymic, and in several romanizations (kh/h, zh/j, y/i, ye/e, oo/u, -yev/-ev). Each name is
# reduced to words of a canonical skeleton; two spellings name the same person when their words
# are the same (in any order) and every initial stands for one of the words left.

_ROMANIZATION = (
    ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("q", "k"), ("w", "v"),
    ("y", "i"), ("oo", "u"), ("ou", "u"),
    ("ch", "h"),  # German and Polish romanization of Mongolian: Chürelsüch = Khurelsukh
)
_LETTERS = str.maketrans({"ı": "i", "ə": "a", "ø": "o", "ł": "l", "đ": "d", "ß": "s", "æ": "a", "œ": "o"})
# Mongolian genitive endings of a patronymic: Dashzegviin, Ukhnaagiin, Gombojavyn, Gombojavin,
# Luvsannamsrain, Oyuuny. Taken off every word of more than five letters, on both sides of a
# comparison, so a name that only looks like one ("Mishustin") still equals itself.
_MN_GENITIVE = re.compile(r"(?:(?<=[aeiou][aeiou])giin|(?<=[^aeiou])iin|(?<=[^aeiouy])yn|(?<=[^aeiou])in|(?<=ai)n|(?<=n)y)$")
# Kazakh, Kyrgyz, Uzbek, Turkmen and Russian patronymics: a middle word of a name of three words or more.
_PATRONYMIC = re.compile(r"(?:uly|uulu|ugli|kyzy|kizi|qyzy|qizi|ovich|evich|ovna|evna|ichna|owic|ewic|owich|ewich|owna|ewna)$")  # Turkmen -owiç, -ewiç
_PATRONYMIC_WORDS = frozenset({"uulu", "ogli", "oglu", "ogly", "kizi", "qizi", "kyzy", "gyzy"})
_INITIAL = re.compile(r"^[a-z]\.?$|^[a-z]{1,4}\.$")
_NAME_CHARS = re.compile(r"[^a-z.\s'’ʼ`ıəøłđßæœ-]")


@dataclass(frozen=True)
class Match:
    """The termbase row of a name, and how it was found: ``exact`` (en or an alias) or ``name key``."""

    entry: Entry
    how: str


@dataclass(frozen=True)
class Ambiguous:
    """A name that two or more rows could mean: the lookup uses none of them, the caller lists it."""

    text: str
    entries: tuple[Entry, ...]

    @property
    def report(self) -> str:
        rows = " or ".join(f"{entry.en!r} (line {entry.line})" for entry in self.entries)
        return (f"{self.text!r} could be {rows}: none is used; add this spelling as an alias "
                "of the right row, or write the name in full")


@dataclass(frozen=True)
class PersonName:
    """A person's name as canonical words (a word is a tuple of its hyphenated parts) and initials."""

    words: tuple[tuple[str, ...], ...]
    initials: tuple[str, ...]

    @property
    def parts(self) -> list[str]:
        return [part for word in self.words for part in word]

    @property
    def key(self) -> frozenset[str]:
        """The order-free key: the folded parts of the full words; initials and patronymics left out."""
        return frozenset(self.parts)


_APOSTROPHES = re.compile(r"['’‘ʼ`]")
_DOUBLED = re.compile(r"(.)\1+")


def skeleton(word: str) -> str:
    """One word of a name with romanization variants folded: "Battsetseg" → "batsetseg",
    "Batmunkhiin" → "batmunh" (= "Batmunkh"), "Tokayev" → "tokaev", "Zhaparov" → "japarov"."""
    word = _APOSTROPHES.sub("", word.casefold().translate(_LETTERS))
    word = re.sub(r"ijn$", "iin", word)  # the German and Polish genitive: Uchnaagijn = Ukhnaagiin
    stem = _MN_GENITIVE.sub("", word) if len(word) > 5 else word
    for old, new in _ROMANIZATION:
        stem = stem.replace(old, new)
    stem = _DOUBLED.sub(r"\1", stem)  # double letters: Kassym = Kasym, Ukhnaa = Ukhna
    stem = _DOUBLED.sub(r"\1", stem.replace("ie", "e"))  # Yerlan = Erlan, Aliyev = Aliev = Aliiev
    if len(stem) > 4 and stem.endswith("e"):
        stem = stem[:-1]  # Dashzegve (nominative) = Dashzegv-iin (genitive)
    return stem


_STYLES_OF_ADDRESS = frozenset({"sir", "lord", "dame", "lady", "baroness", "baron"})


def parse_person_name(text: str) -> PersonName:
    """``text`` as a :class:`PersonName`: "D.Amarbayasgalan" has one initial and one word."""
    plain = _fold_latin_diacritics(unicodedata.normalize("NFKC", text)).translate(_QUOTES).casefold()
    plain = re.sub(f"[{_DASHES}]", "-", plain).strip(" \"'.,;:()[]")  # a hyphen joins the parts of one word
    plain = _NAME_CHARS.sub(" ", re.sub(r"'s$", "", plain))
    raw_words = plain.replace(".", ". ").split()
    words: list[tuple[str, ...]] = []
    initials: list[str] = []
    for index, raw in enumerate(raw_words):
        if index == 0 and len(raw_words) >= 3 and raw in _STYLES_OF_ADDRESS:
            continue  # "Lord David Cameron", "Sir Lindsay Hoyle": a British style, no part of the name
        if (len(raw_words) >= 4 and index + 1 < len(raw_words) - 1 and index > 0
                and raw_words[index + 1].strip(".") in _PATRONYMIC_WORDS):
            continue  # the father's name before "oglu", "kyzy", "uulu": Ilham Heydar oglu Aliyev
        if _INITIAL.match(raw):
            initials.append(skeleton(raw.rstrip(".")) or raw.rstrip("."))
            continue
        parts = [part for part in re.split(r"-+", raw.strip(".")) if part]
        if not parts:
            continue
        if len(raw_words) >= 3 and index > 0 and (
                raw.strip(".") in _PATRONYMIC_WORDS or (_PATRONYMIC.search(parts[-1]) and len(parts[-1]) > 5)):
            continue  # Kassym-Jomart Kemeluly Tokayev, Vladimir Vladimirovich Putin, Ilham Heydar oglu Aliyev
        words.append(tuple(skeleton(part) for part in parts))
    return PersonName(tuple(words), tuple(initials))


def name_key(text: str) -> frozenset[str]:
    """The order-free key of a person's name (see :class:`PersonName`)."""
    return parse_person_name(text).key


def _initial_fits(initial: str, word: tuple[str, ...]) -> bool:
    first = word[0]
    if first.startswith(initial):
        return True
    # Y. and E. both stand for Ye- (Yerlan = Erlan), which the skeleton writes e-.
    return initial[:1] in ("i", "e") and first[:1] in ("i", "e") and len(initial) == 1


def names_fit(query: PersonName, name: PersonName) -> bool:
    """Whether ``query`` names the same person as ``name``: every full word of the query is one of
    name's, each initial stands for one of name's other words, and nothing of name is left over."""
    if not query.words:
        return False
    left = name.parts
    for part in query.parts:
        if part not in left:
            return False
        left.remove(part)
    initials = list(query.initials)
    for initial in name.initials:  # "Amarbayasgalan D." against the alias "D. Amarbayasgalan"
        if initial not in initials:
            return False
        initials.remove(initial)
    uncovered = [word for word in name.words if all(part in left for part in word)]
    if sum(len(word) for word in uncovered) != len(left):
        return False  # a word of name is only partly written: "Jomart Tokayev" for "Kassym-Jomart Tokayev"
    for initial in initials:
        fit = next((word for word in uncovered if _initial_fits(initial, word)), None)
        if fit is None:
            return False
        uncovered.remove(fit)
    return not uncovered


def _near_spelling(query: PersonName, name: PersonName) -> bool:
    """'Murat Nurtileu' and 'Murat Nurtleu': the same words in the same number, all but one the same, and that
    one a long word (7 letters or more) one letter added, dropped, changed or two swapped: a romanization slip,
    not another name."""
    if query.initials or name.initials or len(query.words) != len(name.words) or len(query.words) < 2:
        return False
    mine, theirs = sorted(query.parts), sorted(name.parts)
    if len(mine) != len(theirs):
        return False
    same = [part for part in mine if part in theirs]
    if len(same) != len(mine) - 1:
        return False
    odd, other = [part for part in mine if part not in theirs], [part for part in theirs if part not in same]
    if len(odd) != 1 or len(other) != 1:
        return False
    if min(len(odd[0]), len(other[0])) >= 7 and _one_edit_apart(odd[0], other[0]):  # never Murat for Marat
        return True
    # "Ermack Kosherbaev", "Bakhtiyr Saidov": the same surname, the given name a slip or two of the romanization
    return any(len(part) >= 6 for part in same) and min(len(odd[0]), len(other[0])) >= 5 and \
        odd[0][:2] == other[0][:2] and _edits(odd[0], other[0]) <= 2


def _edits(a: str, b: str) -> int:
    """Levenshtein distance: letters inserted, deleted or replaced to turn one word into the other."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, start=1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter inserted, deleted or replaced, or two neighbours swapped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1 and
                                   a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _names_overlap(query: PersonName, name: PersonName) -> bool:
    """Whether ``query`` could be a shortened ``name``: all its words and initials are there."""
    left = name.parts
    for part in query.parts:
        if part not in left:
            return False
        left.remove(part)
    return all(any(_initial_fits(initial, word) for word in name.words) for initial in query.initials)


# -- CSV parsing -------------------------------------------------------------------


def _read_entries(handle: t.TextIO, source: str) -> t.Iterator[Entry]:
    text = handle.read()
    opened = _unclosed_quote(text)
    if opened is not None:
        raise TermbaseError(f"{source}:{opened}: a quote opened on this line is never closed, so every row after it "
                            'would become part of one cell; close the quote (a " inside a cell is written "")')
    reader = CsvRows(text, source)
    header = next(reader, None)
    if header is None:
        raise TermbaseError(f"{source}:1: the file is empty; the first row must be {','.join(COLUMNS)}")
    columns = [cell.strip().lower() for cell in header]
    for separator, name in ((";", "semicolons"), ("\t", "tabs")):
        if len(columns) < len(COLUMNS) and any(separator in cell for cell in columns):
            raise TermbaseError(
                f"{source}:1: the columns are separated by {name}, not commas (a spreadsheet saved with its "
                "regional list separator); save it again as 'CSV UTF-8 (comma delimited)'")
    missing = [name for name in COLUMNS if name not in columns]
    if missing:
        raise TermbaseError(f"{source}:1: header lacks column(s) {', '.join(missing)}; expected {','.join(COLUMNS)}")
    line = reader.line_num + 1
    for row in reader:
        start, line = line, reader.line_num + 1  # a quoted cell may span lines: report where the row starts
        cells = {name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(columns)}
        comment = cells["type"].startswith("#")
        _check_line_breaks(row, columns, source, start, comment)
        if not any(cells.values()) or comment:
            continue
        extra = [cell.strip() for cell in row[len(columns):] if cell.strip()]
        if extra:
            raise TermbaseError(
                f"{source}:{start}: {len(row)} cells but the header has {len(columns)} (extra: "
                f"{', '.join(map(repr, extra))}); a comma inside a cell shifts every cell after it: "
                f'put that cell in double quotes, e.g. "Koshanov, Yerlan"')
        yield _entry_from_cells(cells, f"{source}:{start}", start)


def _unclosed_quote(text: str) -> int | None:
    """The line of a quote that opens a cell and is never closed (the csv module reads on to the end)."""
    position = 0
    while opening := _CELL_OPENING_QUOTE.search(text, position):
        cell = _QUOTED_CELL.match(text, opening.start())
        if cell is None:
            return text.count("\n", 0, opening.start()) + 1
        position = cell.end()
    return None


# A quote that opens a cell (at the start of the text, a line or a cell), and a whole quoted
# cell: "" inside it is a quote, and it ends at a quote no other quote follows.
_CELL_OPENING_QUOTE = re.compile(r'(?:^|(?<=[,\n]))"')
_QUOTED_CELL = re.compile(r'"[^"]*(?:""[^"]*)*"(?!")')


def _check_line_breaks(row: list[str], columns: list[str], source: str, start: int, comment: bool) -> None:
    """A quoted cell may span lines only in the note, and never over something that looks like a row."""
    opened = start  # the line where the current cell's quote opened
    for index, cell in enumerate(row):
        if "\n" in cell:
            name = columns[index] if index < len(columns) else f"cell {index + 1}"
            inner = _ROW_LIKE.search(cell.split("\n", 1)[1])
            if inner:
                row_line = opened + cell.count("\n", 0, cell.index("\n") + 1 + inner.start())
                raise TermbaseError(
                    f"{source}:{opened}: the quoted {name} cell opened on this line runs on and takes in what "
                    f"looks like the row on line {row_line}; close the quote on line {opened} "
                    '(a " inside a cell is written "")')
            if name != "note" and not comment:
                raise TermbaseError(
                    f"{source}:{opened}: the quoted {name} cell opened on this line runs over "
                    f"{cell.count(chr(10)) + 1} lines; only the note may span lines: close the quote on line {opened}")
        opened += cell.count("\n")


def _entry_from_cells(cells: dict[str, str], where: str, line: int) -> Entry:
    kind = cells["type"].lower()
    if kind not in TYPES:
        raise TermbaseError(f"{where}: unknown type {cells['type']!r}; use one of {', '.join(TYPES)}")
    if not cells["en"]:
        raise TermbaseError(f"{where}: the en cell is empty")
    forms = {lang: cells[lang] for lang in LANGS if cells[lang]}
    aliases = tuple(alias.strip() for alias in cells["aliases"].split("|") if alias.strip())
    english = {normalize(name) for name in (cells["en"], *aliases)}
    for lang, form in forms.items():
        if not _CYRILLIC.search(form) and normalize(form) not in english:
            raise TermbaseError(
                f"{where}: {lang} form {form!r} has no Cyrillic letter; write it in Cyrillic, leave the cell empty, "
                f"or repeat the en form {cells['en']!r} to keep a Latin brand name (if the cells have shifted, "
                "a comma inside an unquoted cell is the cause: quote that cell)")
        mixed = _MIXED_SCRIPT.search(form)
        if mixed:
            raise TermbaseError(
                f"{where}: {lang} form {form!r} mixes Latin and Cyrillic letters in {mixed.group(0)!r} "
                "(Kazakh І is U+0406/U+0456, not Latin I)"
            )
    return Entry(kind, cells["en"], forms, aliases, _parse_status(cells["status"], where), cells["note"], line,
                 office=cells.get("office", ""))


def _parse_status(text: str, where: str) -> dict[str, str]:
    """``ru=confirmed; kk=variant; mn=unconfirmed`` as a dict; anything else is an error."""
    status: dict[str, str] = {}
    for part in filter(None, (piece.strip() for piece in re.split(r"[;,]", text))):
        lang, sep, value = (piece.strip().lower() for piece in part.partition("="))
        if not sep or lang not in LANGS or value not in STATUSES:
            raise TermbaseError(
                f"{where}: malformed status {part!r}; write e.g. 'ru=confirmed; kk=variant; mn=unconfirmed' "
                f"(languages {', '.join(LANGS)}; values {', '.join(STATUSES)})"
            )
        if lang in status:
            raise TermbaseError(f"{where}: status gives {lang} twice")
        status[lang] = value
    return status
