"""Dates, country names and language names in the formal style of each briefing language.

Formal header dates (terminology.md §4):

* en  ``4 September 2025`` (British/diplomatic order)
* ru  ``4 сентября 2025 г.``
* kk  ``2025 жылғы 4 қыркүйек`` (CLDR's ``2025 ж.`` is an abbreviation, not the formal form)
* mn  ``2025 оны 9 дүгээр сарын 4-ний өдөр`` (legal style; CLDR has neither «дүгээр» with a
  numeric month nor the day's genitive «-ний өдөр»)

Month names come from Babel (CLDR). Spaces: CLDR puts U+202F NARROW NO-BREAK SPACE before
«г.»; Word fonts do not all have it, so this module writes U+00A0 NO-BREAK SPACE there
instead, and never emits U+202F. All other gaps are ordinary spaces.

The Mongolian suffix rules are *derived* from observed dates (§4.1): month ordinal
«дүгээр» after 1, 4, 9, 11 (front-vowel numerals), «дугаар» otherwise; day genitive «-ний»
when the last digit is 1, 4 or 9, «-ны» otherwise. They reproduce all seven observed dates.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import typing as t

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton

from briefing.errors import FactsError

if t.TYPE_CHECKING:
    from briefing.termbase import Termbase

LANGS = ("en", "ru", "kk", "mn")
NBSP = "\u00a0"
NNBSP = "\u202f"
EN_DASH = "\u2013"
_PARTIAL = re.compile(r"--(\d{2})-(\d{2})")
_LEAP_YEAR = 2000  # lets "--02-29" through validation


def format_date(d: dt.date, lang: str, *, mn_month_in_words: bool = False) -> str:
    """The formal header date in ``lang``: en, ru, kk or mn.

    Mongolian legal texts write the month as a numeral («9 дүгээр сарын»), the default;
    news style spells it («есдүгээр сарын») with ``mn_month_in_words=True``.
    """
    if lang == "mn":
        if mn_month_in_words:
            month = _babel(d, "MMMM'ын'", lang)  # CLDR «есдүгээр сар» + genitive «-ын»
            return f"{d.year} оны {month} {d.day}-{_mn_genitive(d.day)} өдөр"
        return f"{d.year} оны {_mn_month_day(d.month, d.day)}"
    patterns = {"en": "d MMMM y", "ru": f"d MMMM y'{NBSP}г.'", "kk": "y 'жылғы' d MMMM"}
    if _checked(lang) not in patterns:  # another language: CLDR's long date is its formal one
        return babel_format_date(d, "long", locale=lang).replace(NNBSP, NBSP)
    return _babel(d, patterns[lang], lang)


def format_date_range(first: dt.date, last: dt.date, lang: str) -> str:
    """The formal header date of an event of several days: ru «24–25 февраля 2020 г.», kk «2020 жылғы 24–25 ақпан»,
    mn «2020 оны 2 дугаар сарын 24-25-ны өдрүүд», en «24–25 February 2020»."""
    if last <= first:
        return format_date(first, lang)
    if first.year != last.year:
        return f"{format_date(first, lang)} {EN_DASH} {format_date(last, lang)}"
    days = format_partial_date(f"--{first:%m-%d}/--{last:%m-%d}", lang)
    return _with_year(days, first.year, lang, f"{NBSP}г.")


def _with_year(days: str, year: int, lang: str, ru_year_word: str) -> str:
    """Days and months, then the year where the language puts it: after them in ru and en, before them in kk and mn."""
    if lang == "kk":
        return f"{year} жылғы {days}"
    if lang == "mn":
        return f"{year} оны {days}"
    return f"{days} {year}{ru_year_word}" if lang == "ru" else f"{days} {year}"


def format_partial_date(value: str, lang: str) -> str:
    """A date without a year, ``--MM-DD``, or a range ``--MM-DD/--MM-DD``.

    en ``4 September`` / ``1–4 June`` / ``30 June – 2 July``; mn ``9 дүгээр сарын 4-ний өдөр``
    / ``6 дугаар сарын 1-4-ний өдрүүд`` (the hyphenated range takes one suffix, as in «18-22-ны»).
    """
    _checked(lang)
    start, _, end = value.strip().partition("/")
    first = _parse_partial(start, value)
    if not end:
        return _day_month(first, lang)
    last = _parse_partial(end, value)
    if (last.month, last.day) < (first.month, first.day):
        raise FactsError(f"date range {value!r} ends before it starts")
    if first == last:
        return _day_month(first, lang)
    if first.month == last.month:
        return _same_month_range(first, last, lang)
    return f"{_day_month(first, lang)} {EN_DASH} {_day_month(last, lang)}"


def country_name(code: str, lang: str, termbase: Termbase | None = None) -> str:
    """The country's name in ``lang``; a termbase country row listing the code wins over CLDR.

    The termbase is how «Монгол Улс» replaces CLDR's Mongolian «Монгол».
    """
    code = code.strip().upper()
    entry = termbase.country(code) if termbase is not None else None
    if entry is not None and entry.form(lang):
        return t.cast(str, entry.form(lang))
    try:
        return Locale.parse(_checked(lang)).territories[code]
    except KeyError:
        raise FactsError(f"unknown country code {code!r}: use an ISO 3166-1 alpha-2 code such as KZ or MN") from None


def city_name(name: str, lang: str) -> str | None:
    """A city's name in ``lang`` from CLDR's exemplar cities of time zones («Гавана», «Мехико», «Асунсьон»), or
    None when no time zone is named after it. CLDR's own spelling, so it needs no review."""
    from briefing.names._text import fold  # the names package loads only where a place is named

    zone = _zones_by_city().get(fold(name))
    if zone is None or lang == "en":
        return None
    try:
        city = Locale.parse(_checked(lang)).time_zones.get(zone, {}).get("city")
    except (UnknownLocaleError, ValueError):
        return None
    return str(city) if city else None


@functools.cache
def exemplar_cities() -> dict[str, str]:
    """Time zone id → its exemplar city in English, as CLDR names it: "America/Havana" → "Havana"."""
    from babel.core import get_global

    english = Locale("en").time_zones
    return {zone: str(english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " "))
            for zone in get_global("zone_territories") if "/" in zone and not zone.startswith("Etc/")}


@functools.cache
def _zones_by_city() -> dict[str, str]:
    """English exemplar city, folded → time zone id: "havana" → America/Havana ("Bogotá" and "Bogota" are one key)."""
    from briefing.names._text import fold

    index: dict[str, str] = {}
    for zone, city in exemplar_cities().items():
        index.setdefault(fold(city), zone)
    return index


# -- helpers ---------------------------------------------------------------------


def _checked(lang: str) -> str:
    """en, ru, kk and mn follow house rules; any other language Babel knows gets CLDR's."""
    if lang not in LANGS:
        try:
            Locale.parse(lang)
        except (UnknownLocaleError, ValueError):
            raise ValueError(f"unsupported language {lang!r}: Babel has no locale data for it") from None
    return lang


def _babel(d: dt.date, pattern: str, lang: str) -> str:
    return babel_format_date(d, pattern, locale=lang).replace(NNBSP, NBSP)


def _parse_partial(text: str, whole: str) -> dt.date:
    match = _PARTIAL.fullmatch(text.strip())
    try:
        if not match:
            raise ValueError
        return dt.date(_LEAP_YEAR, int(match.group(1)), int(match.group(2)))
    except ValueError:
        raise FactsError(f"partial date {whole!r} is not --MM-DD or --MM-DD/--MM-DD") from None


def _day_month(d: dt.date, lang: str) -> str:
    if lang == "mn":
        return _mn_month_day(d.month, d.day)
    if lang not in LANGS:  # CLDR knows each language's order of day and month
        return format_skeleton("MMMMd", d, locale=lang).replace(NNBSP, NBSP)
    return _babel(d, "d MMMM", lang)  # ru genitive «4 сентября»; kk «4 қыркүйек»


def _same_month_range(first: dt.date, last: dt.date, lang: str) -> str:
    if lang == "mn":
        return f"{_mn_month(first.month)} {first.day}-{last.day}-{_mn_genitive(last.day)} өдрүүд"
    return f"{first.day}{EN_DASH}{_day_month(last, lang)}"


def _mn_month_day(month: int, day: int) -> str:
    return f"{_mn_month(month)} {day}-{_mn_genitive(day)} өдөр"


def _mn_month(month: int) -> str:
    ordinal = "дүгээр" if month in (1, 4, 9, 11) else "дугаар"  # нэг, дөрөв, ес: front vowels
    return f"{month} {ordinal} сарын"


def _mn_genitive(day: int) -> str:
    return "ний" if day % 10 in (1, 4, 9) else "ны"


# -- dates inside sentences -------------------------------------------------------

# Kazakh month names in the locative («қыркүйекте»): the twelve forms, not a rule, so that
# a narrative never depends on a guess (Kazakh grammar: жатыс септік -да/-де/-та/-те).
_KK_MONTH_LOCATIVE = {
    1: "қаңтарда", 2: "ақпанда", 3: "наурызда", 4: "сәуірде", 5: "мамырда", 6: "маусымда",
    7: "шілдеде", 8: "тамызда", 9: "қыркүйекте", 10: "қазанда", 11: "қарашада", 12: "желтоқсанда",
}
_YEAR = re.compile(r"(\d{4})(?:-(\d{2}))?")


def format_when(value: dt.date | str, lang: str) -> str:
    """When something happens, as an adverbial phrase that a sentence can start with.

    ``value`` is a date, ``--MM-DD`` (or a range), ``YYYY-MM`` or ``YYYY``:

    * en ``on 4 September 2025``, ``in October 2025``, ``in 2026``
    * ru ``4 сентября 2025 года``, ``в октябре 2025 года``, ``в 2026 году``
    * kk ``2025 жылғы 4 қыркүйекте``, ``2025 жылғы қазанда``, ``2026 жылы``
    * mn ``2025 оны 9 дүгээр сарын 4-ний өдөр``, ``2025 оны 10 дугаар сард``, ``2026 онд``
    """
    if isinstance(value, dt.date):
        return _when_day(value, lang, with_year=True)
    text = value.strip()
    if text.startswith("--"):
        return _when_partial(text, lang)
    days = _DAYS.fullmatch(text)
    if days:  # "2020-02-24/2020-02-25": an event of several days
        try:
            first, last = (dt.date.fromisoformat(days.group(index)) for index in (1, 2))
        except ValueError:
            raise FactsError(f"{value!r} is not a range of real dates") from None
        return _when_range(first, last, lang)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return _when_day(dt.date.fromisoformat(text), lang, with_year=True)
        except ValueError:
            raise FactsError(f"{value!r} is not a real date") from None
    match = _YEAR.fullmatch(text)
    if not match:
        raise FactsError(f"{value!r} is not a date, --MM-DD, YYYY-MM or YYYY")
    year, month = int(match.group(1)), int(match.group(2)) if match.group(2) else None
    if month:
        if not 1 <= month <= 12:
            raise FactsError(f"{value!r} has no month {month}")
        return _when_month(year, month, lang)
    return {"en": f"in {year}", "ru": f"в {year}{NBSP}году", "kk": f"{year} жылы",
            "mn": f"{year} онд"}.get(lang, str(year))


_DAYS = re.compile(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})")


def _when_range(first: dt.date, last: dt.date, lang: str) -> str:
    """ru «24–25 февраля 2020 года», kk «2020 жылғы 24–25 ақпанда», mn «2020 оны 2 дугаар сарын 24-25-ны өдрүүдэд»,
    en «on 24–25 February 2020»."""
    if last <= first:
        return _when_day(first, lang, with_year=True)
    if first.year != last.year:
        return f"{_when_day(first, lang, with_year=True)} {EN_DASH} {_when_day(last, lang, with_year=True)}"
    return _with_year(_when_partial(f"--{first:%m-%d}/--{last:%m-%d}", lang), first.year, lang, f"{NBSP}года")


def _when_day(d: dt.date, lang: str, with_year: bool) -> str:
    if lang == "ru":
        return _babel(d, f"d MMMM y'{NBSP}года'" if with_year else "d MMMM", lang)
    if lang == "kk":
        day = f"{d.day} {_KK_MONTH_LOCATIVE[d.month]}"
        return f"{d.year} жылғы {day}" if with_year else day
    if lang == "mn":
        return f"{d.year} оны {_mn_month_day(d.month, d.day)}" if with_year else _mn_month_day(d.month, d.day)
    if lang == "en":
        return "on " + _babel(d, "d MMMM y" if with_year else "d MMMM", lang)
    return format_date(d, lang) if with_year else _day_month(d, lang)


def _when_partial(value: str, lang: str) -> str:
    start, _, end = value.partition("/")
    first = _parse_partial(start, value)
    if not end or _parse_partial(end, value) == first:
        return _when_day(first, lang, with_year=False)
    last = _parse_partial(end, value)
    if lang == "kk" and first.month == last.month:
        return f"{first.day}{EN_DASH}{last.day} {_KK_MONTH_LOCATIVE[last.month]}"
    if lang == "kk":  # «30 маусым – 2 шілдеде»: the locative on the last month
        return f"{_day_month(first, lang)} {EN_DASH} {last.day} {_KK_MONTH_LOCATIVE[last.month]}"
    if lang == "mn" and first.month == last.month:
        return f"{_mn_month(first.month)} {first.day}-{last.day}-{_mn_genitive(last.day)} өдрүүдэд"
    phrase = format_partial_date(value, lang)
    return f"on {phrase}" if lang == "en" else phrase


def _when_month(year: int, month: int, lang: str) -> str:
    d = dt.date(year, month, 1)
    if lang == "ru":
        return f"в {_RU_MONTH_LOCATIVE[month - 1]} {year}{NBSP}года"
    if lang == "kk":
        return f"{year} жылғы {_KK_MONTH_LOCATIVE[month]}"
    if lang == "mn":
        return f"{year} оны {month} {'дүгээр' if month in (1, 4, 9, 11) else 'дугаар'} сард"
    if lang == "en":
        return "in " + _babel(d, "MMMM y", lang)
    return format_skeleton("yMMMM", d, locale=lang).replace(NNBSP, NBSP)


_RU_MONTH_LOCATIVE = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
                      "октябре", "ноябре", "декабре")
