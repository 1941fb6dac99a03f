"""Count how often the facts each rule finds are right, for ``briefing/extract/confidence.py``.

    python tools/calibrate.py CORPUS... [--out briefing/extract/calibration.csv]

Each CORPUS is an annotated batch (``articles/*.txt`` and ``expected/*.json``, as ``briefing eval``
reads). Every fact extracted from it is scored against the annotation, and for each field and each
reason in the fact's ``why`` (see ``confidence.reasons_of``) the table counts the facts that were right
and the facts in all. The table holds field names, rule names and numbers only, never article text,
so it can ship in the package; the corpora are needed only here, never when the briefing runs.

Calibration changes scores only, never which facts are extracted nor their ``why``: running this again
with a table in place gives the same table.
"""

from __future__ import annotations

import argparse
import collections
import csv
import sys
import typing as t
from pathlib import Path

from briefing import evaluate
from briefing.extract import confidence, extract
from briefing.ingest import read_article

Counts = dict[tuple[str, str], list[int]]


def count_corpus(corpus: Path, counts: Counts | None = None) -> Counts:
    """Add the right and total facts per (field, reason) of one annotated corpus to ``counts``."""
    counts = counts if counts is not None else collections.defaultdict(lambda: [0, 0])
    for article_path in sorted((corpus / "articles").glob("*.txt")):
        expected_path = corpus / "expected" / f"{article_path.stem}.json"
        if not expected_path.exists():
            continue
        outcomes: list[evaluate.Outcome] = []
        evaluate.score_article(extract(read_article(article_path)), evaluate.read_expected(expected_path), outcomes)
        for outcome in outcomes:
            for reason in dict.fromkeys(confidence.reasons_of(outcome.why)):
                tally = counts.setdefault((outcome.field, reason), [0, 0])
                tally[0] += not outcome.wrong
                tally[1] += 1
    return counts


def write_table(counts: t.Mapping[tuple[str, str], t.Sequence[int]], out: Path) -> None:
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(confidence.CALIBRATION_COLUMNS)
        for (field, reason), (right, total) in sorted(counts.items()):
            writer.writerow([field, reason, right, total])


def main(argv: t.Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="+", type=Path, help="annotated batches (articles/, expected/)")
    parser.add_argument("--out", type=Path, default=confidence.CALIBRATION_FILE, help="the table to write")
    args = parser.parse_args(argv)
    counts: Counts = {}
    for corpus in args.corpora:
        count_corpus(corpus, counts)
    write_table(counts, args.out)
    print(f"{len(counts)} (field, reason) rows from {len(args.corpora)} corpora written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
