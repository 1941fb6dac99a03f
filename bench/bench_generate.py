"""Benchmark: `generate` of four languages vs a hand-written python-docx script.

Both build documents of the same content in the same run: the baseline takes the blocks
our pipeline produced and writes them with plain python-docx calls (no template, no
catalogs, no termbase, no styles or language tags), which is the floor any tool doing this
job pays. Prints the times and the ratio; asserts nothing (machines are noisy).

    .venv/bin/python bench/bench_generate.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import tempfile
import time
from pathlib import Path

import docx

from briefing import document as doc
from briefing import pipeline
from briefing.extract import extract
from briefing.ingest import read_article

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_f116ff059f125dc2.txt"
LANGUAGES = ["en", "ru", "kk", "mn"]


def run_generate(out_dir: Path) -> None:
    settings = pipeline.Settings(translator="none", quiet=True)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        pipeline.generate(SEED, LANGUAGES, out_dir, settings)  # its "Wrote …" lines and warnings


def document_models() -> list[doc.DocumentModel]:
    settings = pipeline.Settings(translator="none", quiet=True)
    termbase = pipeline.load_termbase(settings)
    facts = extract(read_article(SEED), termbase)
    translator = pipeline.make_translator(settings, termbase)
    reporter = pipeline.Reporter(quiet=True)
    return [pipeline.build_document(facts, lang, settings, translator, termbase, reporter) for lang in LANGUAGES]


def text(spans: list[doc.Span]) -> str:
    return "".join(span.text for span in spans)


def run_baseline(models: list[doc.DocumentModel], out_dir: Path) -> None:
    """What a person would write by hand with python-docx for the same content."""
    for model in models:
        document = docx.Document()
        for block in model.blocks:
            if isinstance(block, doc.Heading):
                document.add_heading(text(block.spans), level=block.level)
            elif isinstance(block, doc.Paragraph):
                document.add_paragraph(text(block.spans))
            elif isinstance(block, doc.BulletList):
                for item in block.items:
                    document.add_paragraph(text(item), style="List Bullet")
            elif isinstance(block, doc.Table):
                table = document.add_table(rows=1 + len(block.rows), cols=len(block.header))
                for row_index, row in enumerate([block.header, *block.rows]):
                    for column, cell in enumerate(row):
                        table.cell(row_index, column).text = text(cell)
        document.sections[0].footer.paragraphs[0].text = model.footer
        document.core_properties.title = model.title
        document.save(out_dir / f"baseline.{model.lang}.docx")


def timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    models = document_models()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        run_generate(out)  # warm-up: imports and first-load caches
        run_baseline(models, out)
        ours = [timed(run_generate, out) for _ in range(repeat)]
        baseline = [timed(run_baseline, models, out) for _ in range(repeat)]
    ours_median, baseline_median = statistics.median(ours), statistics.median(baseline)
    print(f"generate, 4 languages (ingest → write): median {ours_median * 1000:.1f} ms over {repeat} runs")
    print(f"hand-written python-docx, same content: median {baseline_median * 1000:.1f} ms over {repeat} runs")
    print(f"ratio generate / baseline: {ours_median / baseline_median:.2f}")


if __name__ == "__main__":
    main()
