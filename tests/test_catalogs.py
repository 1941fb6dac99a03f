"""Message catalogs: parse, complete, in sync with the template, no fuzzy, clean scripts."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from briefing.vocabulary import VOCABULARIES

LOCALES = Path(__file__).resolve().parents[1] / "locales"
TRANSLATED = ("ru", "kk", "mn")
BRAND_NAMES = ("Kazakh Invest", "Trend")  # stay Latin in ru/kk/mn text
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(\w+\)[sd]|%[sd]")
LATIN = re.compile(r"[A-Za-z]")
KAZAKH_ONLY = set("ӘәҒғҚқҢңҰұҺһІі")  # not Russian, not Mongolian
MONGOLIAN_ONLY = set("ӨөҮү")  # shared with Kazakh, absent from Russian


def load(lang: str) -> Catalog:
    with (LOCALES / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=lang)


def template() -> Catalog:
    with (LOCALES / "messages.pot").open("rb") as handle:
        return read_po(handle)


def keys(catalog: Catalog) -> set[tuple[str | None, str]]:
    return {(message.context, message.id) for message in catalog if message.id}


@pytest.fixture(scope="module", params=TRANSLATED)
def catalog(request: pytest.FixtureRequest) -> Catalog:
    return load(request.param)


@pytest.mark.parametrize("lang", [*TRANSLATED, "en"])
def test_catalog_parses_and_checks(lang: str) -> None:
    catalog = load(lang)
    assert str(catalog.locale) == lang
    assert not catalog.fuzzy
    problems = [(message.id, errors) for message, errors in catalog.check() if errors]
    assert problems == []


@pytest.mark.parametrize("lang", [*TRANSLATED, "en"])
def test_catalog_matches_the_template(lang: str) -> None:
    assert keys(load(lang)) == keys(template())
    assert not load(lang).obsolete


def test_vocabulary_labels_are_in_the_catalogs(catalog: Catalog) -> None:
    for vocabulary in VOCABULARIES.values():
        for term in vocabulary.values():
            assert (term.context, term.label) in keys(catalog), (term.context, term.label)


def test_every_message_is_translated_and_not_fuzzy(catalog: Catalog) -> None:
    for message in catalog:
        if message.id:
            assert message.string and message.string.strip(), message.id
            assert not message.fuzzy, message.id


def test_placeholders_are_kept(catalog: Catalog) -> None:
    for message in catalog:
        if message.id:
            # a slot may ask for a case in the translation: {country} → {country:gen}
            slots = sorted(re.sub(r":\w+\}", "}", slot) for slot in PLACEHOLDER.findall(message.string))
            assert slots == sorted(PLACEHOLDER.findall(message.id)), message.id


def test_no_latin_letters_except_brand_names(catalog: Catalog) -> None:
    for message in catalog:
        if message.id:
            text = PLACEHOLDER.sub("", message.string)
            for brand in BRAND_NAMES:
                text = text.replace(brand, "")
            assert not LATIN.search(text), (message.id, message.string)


def test_letters_belong_to_the_language(catalog: Catalog) -> None:
    lang = str(catalog.locale)
    foreign = {"ru": KAZAKH_ONLY | MONGOLIAN_ONLY, "kk": set(), "mn": KAZAKH_ONLY}[lang]
    for message in catalog:
        if message.id:
            assert not set(message.string) & foreign, (message.id, message.string)
            assert not re.search("[ЄѲЇV]", message.string), message.string  # lookalikes of Ө/Ү


def test_plural_forms_header() -> None:
    assert load("ru").num_plurals == 3
    assert load("kk").num_plurals == 2 and load("mn").num_plurals == 2


def test_status_comments_flag_unconfirmed_forms() -> None:
    def comments(lang: str, context: str | None, msgid: str) -> list[str]:
        message = load(lang).get(msgid, context=context)
        assert message is not None, msgid
        return message.user_comments

    assert "status: unconfirmed (proposal)" in comments("mn", "cooperation area", "development of the digital economy")
    assert "status: unconfirmed (proposal; native review pending)" in comments("kk", "cooperation area",
                                                                                "social affairs and culture")
    assert any(c.startswith("status: confirmed") for c in comments("ru", "event type", "Talks"))
    for lang in TRANSLATED:
        assert all(any(c.startswith("status: ") for c in m.user_comments) for m in load(lang) if m.id)


def translations(lang: str) -> Translations:
    buffer = io.BytesIO()
    write_mo(buffer, load(lang))
    buffer.seek(0)
    return Translations(buffer, domain="messages")


def test_compiled_lookups() -> None:
    mn = translations("mn")
    assert mn.pgettext("event type", "Talks") == "Хэлэлцээ"  # talks
    assert mn.pgettext("document type", "Agreement") == "Хэлэлцээр"  # agreement: a different word
    assert mn.pgettext("document type", "Memorandum") == "Санамж бичиг"
    assert translations("kk").pgettext("title", "Chairman") == "төраға"
    assert translations("ru").gettext("Source") == "Источник"
    assert translations("ru").pgettext("title", "Speaker") != translations("ru").gettext("Speaker")
    assert translations("kk").gettext("Prepared on {date}").format(date="2025 жылғы 4 қыркүйек") == (
        "Дайындалған күні: 2025 жылғы 4 қыркүйек"
    )


def test_a_catalog_kept_between_runs_writes_the_same_briefing_and_an_edit_is_seen(tmp_path: Path) -> None:
    # Parsed catalogs are kept on disk between processes (beside the compiled templates): a
    # second run must write the same bytes, and an edited catalog must be read again.
    import os
    import shutil
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[1]
    locales = tmp_path / "locales"
    shutil.copytree(repo / "locales", locales)
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(repo)}

    def generate(out: Path) -> bytes:
        completed = subprocess.run(
            [sys.executable, "-m", "briefing", "generate", str(repo / "seeds" / "000_f116ff059f125dc2.txt"),
             "--lang", "ru", "--locales", str(locales), "--out", str(out), "--translator", "none",
             "--prepared-on", "2025-01-01", "--quiet"], capture_output=True, text=True, env=env)
        assert completed.returncode == 0, completed.stderr
        return next(out.glob("*.ru.docx")).read_bytes()

    first = generate(tmp_path / "one")
    assert list((tmp_path / "cache" / "catalogs").glob("*.pickle")), "the parsed catalog was not kept"
    assert generate(tmp_path / "two") == first
    po = locales / "ru" / "LC_MESSAGES" / "messages.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Информационная справка"',
                                                           'msgstr "Справка для делегации"'), encoding="utf-8")
    import docx

    edited = generate(tmp_path / "three")
    assert edited != first
    title = docx.Document(next((tmp_path / "three").glob("*.ru.docx"))).paragraphs[0].text
    assert title == "Справка для делегации"
