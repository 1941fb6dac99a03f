"""'briefing check': each lint rule with a broken fixture and its exact message."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from briefing.check import check_workspace
from briefing.cli import cli
from briefing.pipeline import Settings
from briefing.workspace import init_workspace


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    init_workspace(tmp_path / "ws")
    return tmp_path / "ws"


def findings(ws: Path, languages: tuple[str, ...] = ("en", "ru", "kk", "mn")) -> list[str]:
    settings = Settings.from_options(templates_dir=ws / "templates", locales_dir=ws / "locales",
                                     reference_docx=ws / "reference.docx")
    return [str(finding) for finding in check_workspace(settings, languages)]


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def test_a_fresh_workspace_has_no_problems(ws: Path) -> None:
    assert findings(ws) == []


def test_template_syntax_error_names_the_line(ws: Path) -> None:
    template = ws / "templates" / "briefing.md.j2"
    edit(template, "{% if b.headline %}", "{% iff b.headline %}")
    line = template.read_text(encoding="utf-8").splitlines().index("{% iff b.headline %}") + 1
    assert findings(ws)[0] == (f"{template}:{line}: error: template syntax: Encountered unknown tag 'iff'.")


def test_a_misspelt_attribute_suggests_the_documented_name(ws: Path) -> None:
    template = ws / "templates" / "briefing.md.j2"
    edit(template, "| {{ person.name }} |", "| {{ person.nmae }} |")
    line = next(number for number, text in enumerate(template.read_text(encoding="utf-8").splitlines(), 1)
                if "person.nmae" in text)
    assert findings(ws) == [f"{template}:{line}: error: `person.nmae` is not a template variable: "
                            "did you mean `person.name`?"]


def test_a_misspelt_variable_suggests_the_closest_name(ws: Path) -> None:
    template = ws / "templates" / "briefing.md.j2"
    edit(template, "{{ b.headline }}\n", "{{ bb.headline }}\n")
    edit(template, "{{ say.areas(b) if b.cooperation_areas", "{{ say.areas(b) if b.cooperation_area")
    result = findings(ws)
    assert any(line.endswith("error: `bb` is not a template variable: did you mean `b`?") for line in result)
    assert any(line.endswith("error: `b.cooperation_area` is not a template variable: "
                             "did you mean `b.cooperation_areas`?") for line in result)


def test_an_override_lacking_sections_of_the_default_is_a_warning(ws: Path) -> None:
    default = ws / "templates" / "briefing.md.j2"
    override = ws / "templates" / "ru" / "briefing.md.j2"
    text = default.read_text(encoding="utf-8")
    override.write_text(text[: text.index('## {{ _("Quotes") }}')], encoding="utf-8")
    assert findings(ws) == [f'{override}: warning: the ru override lacks section(s) of briefing.md.j2: "Quotes", '
                            '"Planned events", "Source", "Source excerpts (original language)"; copy them from '
                            "the default template (or delete the override)"]


def test_generate_says_an_override_is_in_use(ws: Path, tmp_path: Path) -> None:
    seed = Path(__file__).resolve().parents[1] / "seeds" / "000_f116ff059f125dc2.txt"
    (ws / "templates" / "ru" / "briefing.md.j2").write_bytes((ws / "templates" / "briefing.md.j2").read_bytes())
    result = CliRunner().invoke(cli, ["generate", str(seed), "--lang", "ru", "--translator", "none",
                                      "--templates", str(ws / "templates"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert f"ru: using the override template {ws / 'templates' / 'ru' / 'briefing.md.j2'}" in result.output


def test_catalog_fuzzy_and_missing_messages_are_warnings(ws: Path) -> None:
    catalog = ws / "locales" / "kk" / "LC_MESSAGES" / "messages.po"
    edit(catalog, 'msgid "Participants"\n', '#, fuzzy\nmsgid "Participants"\n')
    lines = catalog.read_text(encoding="utf-8").splitlines()
    line = lines.index('msgid "Participants"')  # babel's line of a message: its msgid, counted from 1
    result = findings(ws, ("kk",))
    assert result == [
        f"{catalog}:{line + 1}: warning: 'Participants' is fuzzy, so it is not used; check the translation and "
        "remove the '#, fuzzy' line",
        f"{catalog}: warning: 1 message(s) have no translation in 'kk' (shown in English and marked): 'Participants'",
    ]


def test_catalog_unclosed_quote_is_an_error(ws: Path) -> None:
    catalog = ws / "locales" / "ru" / "LC_MESSAGES" / "messages.po"
    edit(catalog, 'msgid "Participants"\n', 'msgid "Participants\n')
    line = catalog.read_text(encoding="utf-8").splitlines().index('msgid "Participants') + 1
    assert findings(ws, ("ru",)) == [f'{catalog}:{line}: error: the text has no closing quote ("). '
                                     "Add it and run again."]


def test_catalog_placeholders_must_match_the_msgid(ws: Path) -> None:
    catalog = ws / "locales" / "ru" / "LC_MESSAGES" / "messages.po"
    text = catalog.read_text(encoding="utf-8")
    start = text.index('msgid "Prepared on {date}"')
    end = text.index("\n\n", start)
    entry = text[start:end]
    catalog.write_text(text[:start] + 'msgid "Prepared on {date}"\nmsgstr "Подготовлено {data}"' + text[end:],
                       encoding="utf-8")
    line = catalog.read_text(encoding="utf-8").splitlines().index('msgid "Prepared on {date}"') + 1
    assert entry  # the entry was there to break
    assert findings(ws, ("ru",)) == [f"{catalog}:{line}: error: the placeholders of 'Prepared on {{date}}' differ "
                                     "from the msgid: msgid {date}, msgstr {data}"]


def test_catalog_plural_forms_follow_the_header(ws: Path) -> None:
    catalog = ws / "locales" / "ru" / "LC_MESSAGES" / "messages.po"
    with catalog.open("a", encoding="utf-8") as handle:
        handle.write('\nmsgid "{n} document"\nmsgid_plural "{n} documents"\n'
                     'msgstr[0] "{n} документ"\nmsgstr[1] "{n} документа"\n')
    line = catalog.read_text(encoding="utf-8").splitlines().index('msgid "{n} document"') + 1
    assert findings(ws, ("ru",)) == [f"{catalog}:{line}: error: '{{n}} document' has 2 plural form(s); the "
                                     "catalog's Plural-Forms header asks for 3"]


def test_a_missing_catalog_is_an_error(ws: Path) -> None:
    assert findings(ws, ("de",)) == [f"{ws / 'locales' / 'de' / 'LC_MESSAGES' / 'messages.po'}: error: no catalog "
                                     "for 'de'; create it with 'pybabel init -i locales/messages.pot -d locales -l de'"]


def test_a_semicolon_separated_termbase_is_named_as_such(ws: Path) -> None:
    termbase = ws / "locales" / "termbase.csv"
    termbase.write_text("type;en;ru;kk;mn;aliases;status;note\nperson;A B;А Б;;;;ru=confirmed;CLDR\n",
                        encoding="utf-8")
    assert findings(ws, ("en",)) == [f"{termbase}:1: error: the columns are separated by semicolons, not commas "
                                     "(a spreadsheet saved with its regional list separator); save it again as "
                                     "'CSV UTF-8 (comma delimited)'"]


def test_termbase_missing_columns(ws: Path) -> None:
    termbase = ws / "locales" / "termbase.csv"
    termbase.write_text("type,en,ru,kk,mn\nperson,A B,А Б,,\n", encoding="utf-8")
    assert findings(ws, ("en",)) == [f"{termbase}:1: error: header lacks column(s) aliases, status, note; "
                                     "expected type,en,ru,kk,mn,aliases,status,note"]


def test_an_office_lexicon_row_with_an_unquoted_comma_is_named_by_file_and_line(ws: Path) -> None:
    lexicon = ws / "locales" / "offices.csv"
    if not lexicon.exists():  # a workspace without its own lexicon: write one with the broken row
        lexicon.write_text("en,kind,ru,kk,mn,forms,scope,status,source\n", encoding="utf-8")
    lines = lexicon.read_text(encoding="utf-8").splitlines()
    lexicon.write_text("\n".join([*lines, "grand vizier,office,великий визирь,,,,,unconfirmed,a note, with a comma"]) + "\n",
                       encoding="utf-8")
    assert findings(ws, ("en",)) == [f"{lexicon}:{len(lines) + 1}: error: 10 cells where the header has 9; "
                                     "a cell with a comma needs double quotes"]


def test_termbase_duplicate_rows(ws: Path) -> None:
    termbase = ws / "locales" / "termbase.csv"
    row = "person,Anna Berg,Анна Берг,,,,ru=confirmed,https://example.org\n"
    termbase.write_text("type,en,ru,kk,mn,aliases,status,note\n" + row + row, encoding="utf-8")
    assert findings(ws, ("en",)) == [f"{termbase}:3: error: duplicate en 'Anna Berg' (first on line 2)"]


def test_termbase_rows_without_status_or_source(ws: Path) -> None:
    from briefing.termbase import Termbase

    termbase = ws / "locales" / "termbase.csv"
    termbase.write_text("type,en,ru,kk,mn,aliases,status,note\nperson,Anna Berg,Анна Берг,,,,,\n", encoding="utf-8")
    expected = Termbase.load(termbase).check()  # the rule is the termbase's own, reused
    assert expected
    assert findings(ws, ("en",)) == [line.replace(": ", ": error: ", 1) if line.startswith(str(termbase)) else line
                                     for line in expected]
    assert "status" in expected[0] and any("source" in line for line in expected)


def test_reference_docx_missing_a_style(ws: Path) -> None:
    reference = ws / "reference.docx"
    document = docx.Document(str(reference))
    style = document.styles["Needs Review"]
    style.element.getparent().remove(style.element)
    document.save(str(reference))
    assert findings(ws, ("en",)) == [f"{reference}: error: lacks the style(s) Needs Review; copy them from the "
                                     "shipped reference.docx (Word: Styles › Manage Styles › Import/Export)"]


def test_check_exits_non_zero_on_errors_and_lists_warnings(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ws)
    for name in ("BRIEFING_CONFIG", "BRIEFING_TEMPLATES", "BRIEFING_LOCALES", "BRIEFING_TERMBASE",
                 "BRIEFING_REFERENCE_DOCX", "BRIEFING_LANGUAGES"):
        monkeypatch.delenv(name, raising=False)
    assert CliRunner().invoke(cli, ["check"]).exit_code == 0
    edit(ws / "templates" / "briefing.md.j2", "{{ b.headline }}\n", "{{ b.headlin }}\n")
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1
    assert "error: `b.headlin` is not a template variable: did you mean `b.headline`?" in result.output
    assert "1 error(s), 0 warning(s)" in result.output


def test_a_reference_pattern_with_an_unknown_placeholder(ws: Path) -> None:
    from briefing.workspace import load_config

    config = ws / "briefing.toml"
    edit(config, 'reference = ""', 'reference = "BR/{year}/{id}"')
    settings = Settings.from_options(load_config(config))
    assert [str(f) for f in check_workspace(settings, ("en",))] == [
        f"{config}: error: [header] reference = 'BR/{{year}}/{{id}}': unknown placeholder 'year'; "
        "use {date}, {lang} and {id}."]
