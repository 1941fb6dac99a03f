"""Share of words in Latin script in the ru, kk and mn briefings of a folder of articles.

The briefings are written with no translation model (``--translator none``), as most users
run them. Quotes (style *Quote*) and the source-excerpt appendix are left out: they are in
the original language on purpose. A word counts as Latin when it holds a Latin letter.

    .venv/bin/python tools/latin_share.py ../shared/corpus/dev/articles [--lang ru,kk,mn] [--show 15]

Prints, per language, the share over all articles, the worst article, and the Latin words
met most often, and the share once brand names are set aside: the termbase's names kept in
Latin on purpose (Trend, Kazakh Invest) and the outlet named in the Source section.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import tempfile
import typing as t
from pathlib import Path

import docx

from briefing.errors import BriefingError
from briefing.pipeline import Settings, generate

WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
LATIN = re.compile(r"[A-Za-z]")
LATIN_WORDS = re.compile(r"[A-Za-z][\w.'’-]*")
SKIPPED_STYLES = {"Quote"}
APPENDIX_HEADINGS = ("Source excerpts", "Фрагменты источника", "Дереккөзден үзінділер", "Эх сурвалжаас")
SOURCE_HEADINGS = ("Source", "Источник", "Дереккөз", "Эх сурвалж")


def brand_names() -> list[str]:
    """Names the termbase keeps in Latin letters on purpose (form equal to the English), longest first."""
    from briefing.resources import default_locales_dir, termbase_in
    from briefing.termbase import Termbase

    termbase = Termbase.load(termbase_in(default_locales_dir()))
    brands = {entry.en for entry in termbase.entries if entry.en in entry.forms.values()}
    return sorted(brands, key=len, reverse=True)


def briefing_words(path: Path, brands: t.Sequence[str] = ()) -> list[str]:
    """The words of a briefing outside quotes and the source appendix (tables included); with
    ``brands``, brand names and the outlet of the Source section are left out too."""
    document = docx.Document(str(path))
    words: list[str] = []
    in_appendix = in_source = False
    for paragraph in document.paragraphs:
        if paragraph.style is not None and paragraph.style.name.startswith("Heading"):
            in_appendix = paragraph.text.startswith(APPENDIX_HEADINGS)
            in_source = paragraph.text.startswith(SOURCE_HEADINGS)
        style = paragraph.style.name if paragraph.style is not None else ""
        if in_appendix or style in SKIPPED_STYLES:
            continue
        text = paragraph.text
        if brands:
            if in_source:
                text = LATIN_WORDS.sub("", text)  # the outlet's own name
            for brand in brands:
                text = text.replace(brand, "")
        words.extend(WORD.findall(text))
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                text = cell.text
                for brand in brands:
                    text = text.replace(brand, "")
                words.extend(WORD.findall(text))
    return words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="folder of article .txt files")
    parser.add_argument("--lang", default="ru,kk,mn")
    parser.add_argument("--show", type=int, default=15, help="how many frequent Latin words to list")
    args = parser.parse_args(argv)
    languages = args.lang.split(",")
    articles = sorted(args.folder.glob("*.txt"))
    if not articles:
        print(f"{args.folder}: no .txt articles", file=sys.stderr)
        return 2
    totals = {lang: [0, 0] for lang in languages}
    without_brands = {lang: [0, 0] for lang in languages}
    brands = brand_names()
    worst: dict[str, tuple[float, str]] = {lang: (0.0, "") for lang in languages}
    latin_words: dict[str, collections.Counter[str]] = {lang: collections.Counter() for lang in languages}
    settings = Settings(translator="none", quiet=True)
    skipped = []
    with tempfile.TemporaryDirectory() as out:
        for index, article in enumerate(articles):
            try:
                written = generate(article, languages, Path(out) / str(index), settings).written
            except BriefingError as error:  # an article the tool refuses counts for nothing; say which
                skipped.append(f"{article.name}: {error}")
                continue
            for path in written:
                lang = path.suffixes[-2].lstrip(".")
                words = briefing_words(path)
                latin = [word for word in words if LATIN.search(word)]
                totals[lang][0] += len(latin)
                totals[lang][1] += len(words)
                latin_words[lang].update(latin)
                plain = briefing_words(path, brands)
                without_brands[lang][0] += sum(1 for word in plain if LATIN.search(word))
                without_brands[lang][1] += len(words)
                share = len(latin) / max(1, len(words))
                if share > worst[lang][0]:
                    worst[lang] = (share, article.name)
    print(f"{len(articles) - len(skipped)} articles, no translation model")
    for line in skipped:
        print(f"skipped {line}")
    for lang in languages:
        latin, words = totals[lang]
        print(f"{lang}: {latin}/{words} words in Latin script = {100 * latin / max(1, words):.1f} %"
              f"  (worst: {worst[lang][1]} {100 * worst[lang][0]:.1f} %)")
        common = ", ".join(f"{word} ×{count}" for word, count in latin_words[lang].most_common(args.show))
        print(f"    most frequent: {common}")
        latin_plain, _ = without_brands[lang]
        print(f"    without brand names (termbase names kept in Latin, the outlet): "
              f"{latin_plain}/{words} = {100 * latin_plain / max(1, words):.1f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
