"""``--pdf``: a PDF beside each .docx, converted by LibreOffice (``soffice``) when it is installed.

LibreOffice runs headless with a profile of its own in a temporary folder, so conversions in
parallel (a batch's workers) or beside a LibreOffice the user has open do not collide.
``BRIEFING_SOFFICE`` names the program when it is not on the PATH.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from briefing.errors import OutputError

SOFFICE_ENV = "BRIEFING_SOFFICE"
TIMEOUT = 300  # seconds for one conversion call


def find_soffice() -> str | None:
    """The LibreOffice program: ``BRIEFING_SOFFICE``, else ``soffice`` or ``libreoffice`` on the PATH."""
    configured = os.environ.get(SOFFICE_ENV)
    if configured:
        return configured if Path(configured).is_file() else shutil.which(configured)
    return shutil.which("soffice") or shutil.which("libreoffice")


def require_soffice() -> str:
    program = find_soffice()
    if program is None:
        raise OutputError(
            "--pdf needs LibreOffice to convert the briefings, and it is not installed (no 'soffice' on the "
            f"PATH; or set {SOFFICE_ENV} to the program). Install it (Debian/Ubuntu: 'apt-get install "
            "libreoffice-writer-nogui'; Windows and macOS: libreoffice.org), or leave out --pdf: the .docx "
            "files are written either way."
        )
    return program


def convert_to_pdf(documents: list[Path], out_dir: Path | None = None) -> list[Path]:
    """Convert ``documents`` (.docx) to PDF files beside them (or in ``out_dir``); return the PDFs."""
    if not documents:
        return []
    program = require_soffice()
    target = out_dir or documents[0].parent
    with tempfile.TemporaryDirectory(prefix="briefing-soffice-") as profile:
        command = [program, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", str(target), *map(str, documents)]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise OutputError(f"LibreOffice did not finish converting to PDF within {TIMEOUT} s.") from None
        except OSError as exc:
            raise OutputError(f"cannot run LibreOffice ({program}): {exc.strerror or exc}") from None
    pdfs = [target / f"{document.stem}.pdf" for document in documents]
    missing = [pdf for pdf in pdfs if not pdf.is_file()]
    if result.returncode != 0 or missing:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise OutputError(f"LibreOffice could not convert {', '.join(p.name for p in missing) or 'the briefings'} "
                          f"to PDF{': ' + detail[-1] if detail else ''}.")
    return pdfs


def page_count(pdf: Path) -> int:
    """Pages of a PDF as LibreOffice writes it (one ``/Type /Page`` object each)."""
    import re

    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf.read_bytes()))
