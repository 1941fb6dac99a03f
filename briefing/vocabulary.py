"""Controlled vocabularies: the values whose labels the message catalogs translate.

Each entry is marked with ``N_(context, label)`` so that ``pybabel extract -k N_:1c,2``
puts it into ``locales/messages.pot`` with its context; render looks it up with
``pgettext(context, label)``. Extraction maps text as written onto these keys through
the aliases (lower-case, as they appear in English news).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


def N_(context: str, label: str) -> tuple[str, str]:  # noqa: N802 - gettext marker name
    """Mark a catalog message for extraction; returns it unchanged."""
    return context, label


@dataclass(frozen=True)
class Term:
    key: str
    context: str
    label: str
    aliases: tuple[str, ...] = ()


def _terms(context: str, entries: dict[str, tuple[tuple[str, str], tuple[str, ...]]]) -> dict[str, Term]:
    return {key: Term(key, ctx, label, aliases) for key, ((ctx, label), aliases) in entries.items()}


EVENT_TYPE_CONTEXT = "event type"
EVENT_TYPES = _terms(
    EVENT_TYPE_CONTEXT,
    {
        "meeting": (N_("event type", "Meeting"), ()),
        "signing": (N_("event type", "Signing of documents"), ()),
        "visit": (N_("event type", "Visit"), ()),
        "talks": (N_("event type", "Talks"), ()),
        "forum": (N_("event type", "Forum"), ()),
        "phone_call": (N_("event type", "Telephone conversation"), ()),
        "ratification": (N_("event type", "Ratification"), ()),
        "other": (N_("event type", "Other event"), ()),
    },
)

DOCUMENT_TYPE_CONTEXT = "document type"
DOCUMENT_TYPES = _terms(
    DOCUMENT_TYPE_CONTEXT,
    {
        "memorandum": (N_("document type", "Memorandum"), ("memorandum", "mou", "moc", "memo", "memorandum of understanding", "memorandum of cooperation")),
        "agreement": (N_("document type", "Agreement"), ("agreement", "treaty", "accord")),
        "roadmap": (N_("document type", "Roadmap"), ("roadmap", "road map")),
        "declaration": (N_("document type", "Declaration"), ("declaration", "joint statement")),
        "protocol": (N_("document type", "Protocol"), ("protocol",)),
        "other": (N_("document type", "Other document"), ("plan", "programme", "program")),
    },
)

AREA_CONTEXT = "cooperation area"
COOPERATION_AREAS = _terms(
    AREA_CONTEXT,
    {
        "political": (N_("cooperation area", "politics"), ("political", "politics", "political dialogue", "political sphere")),
        "trade-economic": (
            N_("cooperation area", "trade and economy"),
            ("trade-economic", "trade and economic", "trade-and-economic", "economic-trade",
             "trade, economic", "economic trade", "trade and economy"),
        ),
        "trade": (N_("cooperation area", "trade"), ("trade", "commerce", "commercial")),
        "economic": (N_("cooperation area", "economy"), ("economic", "economy", "economics")),
        "scientific-technical": (
            N_("cooperation area", "science and technology"),
            ("scientific-technical", "scientific and technical", "science and technology"),
        ),
        "socio-cultural": (
            N_("cooperation area", "social affairs and culture"),
            ("socio-cultural", "social and cultural", "sociocultural"),
        ),
        "cultural-humanitarian": (
            N_("cooperation area", "culture and humanitarian affairs"),
            ("cultural-humanitarian", "cultural and humanitarian"),
        ),
        "humanitarian": (N_("cooperation area", "humanitarian affairs"), ("humanitarian",)),
        "cultural": (N_("cooperation area", "culture"), ("cultural", "culture", "arts", "art")),
        "digital-economy": (
            N_("cooperation area", "development of the digital economy"),
            ("digital economy development", "development of the digital economy", "digital economy"),
        ),
        "innovation": (
            N_("cooperation area", "innovation"),
            ("innovation", "innovations", "innovation implementation", "implementation of innovations"),
        ),
        "digitalization": (
            N_("cooperation area", "digitalization"),
            ("digitalization", "digitalisation", "digital transformation"),
        ),
        "artificial-intelligence": (
            N_("cooperation area", "development of artificial intelligence"),
            ("artificial intelligence development", "development of artificial intelligence",
             "artificial intelligence", "ai"),
        ),
        "ecology": (N_("cooperation area", "ecology"), ("ecology", "environment", "environmental protection")),
        "agriculture": (N_("cooperation area", "agriculture"), ("agriculture", "agricultural", "agro-industrial", "agro-industrial complex", "agrarian", "animal husbandry", "livestock",
                                                                   "livestock farming", "stockbreeding", "cropping", "agribusiness", "sericulture",
                                                                   "silkworm breeding")),
        "energy": (N_("cooperation area", "energy"), ("energy", "power engineering")),
        "transport": (N_("cooperation area", "transport and logistics"), ("transport", "logistics", "transport and logistics", "transit", "transportation", "transport-logistical", "transport and logistical",
                                                                            "transport-transit", "railroad", "railway", "railways", "aviation")),
        "investment": (N_("cooperation area", "investment"), ("investment", "investments", "investment cooperation")),
        "education": (N_("cooperation area", "education"), ("education", "educational")),
        "science": (N_("cooperation area", "science"), ("science", "scientific")),
        "healthcare": (N_("cooperation area", "healthcare"), ("healthcare", "health care", "health", "medicine")),
        "tourism": (N_("cooperation area", "tourism"), ("tourism", "tourist")),
        "security": (N_("cooperation area", "security"), ("security",)),
        "defence": (N_("cooperation area", "defence"), ("defence", "defense", "military", "military-technical")),
        "finance": (N_("cooperation area", "finance"), ("finance", "financial", "banking")),
        "labour-migration": (N_("cooperation area", "labour migration"), ("labour migration", "labor migration", "migration")),
        "legislative": (N_("cooperation area", "legislative experience"), ("legislative", "legislation", "legislative experience")),
        "inter-parliamentary": (N_("cooperation area", "inter-parliamentary relations"), ("inter-parliamentary", "interparliamentary", "parliamentary")),
        "youth": (N_("cooperation area", "youth policy"), ("youth", "youth policy")),
        "sport": (N_("cooperation area", "sport"), ("sport", "sports")),
        "mining": (N_("cooperation area", "mining"), ("mining", "mining and metallurgy", "geology", "extractive", "mineral resources", "mining industry")),
        "water": (N_("cooperation area", "water resources"), ("water", "water resources", "water management")),
        "industry": (N_("cooperation area", "industry"), ("industry", "industrial", "industrial cooperation")),
        "media": (N_("cooperation area", "media"), ("media", "mass media", "information")),
        "veterinary": (N_("cooperation area", "veterinary medicine"), ("veterinary", "veterinary medicine", "veterinary science")),
        "social-protection": (N_("cooperation area", "social protection"), ("social protection", "social security", "social welfare")),
        "light-industry": (N_("cooperation area", "light industry"), ("light industry", "textile industry", "textiles")),
        "processing-industry": (N_("cooperation area", "processing industry"), ("processing industry", "processing", "manufacturing")),
        "food-security": (N_("cooperation area", "food security"), ("food security",)),
        "renewable-energy": (N_("cooperation area", "renewable energy"), ("renewable energy", "green energy", "clean energy", "renewables")),
        "construction": (N_("cooperation area", "construction"), ("construction", "housing construction")),
        "urban-planning": (N_("cooperation area", "urban planning"), ("urban planning", "urban development", "architecture")),
        "space": (N_("cooperation area", "space activities"), ("space", "space exploration", "space industry", "aerospace")),
        "expert-dialogue": (N_("cooperation area", "expert dialogue"), ("expert dialogue", "scientific-expert dialogue", "scientific and expert dialogue")),
    },
)

TITLE_CONTEXT = "title"
TITLES = _terms(
    TITLE_CONTEXT,
    {
        "president": (N_("title", "President"), ("president",)),
        "prime-minister": (N_("title", "Prime Minister"), ("prime minister", "premier")),
        "first-deputy-prime-minister": (N_("title", "First Deputy Prime Minister"), ("first deputy prime minister", "first vice premier", "first vice prime minister")),
        "deputy-prime-minister": (N_("title", "Deputy Prime Minister"), ("deputy prime minister", "vice premier", "vice prime minister", "deputy premier")),
        "vice-president": (N_("title", "Vice President"), ("vice president", "vice-president")),
        "secretary-general": (N_("title", "Secretary General"), ("secretary general", "secretary-general")),
        "foreign-minister": (N_("title", "Minister of Foreign Affairs"), ("minister of foreign affairs", "foreign minister", "foreign affairs minister")),
        "minister": (N_("title", "Minister"), ("minister",)),
        "deputy-minister": (N_("title", "Deputy Minister"), ("deputy minister", "vice minister", "vice-minister")),
        "ambassador": (N_("title", "Ambassador"), ("ambassador", "envoy")),
        "speaker": (N_("title", "Speaker"), ("speaker",)),
        "chairman": (N_("title", "Chairman"), ("chairman", "chair", "chairperson")),
        "deputy": (N_("title", "Deputy"), ("deputy", "mp", "member of parliament", "lawmaker")),
        "governor": (N_("title", "Governor"), ("governor", "akim")),
        "director": (N_("title", "Director"), ("director", "head")),
    },
)

DOCUMENT_STATUS_CONTEXT = "document status"
# What extraction writes as a referenced document's status (a time phrase may follow it).
DOCUMENT_STATUSES = _terms(
    DOCUMENT_STATUS_CONTEXT,
    {
        "signed earlier": (N_("document status", "signed earlier"), ()),
        "signed every year": (N_("document status", "signed every year"), ()),
        "ratified": (N_("document status", "ratified"), ()),
        "expected to be signed": (N_("document status", "expected to be signed"), ()),
        "to be signed": (N_("document status", "to be signed"), ()),
        "expected to be concluded": (N_("document status", "expected to be concluded"), ()),
        "to be concluded": (N_("document status", "to be concluded"), ()),
        "to be established": (N_("document status", "to be established"), ()),
        "expected to be adopted": (N_("document status", "expected to be adopted"), ()),
        "to be adopted": (N_("document status", "to be adopted"), ()),
    },
)

PLANNED_KIND_CONTEXT = "planned event"
# The kinds of planned events (models.PLANNED_KINDS), as nouns.
PLANNED_KINDS = _terms(
    PLANNED_KIND_CONTEXT,
    {
        "visit": (N_("planned event", "visit"), ()),
        "meeting": (N_("planned event", "meeting"), ()),
        "talks": (N_("planned event", "talks"), ()),
        "session": (N_("planned event", "session"), ()),
        "forum": (N_("planned event", "forum"), ()),
        "conference": (N_("planned event", "conference"), ()),
        "summit": (N_("planned event", "summit"), ()),
        "signing": (N_("planned event", "signing of documents"), ()),
        "exhibition": (N_("planned event", "exhibition"), ()),
        "concert": (N_("planned event", "concert"), ()),
        "festival": (N_("planned event", "festival"), ()),
        "consultations": (N_("planned event", "consultations"), ()),
        "other": (N_("planned event", "event"), ()),
    },
)

# Who acts in a planned event when the article names no person.
ACTOR_CONTEXT = "actor"
THE_PARTIES = N_("actor", "the parties")
DELEGATION_OF = N_("actor", "delegation of {country}")

VOCABULARIES = {
    EVENT_TYPE_CONTEXT: EVENT_TYPES,
    DOCUMENT_TYPE_CONTEXT: DOCUMENT_TYPES,
    AREA_CONTEXT: COOPERATION_AREAS,
    TITLE_CONTEXT: TITLES,
    DOCUMENT_STATUS_CONTEXT: DOCUMENT_STATUSES,
    PLANNED_KIND_CONTEXT: PLANNED_KINDS,
}


@functools.lru_cache(maxsize=4096)  # the same labels and aliases are compared for every value
def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower().replace("–", "-"))


def match_term(text: str, vocabulary: dict[str, Term]) -> Term | None:
    """The vocabulary entry whose key, label or alias equals ``text`` (case-insensitive)."""
    wanted = _normal(text)
    for term in vocabulary.values():
        if wanted in (_normal(term.key), _normal(term.label), *map(_normal, term.aliases)):
            return term
    return None
