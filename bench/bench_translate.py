"""Benchmark: machine translation of one document's free-text segments, offline.

Uses a tiny echo model built on the fly (tests/argos_tiny.py), so it measures the
briefing and argostranslate machinery (splitting, tokenizing, CTranslate2 calls,
memory) rather than a real model's arithmetic. Compares:

* batched: all ~20 segments in one ``translate_batch`` call (one model call)
  vs one call per segment (20 model calls);
* cold vs warm: the first run of an article (model + writing the memory) vs the
  second run (everything from the translation memory, zero model calls).

Prints times and ratios; asserts nothing (machines are noisy).

    .venv/bin/python bench/bench_translate.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
import typing as t
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_f116ff059f125dc2.txt"
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))

from argos_tiny import build_package, isolated_argos_env  # noqa: E402


def seed_segments(count: int = 20) -> list[str]:
    """Sentences and quotes of the seed article, like the free text of a briefing."""
    from briefing.translate.argos import split_sentences_by_rule

    text = SEED.read_text(encoding="utf-8")
    sentences = [s for line in text.splitlines() for s in split_sentences_by_rule(line)]
    return [s for s in sentences if len(s.split()) > 2][:count]


def best_of(repeat: int, run: t.Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times) if repeat < 3 else statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat

    scratch = Path(tempfile.mkdtemp(prefix="bench-translate-"))
    try:
        run_bench(scratch, repeat)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def run_bench(scratch: Path, repeat: int) -> None:
    os.environ.update(isolated_argos_env(scratch))  # before argostranslate is imported
    from briefing.translate import packages
    from briefing.translate.argos import ArgosTranslator
    from briefing.translate.memory import TranslationMemory

    models_dir = scratch / "models"
    packages.install(build_package(scratch / "build", "en", "ru"), models_dir)
    segments = seed_segments()
    words = sum(len(s.split()) for s in segments)
    ArgosTranslator(models_dir).translate_batch(segments[:1], "en", "ru")  # load the model once

    translator = ArgosTranslator(models_dir)
    batched = best_of(repeat, lambda: translator.translate_batch(segments, "en", "ru"))
    calls_batched = translator.model_calls // repeat
    translator = ArgosTranslator(models_dir)
    one_by_one = best_of(repeat, lambda: [translator.translate_batch([s], "en", "ru") for s in segments])
    calls_one_by_one = translator.model_calls // repeat

    cold_times, warm_times, warm_calls = [], [], 0
    for run in range(repeat):
        memory_dir = scratch / f"memory-{run}"
        start = time.perf_counter()
        ArgosTranslator(models_dir, TranslationMemory(memory_dir)).translate_batch(segments, "en", "ru")
        cold_times.append(time.perf_counter() - start)
        warm = ArgosTranslator(models_dir, TranslationMemory(memory_dir))
        start = time.perf_counter()
        warm.translate_batch(segments, "en", "ru")
        warm_times.append(time.perf_counter() - start)
        warm_calls += warm.model_calls
    cold, warm_time = statistics.median(cold_times), statistics.median(warm_times)

    print(f"{len(segments)} segments, {words} words, en→ru, tiny echo model, median of {repeat}")
    print(f"  batched (1 call per document):  {batched * 1000:8.1f} ms  ({calls_batched} model call)")
    print(f"  one call per segment:           {one_by_one * 1000:8.1f} ms  ({calls_one_by_one} model calls)")
    print(f"  per-segment / batched:          {one_by_one / batched:8.2f}x")
    print(f"  cold run (model + memory write): {cold * 1000:7.1f} ms")
    print(f"  warm run (memory hit):           {warm_time * 1000:7.1f} ms  ({warm_calls} model calls)")
    print(f"  cold / warm:                     {cold / warm_time:7.2f}x")


if __name__ == "__main__":
    main()
