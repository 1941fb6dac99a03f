"""The baseline of bench_batch.py: what a person would write by hand with python-docx.

It reads the content of briefings (headings, paragraphs, lists, tables, footer, title) from a
JSON file that bench_batch.py wrote from our own document models, and builds one document
per entry with plain python-docx calls: no templates, catalogs, termbase, reference styles
or language tags. That is the floor any tool doing this job pays. It imports nothing from
briefing, so its process costs only Python, python-docx and the documents.

    python bench/baseline_docx.py CONTENT.json OUT_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import docx


def text(spans: list[dict]) -> str:
    return "".join(span["text"] for span in spans)


def build(model: dict, path: Path) -> None:
    document = docx.Document()
    for block in model["blocks"]:
        kind = block["kind"]
        if kind == "heading":
            document.add_heading(text(block["spans"]), level=block["level"])
        elif kind == "paragraph":
            document.add_paragraph(text(block["spans"]))
        elif kind == "list":
            style = "List Number" if block["ordered"] else "List Bullet"
            for item in block["items"]:
                document.add_paragraph(text(item), style=style)
        elif kind == "table":
            rows = [block["header"], *block["rows"]]
            table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
            for row_index, row in enumerate(rows):
                for column, cell in enumerate(row):
                    table.cell(row_index, column).text = text(cell)
    document.sections[0].footer.paragraphs[0].text = model["footer"]
    document.core_properties.title = model["title"]
    document.save(str(path))


def main() -> None:
    content, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    for number, model in enumerate(json.loads(content.read_text(encoding="utf-8"))):
        build(model, out_dir / f"baseline-{number:04d}.{model['lang']}.docx")


if __name__ == "__main__":
    main()
