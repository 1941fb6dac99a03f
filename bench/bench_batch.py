"""Benchmark: whole `briefing generate` processes against a hand-written python-docx baseline.

Everything runs in this one invocation, each measured command in its own process:

1. cold start: `briefing generate SEED` (4 languages) vs bench/baseline_docx.py building the
   same four documents (target: ≤ 1.3× the baseline's CPU time);
2. batch: `briefing generate FOLDER --jobs 1` on N articles × 4 languages vs the baseline
   building the same N × 4 documents in one process, per document (target: ≤ 0.8×);
3. parallel: `--jobs 2` vs `--jobs 1` on the same folder, wall time (target: ≥ 1.7× faster
   on 2 cores);
4. memory: peak RSS of the `--jobs 1` batch vs a single-article run (target: ≤ 1.5×).

Articles are copies of the seed and, when ../shared/corpus/dev/articles exists, of the dev
articles, each copy made distinct by one added sentence; they live in a temporary folder
only. The baseline's content is our own document models of those articles, written to
JSON (not timed). Prints the best of several runs (other processes only ever add time) and
the ratios; asserts nothing (machines are noisy).

    .venv/bin/python bench/bench_batch.py [--articles 50] [--repeat 3]
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import typing as t
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_f116ff059f125dc2.txt"
DEV_ARTICLES = REPO.parent / "shared" / "corpus" / "dev" / "articles"
BASELINE = REPO / "bench" / "baseline_docx.py"
LANGUAGES = ["en", "ru", "kk", "mn"]
FIXED = ["--translator", "none", "--prepared-on", "2025-09-05", "--quiet"]
# This checkout's briefing, whatever is installed. Python's bytecode caches stay on, as on a
# user's machine: a sandbox's PYTHONDONTWRITEBYTECODE would make every measured process compile
# briefing's modules from source (the warm-up run writes the caches, which git ignores).
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "PYTHONPATH": str(REPO)}


@dataclasses.dataclass
class Run:
    wall: float
    cpu: float  # user + system of the process and the workers it waited for
    peak_kb: int  # the largest resident set of the process or any one of its workers


def measure(command: list[str]) -> Run:
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: a full pipe would stall the run
        start = time.perf_counter()
        process = subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL, stderr=errors)
        _pid, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"{' '.join(command)} failed:\n{errors.read().decode()}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)


def best_run(command_for: t.Callable[[int], list[str]], repeat: int) -> Run:
    """The best of ``repeat`` runs (noise from other processes only ever adds time); median memory."""
    runs = [measure(command_for(index)) for index in range(repeat)]
    return Run(min(r.wall for r in runs), min(r.cpu for r in runs), int(statistics.median(r.peak_kb for r in runs)))


def _spin(units: int) -> int:
    total = 0
    for number in range(3_000_000 * units):
        total += number * number % 7
    return total


def machine_speedup() -> float:
    """How much faster two processes finish two equal CPU-bound jobs than one process doing
    both: the ceiling for --jobs 2 on this machine now (shared or busy cores give less than 2)."""
    import multiprocessing

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)

    def timed(processes: int) -> float:
        start = time.perf_counter()
        workers = [context.Process(target=_spin, args=(2 // processes,)) for _ in range(processes)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        return time.perf_counter() - start

    return max(timed(1) / timed(2) for _ in range(5))


def make_articles(folder: Path, count: int) -> list[Path]:
    sources = [SEED] + (sorted(DEV_ARTICLES.glob("*.txt")) if DEV_ARTICLES.is_dir() else [])
    folder.mkdir(parents=True)
    articles = []
    for number in range(count):
        source = sources[number % len(sources)]
        text = source.read_text(encoding="utf-8").rstrip("\n")
        path = folder / f"{number:03d}_{source.stem[:40]}.txt"
        path.write_text(f"{text}\n\nThe report was filed as item {number} of the day.\n", encoding="utf-8")
        articles.append(path)
    return articles


def content_of(articles: list[Path], target: Path) -> int:
    """Our document models of ``articles`` as JSON for the baseline; returns the number of documents."""
    sys.path.insert(0, str(REPO))
    from briefing import document as doc
    from briefing import pipeline

    def spans(items: list[doc.Span]) -> list[dict]:
        return [{"text": span.text} for span in items]

    def block(item: doc.Block) -> dict:
        if isinstance(item, doc.Heading):
            return {"kind": "heading", "level": item.level, "spans": spans(item.spans)}
        if isinstance(item, doc.Paragraph):
            return {"kind": "paragraph", "spans": spans(item.spans)}
        if isinstance(item, doc.BulletList):
            return {"kind": "list", "ordered": item.ordered, "items": [spans(i) for i in item.items]}
        return {"kind": "table", "header": [spans(c) for c in item.header],
                "rows": [[spans(c) for c in row] for row in item.rows]}

    settings = pipeline.Settings(translator="none", quiet=True)
    reporter = pipeline.Reporter(quiet=True, echo=False)
    termbase = pipeline.load_termbase(settings)
    translator = pipeline.make_translator(settings, termbase)
    models = []
    with contextlib.redirect_stderr(io.StringIO()):
        for article in articles:
            facts, _article = pipeline.extract_facts(article, termbase)
            for lang in LANGUAGES:
                model = pipeline.build_document(facts, lang, settings, translator, termbase, reporter)
                models.append({"lang": model.lang, "title": model.title, "footer": model.footer,
                               "blocks": [block(b) for b in model.blocks]})
    target.write_text(json.dumps(models, ensure_ascii=False), encoding="utf-8")
    return len(models)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    python = sys.executable
    briefing = [python, "-m", "briefing", "generate"]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"nproc {cores}, load average {', '.join(f'{x:.2f}' for x in os.getloadavg())}, "
          f"Python {sys.version.split()[0]}, {options.articles} articles, best of {options.repeat} runs "
          f"({options.repeat * 2} for the cold start)")

    with tempfile.TemporaryDirectory(prefix="bench-batch-") as temporary:
        work = Path(temporary)
        folder = work / "articles"
        articles = make_articles(folder, options.articles)
        documents = content_of(articles, work / "batch.json")
        content_of([SEED], work / "seed.json")

        def out(kind: str) -> t.Callable[[int], Path]:
            def fresh(index: int) -> Path:
                path = work / f"{kind}-{index}"
                shutil.rmtree(path, ignore_errors=True)
                return path
            return fresh

        # Warm the file system cache and Python's bytecode caches; not measured.
        measure([*briefing, str(SEED), "--out", str(work / "warm"), *FIXED])
        measure([python, str(BASELINE), str(work / "seed.json"), str(work / "warm-baseline")])

        print("\n1. cold start: one article, 4 languages, whole process")
        ours = best_run(lambda i: [*briefing, str(SEED), "--out", str(out("cold")(i)), *FIXED],
                          options.repeat * 2)
        base = best_run(lambda i: [python, str(BASELINE), str(work / "seed.json"), str(out("cold-base")(i))],
                          options.repeat * 2)
        print(f"   briefing generate SEED      cpu {ours.cpu * 1000:7.0f} ms   wall {ours.wall * 1000:7.0f} ms")
        print(f"   baseline, same 4 documents  cpu {base.cpu * 1000:7.0f} ms   wall {base.wall * 1000:7.0f} ms")
        print(f"   ratio (target ≤ 1.3)        cpu {ours.cpu / base.cpu:7.2f}      wall {ours.wall / base.wall:7.2f}")

        print(f"\n2. batch: {options.articles} articles × 4 languages = {documents} documents, one process")
        jobs1 = best_run(lambda i: [*briefing, str(folder), "--jobs", "1", "--out", str(out("jobs1")(i)),
                                      *FIXED], options.repeat)
        base_batch = best_run(lambda i: [python, str(BASELINE), str(work / "batch.json"),
                                           str(out("batch-base")(i))], options.repeat)
        per_ours, per_base = jobs1.cpu / documents, base_batch.cpu / documents
        print(f"   briefing --jobs 1           cpu {per_ours * 1000:7.1f} ms/document   wall "
              f"{jobs1.wall / documents * 1000:7.1f} ms/document")
        print(f"   baseline                    cpu {per_base * 1000:7.1f} ms/document   wall "
              f"{base_batch.wall / documents * 1000:7.1f} ms/document")
        print(f"   ratio (target ≤ 0.8)        cpu {per_ours / per_base:7.2f}      wall "
              f"{jobs1.wall / base_batch.wall:7.2f}")

        print(f"\n3. parallel: --jobs 2 vs --jobs 1 on {options.articles} articles (wall time)")
        jobs2 = best_run(lambda i: [*briefing, str(folder), "--jobs", "2", "--out", str(out("jobs2")(i)),
                                      *FIXED], options.repeat)
        print(f"   --jobs 1 {jobs1.wall:6.2f} s   --jobs 2 {jobs2.wall:6.2f} s   "
              f"speed-up {jobs1.wall / jobs2.wall:.2f}× (target ≥ 1.7 on 2 cores)")
        print(f"   this machine's own ceiling: {machine_speedup():.2f}× for a pure-Python loop in 2 processes "
              "(best of 5)")

        print("\n4. memory: peak resident set")
        single = best_run(lambda i: [*briefing, str(SEED), "--out", str(out("single")(i)), *FIXED], options.repeat)
        print(f"   one article {single.peak_kb / 1024:6.1f} MB   {options.articles} articles --jobs 1 "
              f"{jobs1.peak_kb / 1024:6.1f} MB   ratio {jobs1.peak_kb / single.peak_kb:.2f} (target ≤ 1.5)")
        print(f"   (--jobs 2: largest process {jobs2.peak_kb / 1024:.1f} MB; the workers add up)")


if __name__ == "__main__":
    main()
