"""Build tiny but real ``.argosmodel`` packages for offline tests and benchmarks.

The package is what argostranslate expects from a real one: a CTranslate2 Transformer
in ``model/``, a SentencePiece ``sentencepiece.model`` and a MiniSBD sentence splitter
in ``minisbd/``. The weights are set by hand so the model is an *echo*: its output is
its input, which lets tests assert on exact text. Building one takes about 0.2 s.

Recipe: /work/shared/reference/argos-offline.md, section 3.

    build_package(tmp_path, "en", "ru")  # -> tmp_path/translate-en_ru-tiny.argosmodel
"""

from __future__ import annotations

import io
import json
import random
import shutil
import tempfile
import typing as t
import zipfile
from pathlib import Path

import numpy as np

LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "kk": "Kazakh", "mn": "Mongolian"}

# Every character a test or the bench sends, so SentencePiece knows them all.
ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
    ".,;:!?'\"()[]{}-–—…«»“”‘’/%&+=#@$€№⟦⟧"
)

WORDS = {
    "en": "the minister signed a memorandum on cooperation between two countries and "
    "their delegations met in the capital to discuss trade energy and security".split(),
    "ru": "министр подписал меморандум о сотрудничестве между двумя странами и "
    "делегации встретились в столице чтобы обсудить торговлю энергетику".split(),
    "kk": "министр екі ел арасындағы ынтымақтастық туралы меморандумға қол қойды және "
    "делегациялар астанада сауда мен энергетиканы талқылады".split(),
    "mn": "сайд хоёр орны хамтын ажиллагааны санамж бичигт гарын үсэг зурж "
    "төлөөлөгчид нийслэлд худалдаа эрчим хүчний асуудлыг хэлэлцэв".split(),
}


def _corpus(lines: int = 400, seed: int = 0) -> str:
    """Synthetic sentences in the four languages, plus one line with every character."""
    rng = random.Random(seed)
    words = [w for ws in WORDS.values() for w in ws]
    out = [" ".join(ALPHABET)]
    for _ in range(lines):
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(4, 14)))
        out.append(sentence[0].upper() + sentence[1:] + rng.choice(".!?"))
    return "\n".join(out) + "\n"


def _train_sentencepiece(workdir: Path, symbols: t.Sequence[str] = ()) -> list[str]:
    """Train sentencepiece.model into workdir; return its vocabulary (ids 0-2: unk, s, /s).

    ``symbols``: tokens kept whole, such as a multilingual model's language tokens.
    """
    import sentencepiece as spm

    corpus = workdir / "corpus.txt"
    corpus.write_text(_corpus(), encoding="utf-8")
    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        input=str(corpus), model_writer=buffer, vocab_size=256, model_type="unigram",
        character_coverage=1.0, hard_vocab_limit=False, normalization_rule_name="identity",
        num_threads=2, minloglevel=2, user_defined_symbols=list(symbols),
    )
    (workdir / "sentencepiece.model").write_bytes(buffer.getvalue())
    processor = spm.SentencePieceProcessor(model_proto=buffer.getvalue())
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


def _build_echo_model(model_dir: Path, vocab: list[str], tok_dims: int = 32, n_freq: int = 16,
                      max_len: int = 256, ffn: int = 16, sharp: float = 10.0,
                      gain: float = 20.0, seed: int = 0, swaps: dict[int, int] | None = None) -> None:
    """A 1+1 layer Transformer whose cross-attention copies source token i to output i.

    ``swaps`` (token id → token id, a permutation) makes it write another token for some:
    a word-for-word "translation" that can also move placeholders (⟦1⟧ ↔ ⟦2⟧).
    """
    from ctranslate2.specs import transformer_spec

    rng = np.random.default_rng(seed)
    size, k, d = len(vocab), tok_dims, tok_dims + 2 * n_freq
    tokens = np.zeros((size, d), np.float32)
    tokens[:, :k] = rng.standard_normal((size, k))  # a random code per token
    angles = np.arange(max_len)[:, None] * rng.uniform(0.3, np.pi, n_freq)[None, :]
    positions = np.zeros((max_len, d), np.float32)
    positions[:, k:k + n_freq], positions[:, k + n_freq:] = np.cos(angles), np.sin(angles)
    keep_token = np.zeros((d, d), np.float32)
    keep_token[:k, :k] = np.eye(k)
    keep_position = np.zeros((d, d), np.float32)
    keep_position[k:, k:] = np.eye(d - k)

    def zeros(*shape: int) -> np.ndarray:
        return np.zeros(shape, np.float32)

    def identity_norm(layer) -> None:
        layer.gamma, layer.beta = np.ones(d, np.float32), zeros(d)

    spec = transformer_spec.TransformerSpec.from_config(num_layers=1, num_heads=1)
    encoder, decoder = spec.encoder, spec.decoder
    for side in (encoder, decoder):
        side.scale_embeddings = False
        side.position_encodings.encodings = positions
        identity_norm(side.layer_norm)
        layer = side.layer[0]
        identity_norm(layer.self_attention.layer_norm)
        layer.self_attention.linear[0].weight = zeros(3 * d, d)  # fused QKV
        layer.self_attention.linear[1].weight = zeros(d, d)  # residual only
        identity_norm(layer.ffn.layer_norm)
        layer.ffn.linear_0.weight, layer.ffn.linear_1.weight = zeros(ffn, d), zeros(d, ffn)
    encoder.embeddings[0].weight = tokens
    decoder.embeddings.weight = tokens
    cross = decoder.layer[0].attention
    identity_norm(cross.layer_norm)
    cross.linear[0].weight = sharp * keep_position  # query: the output position
    cross.linear[1].weight = np.concatenate([keep_position, keep_token])  # key: position, value: token
    cross.linear[2].weight = gain * keep_token  # output: the copied token
    projection = tokens.copy()
    for source, target in (swaps or {}).items():
        projection[target] = tokens[source]  # the copied code of `source` scores `target` highest
    decoder.projection.weight = projection
    spec.config.add_source_eos = True  # copies </s>, so decoding stops
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    spec.optimize(quantization=None)
    model_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(model_dir))


SBD_UNITS = ["<PAD>", "<UNK>", ".", "!", "?", "。", "…"]


def write_sbd_onnx(path: Path) -> None:
    """A rule-based MiniSBD model: a sentence ends after . ! ? 。 or …"""
    import onnx
    from onnx import TensorProto, helper

    table = np.zeros((len(SBD_UNITS), 5), np.float32)
    table[:2, 0] = 10.0  # padding and any other character: inside a token
    table[2:, 2] = 10.0  # punctuation: end of sentence
    nodes = [
        helper.make_node("Gather", ["table", "units"], ["scores"], axis=0),
        helper.make_node("ReduceSum", ["features"], ["feature_sum"], keepdims=1),
        helper.make_node("Mul", ["feature_sum", "zero"], ["nothing"]),  # consume features
        helper.make_node("Add", ["scores", "nothing"], ["logits"]),
    ]
    graph = helper.make_graph(
        nodes, "tiny_sbd",
        inputs=[helper.make_tensor_value_info("units", TensorProto.INT64, ["B", "T"]),
                helper.make_tensor_value_info("features", TensorProto.FLOAT, ["B", "T", "F"])],
        outputs=[helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["B", "T", 5])],
        initializer=[onnx.numpy_helper.from_array(table, "table"),
                     onnx.numpy_helper.from_array(np.zeros(1, np.float32), "zero")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    vocab = {"lang": "xx", "idx": 0, "cutoff": 0, "lower": False,
             "_id2unit": SBD_UNITS, "_unit2id": {u: i for i, u in enumerate(SBD_UNITS)}}
    metadata = {"config": {"feat_funcs": [], "max_seqlen": 1000, "batch_size": 32},
                "vocab": vocab, "lang_code": "xx", "lexicon": None}
    for key, value in metadata.items():
        model.metadata_props.add(key=key, value=value if isinstance(value, str) else json.dumps(value))
    onnx.checker.check_model(model)
    path.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(path))


def build_model_dir(folder: Path, *, languages: t.Sequence[str] = ()) -> Path:
    """A converted CTranslate2 model folder, as ``ct2-*-converter`` leaves it, plus the
    SentencePiece model beside its files: ``model.bin``, ``config.json``,
    ``shared_vocabulary.json`` and ``sentencepiece.model``.

    ``languages``: language tokens of a multilingual model (``eng_Latn``, ``kaz_Cyrl``),
    each one vocabulary entry. Such a model, like NLLB-200, is an echo only when the
    source starts with the source language token and the target with the target one:
    the token at position 0 on each side is the language, so without them the first word
    is lost.
    """
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        vocab = _train_sentencepiece(Path(scratch), languages)
        shutil.copy(Path(scratch) / "sentencepiece.model", folder / "sentencepiece.model")
    _build_echo_model(folder, vocab)
    return folder


def build_package(out_dir: Path, from_code: str = "en", to_code: str = "ru", *,
                  with_sbd: bool = True, name: str | None = None,
                  version: str = "1.0", swaps: t.Mapping[str, str] | None = None) -> Path:
    """Write ``<name>.argosmodel`` (an echo model from_code→to_code) into out_dir.

    ``swaps``: pieces the model exchanges, both ways ({"with": "с"} writes «с» for "with"
    and "with" for «с»); each becomes one SentencePiece symbol.
    """
    name = name or f"translate-{from_code}_{to_code}-tiny"
    out_dir.mkdir(parents=True, exist_ok=True)
    swaps = dict(swaps or {})
    symbols = [piece for pair in swaps.items() for piece in pair if len(piece) > 1]
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / name
        root.mkdir()
        vocab = _train_sentencepiece(root, list(dict.fromkeys(symbols)))
        (root / "corpus.txt").unlink()
        ids = {piece: index for index, piece in enumerate(vocab)}
        permutation = {}
        for a, b in swaps.items():
            permutation[ids[a]], permutation[ids[b]] = ids[b], ids[a]
        _build_echo_model(root / "model", vocab, swaps=permutation)
        if with_sbd:
            write_sbd_onnx(root / "minisbd" / "tiny_sbd.onnx")
        metadata = {
            "package_version": version, "argos_version": "1.12", "type": "translate",
            "from_code": from_code, "from_name": LANGUAGE_NAMES.get(from_code, from_code),
            "to_code": to_code, "to_name": LANGUAGE_NAMES.get(to_code, to_code),
        }
        (root / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
        (root / "README.md").write_text("Echo model for tests: output = input.\n", encoding="utf-8")
        archive = out_dir / f"{name}.argosmodel"
        _zip_folder(root, archive)
    return archive


def _zip_folder(root: Path, archive: Path) -> None:
    """Zip root with its folder name as the one top-level entry, as argos expects."""
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(root.rglob("*")):
            zf.write(path, path.relative_to(root.parent).as_posix())


def isolated_argos_env(base: Path) -> dict[str, str]:
    """Environment that keeps argostranslate, onnxruntime and briefing inside base.

    Apply it before argostranslate is first imported: argos reads settings at import.
    """
    env = {
        "HOME": base / "home",
        "XDG_DATA_HOME": base / "data",
        "XDG_CONFIG_HOME": base / "config",
        "XDG_CACHE_HOME": base / "cache",
        "ARGOS_PACKAGES_DIR": base / "models",
        "BRIEFING_MODELS_DIR": base / "models",
        "BRIEFING_MEMORY_DIR": base / "memory",
        "ARGOS_CHUNK_TYPE": "MINISBD",
    }
    for value in env.values():
        if isinstance(value, Path):
            value.mkdir(parents=True, exist_ok=True)
    return {key: str(value) for key, value in env.items()}


if __name__ == "__main__":  # python tests/argos_tiny.py OUT_DIR [from to]
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    pair = sys.argv[2:4] if len(sys.argv) >= 4 else ["en", "ru"]
    print(build_package(target, *pair))
    shutil.rmtree(target / "__pycache__", ignore_errors=True)
