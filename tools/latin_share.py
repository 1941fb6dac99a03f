"""Share of words in Latin script in the ru, kk and mn briefings of a folder of articles.

The briefings are written with no translation model (``--translator none``), as most users
run them. Quotes (style *Quote*) and the source-excerpt appendix are left out: they are in
the original language on purpose. A word counts as Latin when it holds a Latin letter.

    .venv/bin/python tools/latin_share.py ../shared/corpus/dev/articles [--lang ru,kk,mn] [--show 15]

Prints, per language, the share over all articles, the worst article, and the Latin words
met most often (brand names such as Trend or Kazakh Invest among them).
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import tempfile
from pathlib import Path

import docx

from briefing.pipeline import Settings, generate

WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
LATIN = re.compile(r"[A-Za-z]")
SKIPPED_STYLES = {"Quote"}
APPENDIX_HEADINGS = ("Source excerpts", "Фрагменты источника", "Дереккөзден үзінділер", "Эх сурвалжаас")


def briefing_words(path: Path) -> list[str]:
    """The words of a briefing outside quotes and the source appendix (tables included)."""
    document = docx.Document(str(path))
    words: list[str] = []
    in_appendix = False
    for paragraph in document.paragraphs:
        if paragraph.style is not None and paragraph.style.name.startswith("Heading"):
            in_appendix = paragraph.text.startswith(APPENDIX_HEADINGS)
        style = paragraph.style.name if paragraph.style is not None else ""
        if in_appendix or style in SKIPPED_STYLES:
            continue
        words.extend(WORD.findall(paragraph.text))
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                words.extend(WORD.findall(cell.text))
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
    worst: dict[str, tuple[float, str]] = {lang: (0.0, "") for lang in languages}
    latin_words: dict[str, collections.Counter[str]] = {lang: collections.Counter() for lang in languages}
    settings = Settings(translator="none", quiet=True)
    with tempfile.TemporaryDirectory() as out:
        for index, article in enumerate(articles):
            written = generate(article, languages, Path(out) / str(index), settings).written
            for path in written:
                lang = path.suffixes[-2].lstrip(".")
                words = briefing_words(path)
                latin = [word for word in words if LATIN.search(word)]
                totals[lang][0] += len(latin)
                totals[lang][1] += len(words)
                latin_words[lang].update(latin)
                share = len(latin) / max(1, len(words))
                if share > worst[lang][0]:
                    worst[lang] = (share, article.name)
    print(f"{len(articles)} articles, no translation model")
    for lang in languages:
        latin, words = totals[lang]
        print(f"{lang}: {latin}/{words} words in Latin script = {100 * latin / max(1, words):.1f} %"
              f"  (worst: {worst[lang][1]} {100 * worst[lang][0]:.1f} %)")
        common = ", ".join(f"{word} ×{count}" for word, count in latin_words[lang].most_common(args.show))
        print(f"    most frequent: {common}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
