"""'briefing catalogs update': the template and catalogs refreshed so a diff shows only real changes."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from briefing import __version__
from briefing.catalog_update import update_catalogs
from briefing.cli import cli
from briefing.workspace import init_workspace


def header(path: Path) -> bytes:
    data = path.read_bytes()
    return data[: data.find(b"\n\n", data.find(b'msgid ""'))]


def test_update_keeps_headers_translations_and_width_and_is_idempotent(tmp_path: Path) -> None:
    init_workspace(tmp_path / "ws")
    templates, locales = tmp_path / "ws" / "templates", tmp_path / "ws" / "locales"
    ru = locales / "ru" / "LC_MESSAGES" / "messages.po"
    ru_header = header(ru)
    update_catalogs(templates, locales)
    pot = (locales / "messages.pot").read_text(encoding="utf-8")
    assert f'"Project-Id-Version: briefing {__version__}\\n"' in pot
    assert "PROJECT VERSION" not in pot
    assert header(ru) == ru_header  # the catalog's own header, byte for byte
    text = ru.read_text(encoding="utf-8")
    assert 'msgid "Summary"\nmsgstr "Краткое содержание"' in text
    assert "# status: " in text  # translators' comments stay
    before = {path: path.read_bytes() for path in locales.rglob("*.po*")}
    report = update_catalogs(templates, locales)  # nothing changed since: nothing rewritten
    assert not report.template_changed and report.updated == []
    assert {path: path.read_bytes() for path in locales.rglob("*.po*")} == before


def test_a_new_template_message_is_added_untranslated(tmp_path: Path, monkeypatch) -> None:
    init_workspace(tmp_path / "ws")
    monkeypatch.chdir(tmp_path / "ws")
    for name in ("BRIEFING_CONFIG", "BRIEFING_TEMPLATES", "BRIEFING_LOCALES"):
        monkeypatch.delenv(name, raising=False)
    runner = CliRunner()
    assert runner.invoke(cli, ["catalogs", "update"]).exit_code == 0
    template = tmp_path / "ws" / "templates" / "briefing.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + '\n{{ _("Distribution list") }}\n'
                        '{{ ngettext("%(num)d copy", "%(num)d copies", 2) }}\n', encoding="utf-8")
    result = runner.invoke(cli, ["catalogs", "update"])
    assert result.exit_code == 0, result.output
    assert "ru: 2 new message(s) to translate" in result.output
    assert "en: 2 new message(s) worded as written (edit to reword)" in result.output
    ru = (tmp_path / "ws" / "locales" / "ru" / "LC_MESSAGES" / "messages.po").read_text(encoding="utf-8")
    assert 'msgid "Distribution list"\nmsgstr ""' in ru
    en = (tmp_path / "ws" / "locales" / "en" / "LC_MESSAGES" / "messages.po").read_text(encoding="utf-8")
    assert 'msgid "Distribution list"\nmsgstr "Distribution list"' in en  # English is its own wording
    assert 'msgstr[0] "%(num)d copy"\nmsgstr[1] "%(num)d copies"' in en
    checked = runner.invoke(cli, ["check", "--lang", "ru"])
    assert "'Distribution list'" in checked.output  # check lists it as missing
