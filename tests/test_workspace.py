"""A staff workspace: 'briefing init', briefing.toml, and option > environment > config > default."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.pipeline import Settings
from briefing.resources import default_templates_dir
from briefing.workspace import ConfigError, Header, load_config

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_f116ff059f125dc2.txt"


def invoke(*args: object, env: dict[str, str] | None = None) -> object:
    return CliRunner().invoke(cli, [str(a) for a in args], env=env, catch_exceptions=False)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("BRIEFING_CONFIG", "BRIEFING_TEMPLATES", "BRIEFING_LOCALES", "BRIEFING_TERMBASE",
                 "BRIEFING_REFERENCE_DOCX", "BRIEFING_LANGUAGES", "BRIEFING_OUT"):
        monkeypatch.delenv(name, raising=False)
    folder = tmp_path / "desk"
    result = invoke("init", folder)
    assert result.exit_code == 0, result.output
    monkeypatch.chdir(folder)
    return folder


def test_init_copies_everything_staff_edit(workspace: Path) -> None:
    for path in ("briefing.toml", "templates/briefing.md.j2", "templates/ru/narrative.j2",
                 "locales/ru/LC_MESSAGES/messages.po", "locales/termbase.csv", "locales/offices.csv",
                 "reference.docx"):
        assert (workspace / path).is_file(), path
    config = load_config(workspace / "briefing.toml")
    assert config.templates_dir == workspace.resolve() / "templates"
    assert config.termbase_path == workspace.resolve() / "locales" / "termbase.csv"
    assert config.languages == ["en", "ru", "kk", "mn"]
    assert config.page_size == "A4"


def test_init_refuses_an_existing_workspace(workspace: Path) -> None:
    result = CliRunner().invoke(cli, ["init", str(workspace)])
    assert result.exit_code == 1
    assert "is a workspace already (use --force to start it afresh)" in result.output


def test_init_check_generate_in_a_fresh_folder(workspace: Path) -> None:
    """The staff workflow end to end: init, edit, check, generate: the workspace's files are used."""
    config = workspace / "briefing.toml"
    config.write_text(config.read_text(encoding="utf-8")
                      .replace('languages = ["en", "ru", "kk", "mn"]', 'languages = ["en", "ru"]')
                      .replace('folder = "out"', 'folder = "briefings"')
                      .replace('organisation = ""', 'organisation = "Ministry of Foreign Affairs"'),
                      encoding="utf-8")
    template = workspace / "templates" / "briefing.md.j2"
    template.write_text(template.read_text(encoding="utf-8").replace('## {{ _("Quotes") }}', "## Staff quotes"),
                        encoding="utf-8")
    checked = invoke("check")
    assert checked.exit_code == 0, checked.output
    result = invoke("generate", SEED, "--translator", "none")
    assert result.exit_code == 0, result.output
    written = sorted(path.name.rsplit(".", 2)[-2] for path in (workspace / "briefings").glob("*.docx"))
    assert written == ["en", "ru"]
    english = docx.Document(str(next((workspace / "briefings").glob("*.en.docx"))))
    texts = [paragraph.text for paragraph in english.paragraphs]
    assert "Staff quotes" in texts  # the workspace's template, not the package's
    header = "\n".join(p.text for p in english.sections[0].header.paragraphs)
    assert "Ministry of Foreign Affairs" in header


def test_an_option_wins_over_the_environment_which_wins_over_the_config(workspace: Path) -> None:
    out_option, out_env = workspace / "option", workspace / "env"
    result = invoke("generate", SEED, "--translator", "none", "--lang", "en", "--out", out_option,
                    env={"BRIEFING_OUT": str(out_env), "BRIEFING_LANGUAGES": "ru"})
    assert result.exit_code == 0, result.output
    assert [p.name.rsplit(".", 2)[-2] for p in out_option.glob("*.docx")] == ["en"]
    assert not out_env.exists()
    result = invoke("generate", SEED, "--translator", "none", env={"BRIEFING_OUT": str(out_env),
                                                                   "BRIEFING_LANGUAGES": "ru"})
    assert result.exit_code == 0, result.output
    assert [p.name.rsplit(".", 2)[-2] for p in out_env.glob("*.docx")] == ["ru"]
    assert not (workspace / "out").exists()  # the config's folder lost to the environment


def test_settings_take_the_config_under_the_options(workspace: Path, tmp_path: Path) -> None:
    config = load_config(workspace / "briefing.toml")
    assert Settings.from_options(config).templates_dir == workspace.resolve() / "templates"
    assert Settings.from_options(config, templates_dir=tmp_path).templates_dir == tmp_path
    # --locales elsewhere means that folder's termbase, not the one the file names
    assert Settings.from_options(config, locales_dir=tmp_path).termbase_file == tmp_path / "termbase.csv"
    assert Settings.from_options().templates_dir == default_templates_dir()  # no file: the defaults


def test_config_option_points_at_a_workspace_from_elsewhere(workspace: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("--config", workspace / "briefing.toml", "generate", SEED, "--translator", "none",
                    "--lang", "en")
    assert result.exit_code == 0, result.output
    assert list((workspace / "out").glob("*.en.docx"))


def test_a_bad_config_is_one_clear_line(workspace: Path) -> None:
    (workspace / "briefing.toml").write_text('[output]\npage_size = "A3"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(SEED)])
    assert result.exit_code == 1
    assert "[output] page_size = 'A3' is not one of A4, Letter." in result.output
    (workspace / "briefing.toml").write_text("[output\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(workspace / "briefing.toml")


def test_reference_number_pattern() -> None:
    header = Header(reference="MFA/{date}/{lang}/{id}")
    assert header.reference_number("2025-09-04", "ru", "1a2b3c4d5e6f") == "MFA/2025-09-04/ru/1a2b3c4d"
    with pytest.raises(ConfigError, match="unknown placeholder 'year'"):
        Header(reference="{year}").reference_number("", "en", "")
