"""Offline machine translation with installed argostranslate models.

For each call of :meth:`ArgosTranslator.translate_batch` (one document, one pair):

1. texts staff reviewed in the translation memory come back as HUMAN;
2. texts the same engine translated before come back from memory, without the model;
3. the rest have their termbase terms locked, then go through the model in **one**
   batched CTranslate2 call per model (two for a pivot such as en→ru→kk), and are
   stored in the memory as unreviewed.

A pair with no installed model (not even through a pivot language) gives the source
text marked UNTRANSLATED and is recorded in ``missing_pairs`` for the CLI to report.

argostranslate is imported only when a model is needed, and set up never to touch the
network (see :func:`briefing.translate.packages.load_argos`).
"""

from __future__ import annotations

import logging
import os
import re
import typing as t
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from briefing.errors import ModelPackageError
from briefing.translate import HUMAN, MACHINE, UNTRANSLATED, Translation, protect
from briefing.translate.memory import TranslationMemory
from briefing.translate.packages import INSTALL_HINT, default_models_dir, installed, load_argos, one_line

log = logging.getLogger(__name__)

# CTranslate2 stops decoding after 256 tokens unless told otherwise, silently cutting
# long sentences. Source chunks stay well below that, leaving room for longer output.
MAX_SOURCE_TOKENS = 160
MAX_DECODING_TOKENS = 256
BATCH_TOKENS = 1024  # CTranslate2 sub-batch size inside one call, in tokens

PIVOT = "machine translation via a pivot language"

_SENTENCE_END = re.compile(r"(?<=[.!?…。])\s+")


@dataclass(frozen=True)
class _Route:
    """The models a pair goes through: one, or several when argos pivots."""

    hops: tuple[t.Any, ...]  # argostranslate PackageTranslation objects
    engine: str

    @property
    def notes(self) -> tuple[str, ...]:
        """A pivot (en → ru → kk) is said in the provenance and noted for review."""
        return (pivot_note(_languages(self.hops)),) if len(self.hops) > 1 else ()


class ArgosTranslator:
    """A :class:`~briefing.translate.Translator` running argostranslate models offline."""

    name = "argos"

    def __init__(self, packages_dir: Path | None = None, memory: TranslationMemory | None = None,
                 termbase: protect.Termbase | None = None) -> None:
        self.packages_dir = packages_dir or default_models_dir()
        self.memory = memory
        self.termbase = termbase
        self.model_calls = 0  # CTranslate2 calls: one per document, pair and model
        self.missing_pairs: set[tuple[str, str]] = set()
        self.engine: str | None = None  # engine of the last pair translated by a model
        self._routes: dict[tuple[str, str], _Route | None] = {}

    # --- the Translator seam ---------------------------------------------------------

    def translate_batch(self, texts: t.Sequence[str], source: str, target: str) -> list[Translation]:
        if source == target:
            return [Translation(text, HUMAN) for text in texts]
        done: dict[str, Translation] = {}
        for text in dict.fromkeys(texts):  # each distinct text once
            if not text.strip():
                done[text] = Translation(text, HUMAN)  # nothing to translate
            elif (reviewed := self._reviewed(text, source, target)) is not None:
                done[text] = Translation(reviewed, HUMAN)
        pending = [text for text in dict.fromkeys(texts) if text not in done]
        if pending:
            done.update(self._machine(pending, source, target))
        return [done[text] for text in texts]

    # --- memory and model ------------------------------------------------------------

    def _reviewed(self, text: str, source: str, target: str) -> str | None:
        return self.memory.reviewed(text, source, target) if self.memory else None

    def _machine(self, texts: list[str], source: str, target: str) -> dict[str, Translation]:
        route = self._route(source, target)
        if route is None:
            self.missing_pairs.add((source, target))
            return {text: Translation(text, UNTRANSLATED) for text in texts}
        self.engine = route.engine
        done = {}
        for text in texts:
            remembered = self.memory.machine(text, source, target, route.engine) if self.memory else None
            if remembered is not None:
                done[text] = Translation(remembered, MACHINE, route.engine, route.notes)
        fresh = self._run_model([text for text in texts if text not in done], route, target)
        if self.memory:
            self.memory.remember({text: tr.text for text, tr in fresh.items() if tr.status == MACHINE},
                                 source, target, route.engine)
        return done | fresh

    def _run_model(self, texts: list[str], route: _Route, target: str) -> dict[str, Translation]:
        if not texts:
            return {}
        locked = [protect.lock(text, self.termbase, target) for text in texts]
        outputs = [item.text for item in locked]
        for hop in route.hops:
            outputs = self._translate_hop(hop, outputs)
        done = {}
        for item, output in zip(locked, outputs, strict=True):
            restored = protect.restore(output, item, target)
            if restored.text is None:
                log.warning("A protected term was lost in translation; kept the source: %.60s",
                            item.source)
                done[item.source] = Translation(item.source, UNTRANSLATED, notes=restored.notes)
            else:
                done[item.source] = Translation(restored.text, MACHINE, route.engine,
                                                route.notes + restored.notes)
        return done

    # --- routes ----------------------------------------------------------------------

    def _route(self, source: str, target: str) -> _Route | None:
        if (source, target) not in self._routes:
            self._routes[(source, target)] = self._find_route(source, target)
        return self._routes[(source, target)]

    def _find_route(self, source: str, target: str) -> _Route | None:
        if not installed(self.packages_dir):  # nothing to load: leave argostranslate (and the disk) alone
            return None
        translate = load_argos(self.packages_dir)
        try:
            from_lang = translate.get_language_from_code(source)
            to_lang = translate.get_language_from_code(target)
        except ModelPackageError:
            raise
        except Exception as error:  # argos reading an installed package
            raise ModelPackageError(
                f"{self.packages_dir}: an installed model cannot be read ({one_line(error)}); "
                "see: briefing models list") from None
        # argos returns None (not an error) for a language or pair it does not have.
        translation = from_lang.get_translation(to_lang) if from_lang and to_lang else None
        hops = tuple(_package_hops(translation, translate)) if translation else ()
        return _Route(hops, _engine_name(hops)) if hops else None

    # --- one batched model call ------------------------------------------------------

    def _translate_hop(self, hop: t.Any, texts: list[str]) -> list[str]:
        """Translate texts with one model in one CTranslate2 call.

        Line breaks and the whitespace between sentences are kept from the source.
        """
        _load(hop)
        split = _sentence_splitter(hop)
        source_prefix = _source_prefix(hop.pkg)
        chunks: list[list[str]] = []  # token lists sent to the model
        layouts = []
        for text in texts:
            layout = _Layout.of(text, split)
            for sentence in layout.sentences:
                pieces = _short_chunks(hop.pkg.tokenizer.encode(sentence.text))
                if source_prefix:  # a multilingual model's source language token (NLLB: eng_Latn)
                    pieces = [[source_prefix, *piece] for piece in pieces]
                sentence.chunks = range(len(chunks), len(chunks) + len(pieces))
                chunks.extend(pieces)
            layouts.append(layout)
        outputs = self._run_ctranslate2(hop, chunks)
        return [layout.join(lambda s: _decode(hop.pkg, [outputs[i] for i in s.chunks]))
                for layout in layouts]

    def _run_ctranslate2(self, hop: t.Any, chunks: list[list[str]]) -> list[list[str]]:
        if not chunks:
            return []
        from argostranslate import settings

        prefix = hop.pkg.target_prefix
        self.model_calls += 1
        results = _loaded_model(hop).translate_batch(
            chunks,
            target_prefix=[[prefix]] * len(chunks) if prefix else None,
            replace_unknowns=True,
            max_batch_size=max(settings.batch_size, BATCH_TOKENS),
            batch_type="tokens",
            beam_size=settings.beam_size,
            num_hypotheses=1,
            length_penalty=0.2,
            max_decoding_length=MAX_DECODING_TOKENS,
        )
        return [_without_prefix(result.hypotheses[0], prefix) for result in results]


@dataclass
class _Sentence:
    gap: str  # the whitespace before it in the source
    text: str
    chunks: range = range(0)  # its token chunks in the batch


@dataclass
class _Layout:
    """A text as lines of sentences, so the translation keeps its shape."""

    lines: list[tuple[list[_Sentence], str]]  # sentences, trailing whitespace

    @classmethod
    def of(cls, text: str, split: t.Callable[[str], list[str]]) -> _Layout:
        return cls([_sentences(line, split) for line in text.split("\n")])

    @property
    def sentences(self) -> t.Iterator[_Sentence]:
        for sentences, _ in self.lines:
            yield from sentences

    def join(self, translate: t.Callable[[_Sentence], str]) -> str:
        return "\n".join("".join(s.gap + translate(s) for s in sentences) + trailing
                         for sentences, trailing in self.lines)


def _sentences(line: str, split: t.Callable[[str], list[str]]) -> tuple[list[_Sentence], str]:
    """The sentences of a line, with the whitespace around them."""
    if not line.strip():
        return [], line
    try:
        located = _locate(line, split(line))
    except ValueError:  # MiniSBD gives up on some unusual text
        located = None
    # A splitter that changed or dropped text must not lose it: split by rule instead.
    return located or _locate(line, split_sentences_by_rule(line)) or (
        [_Sentence(line[:len(line) - len(line.lstrip())], line.strip())],
        line[len(line.rstrip()):])


def _locate(line: str, texts: list[str]) -> tuple[list[_Sentence], str] | None:
    """Find each sentence in the line; None unless only whitespace lies between them."""
    sentences, position = [], 0
    for text in filter(None, (text.strip() for text in texts)):
        found = line.find(text, position)
        if found < 0 or line[position:found].strip():
            return None
        sentences.append(_Sentence(line[position:found], text))
        position = found + len(text)
    if not sentences or line[position:].strip():
        return None
    return sentences, line[position:]


def _package_hops(translation: t.Any, translate: t.Any) -> t.Iterator[t.Any]:
    """The PackageTranslations inside argos's cached and composite (pivot) wrappers."""
    if isinstance(translation, translate.CachedTranslation):
        yield from _package_hops(translation.underlying, translate)
    elif isinstance(translation, translate.CompositeTranslation):
        yield from _package_hops(translation.t1, translate)
        yield from _package_hops(translation.t2, translate)
    elif isinstance(translation, translate.PackageTranslation):
        yield translation
    # IdentityTranslation adds no model.


def _engine_name(hops: t.Sequence[t.Any]) -> str:
    """"argostranslate 1.12.1 / translate-en_ru-1_9 1.9", and for a pivot
    "argostranslate 1.12.1 / A 1.0 + B 1.0 (pivot: en → ru → kk)"."""
    models = " + ".join(f"{hop.pkg.package_path.name} {hop.pkg.package_version}".strip() for hop in hops)
    pivot = f" (pivot: {' → '.join(_languages(hops))})" if len(hops) > 1 else ""
    return f"argostranslate {_argos_version()} / {models}{pivot}"


def _languages(hops: t.Sequence[t.Any]) -> list[str]:
    return [hops[0].pkg.from_code, *(hop.pkg.to_code for hop in hops)]


def pivot_note(route_languages: t.Sequence[str]) -> str:
    """The review note of a translation made through another language."""
    via = ", ".join(route_languages[1:-1])
    return f"{PIVOT} through {via} ({' → '.join(route_languages)}): errors of both models add up"


def _argos_version() -> str:
    for distribution in ("argos-translate-lt", "argostranslate"):
        try:
            return metadata.version(distribution)
        except metadata.PackageNotFoundError:
            continue
    return "unknown"


def _load(hop: t.Any) -> None:
    """Load the hop's tokenizer, CTranslate2 model and sentence splitter (once per process).

    ``briefing models install`` checks all three, but files can be damaged or edited
    later: a package that does not load is a one-line error naming its folder.
    """
    from argostranslate.sbd import MiniSBDSentencizer

    try:
        tokenizer = getattr(hop.pkg, "tokenizer", None)  # argos sets it only if the file exists
        if tokenizer is None:
            raise FileNotFoundError("no sentencepiece.model or bpe.model")
        load_tokenizer = getattr(tokenizer, "lazy_processor", None) or getattr(tokenizer, "lazy_load", None)
        if load_tokenizer is not None:  # SentencePiece / BPE
            load_tokenizer()
        _loaded_model(hop)
        sentencizer = getattr(hop, "sentencizer", None)
        if isinstance(sentencizer, MiniSBDSentencizer) and os.path.isfile(sentencizer.lang):
            sentencizer.lazy_detector()  # the package's own minisbd/*.onnx
    except Exception as error:  # sentencepiece, CTranslate2 and onnxruntime raise several types
        raise ModelPackageError(
            f"{hop.pkg.package_path}: the installed model cannot be loaded ({one_line(error)}); "
            f"install it again ({INSTALL_HINT}) or remove that folder") from None


def _loaded_model(hop: t.Any) -> t.Any:
    """The CTranslate2 model of a package, loaded once per process.

    It is kept where argos keeps it (``PackageTranslation.translator``, cached per pair
    by argos), so argos's own ``translate()`` shares it.
    """
    if hop.translator is None:
        import ctranslate2
        from argostranslate import settings

        options = {"model_path": str(hop.pkg.package_path / "model"), "device": settings.device,
                   "inter_threads": settings.inter_threads, "intra_threads": settings.intra_threads}
        if settings.compute_type != "auto":
            options["compute_type"] = settings.compute_type
        hop.translator = ctranslate2.Translator(**options)
    return hop.translator


def _sentence_splitter(hop: t.Any) -> t.Callable[[str], list[str]]:
    """The package's MiniSBD splitter if its model is on disk; else split at . ! ?

    Without a local model MiniSBD would download one from GitHub.
    """
    from argostranslate.sbd import MiniSBDSentencizer
    from minisbd import models

    sentencizer = getattr(hop, "sentencizer", None)
    if isinstance(sentencizer, MiniSBDSentencizer):
        cached = models.MODELS.get(sentencizer.lang)
        if os.path.isfile(sentencizer.lang) or (
                cached and os.path.isfile(os.path.join(models.cache_dir, cached))):
            return sentencizer.split_sentences
    return split_sentences_by_rule


def split_sentences_by_rule(text: str) -> list[str]:
    return [sentence for sentence in _SENTENCE_END.split(text.strip()) if sentence]


def _short_chunks(tokens: list[str]) -> list[list[str]]:
    """Cut a token list into pieces the model translates whole, at word starts if possible."""
    chunks = []
    while len(tokens) > MAX_SOURCE_TOKENS:
        cut = next((i for i in range(MAX_SOURCE_TOKENS, 0, -1) if tokens[i].startswith("▁")),
                   MAX_SOURCE_TOKENS)
        chunks.append(tokens[:cut])
        tokens = tokens[cut:]
    return chunks + [tokens]


def _source_prefix(package: t.Any) -> str:
    """The ``source_prefix`` of the package's metadata (written by ``briefing models pack``).

    argostranslate has no such setting: a multilingual model such as NLLB-200 expects its
    source language token first, which briefing adds itself.
    """
    import json

    try:
        data = json.loads((Path(package.package_path) / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    prefix = data.get("source_prefix", "") if isinstance(data, dict) else ""
    return prefix if isinstance(prefix, str) else ""


def _without_prefix(tokens: list[str], prefix: str) -> list[str]:
    return tokens[1:] if prefix and tokens[:1] == [prefix] else tokens


def _decode(package: t.Any, outputs: list[list[str]]) -> str:
    """One sentence from the outputs of its chunks.

    SentencePiece is decoded directly: argos's decoder also turns every "_" into a space.
    """
    from argostranslate.tokenizer import SentencePieceTokenizer

    tokens = [token for output in outputs for token in output]
    if isinstance(package.tokenizer, SentencePieceTokenizer):
        value = package.tokenizer.lazy_processor().decode_pieces(tokens).replace("▁", " ")
    else:
        value = package.tokenizer.decode(tokens)
    return value.strip()
