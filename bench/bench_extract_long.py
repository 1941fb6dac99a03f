"""Benchmark: extraction on run-on text (no sentence ends) of growing length.

Extraction should grow linearly: every per-sentence scan is bounded because
briefing.extract.text cuts a run-on piece into clauses of at most MAX_SENTENCE characters.
Prints seconds per size and the ratio to the smallest; asserts nothing (machines are noisy).

    .venv/bin/python bench/bench_extract_long.py [--sizes 150000 300000 600000]
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from briefing.extract import extract
from briefing.ingest import parse_article

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_f116ff059f125dc2.txt"


def run_on(size: int) -> str:
    """The seed's first line, then its body with every sentence end turned into a comma, repeated."""
    head, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    flat = re.sub(r"\s*\n\s*", " ", re.sub(r"[.!?]", ",", body))
    return head + "\n" + (flat + " ") * (size // len(flat) + 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[150_000, 300_000, 600_000])
    args = parser.parse_args()
    first = None
    for size in args.sizes:
        article = parse_article(run_on(size))
        started = time.perf_counter()
        extract(article)
        seconds = time.perf_counter() - started
        first = first or seconds / size
        print(f"{size:>9} chars  {seconds:6.2f} s  x{seconds / size / first:.2f} per char")


if __name__ == "__main__":
    main()
