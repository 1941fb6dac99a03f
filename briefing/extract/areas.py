"""Cooperation areas as written: 'in the trade-economic, cultural and humanitarian areas' gives
'trade-economic', 'cultural', 'humanitarian'. Lists are accepted when their items are areas of
the controlled vocabulary (briefing.vocabulary), so a list of places or formats is not taken."""

from __future__ import annotations

import functools
import re

from briefing.extract.text import Context
from briefing.vocabulary import COOPERATION_AREAS, match_term

_NOT_ITEM_WORD = r"(?!(?:as|in|on|with|for|to|at|by|between|and|was|were|is|are|be|been|has|have|had|will|would|which|that|signed)\b)"
_ITEM = rf"(?!(?:of|the|a|an)\b){_NOT_ITEM_WORD}[a-z][a-z-]*(?:\s+{_NOT_ITEM_WORD}[a-z][a-z-]*){{0,3}}"
_LIST = rf"(?P<list>{_ITEM}(?:\s*,\s*(?:and\s+)?(?:the\s+)?{_ITEM}|\s+and\s+{_ITEM}|\s*,?\s+as well as\s+{_ITEM}){{0,12}})"
_AREA_NOUNS = r"(?:cooperation|ties|relations|spheres?|fields?|sectors?|areas?|partnership|collaboration|interaction|exchanges?)"
PATTERNS = (
    # "cooperation in trade, economy and sports"; "cooperation in key sectors such as tourism, ..."
    re.compile(rf"\b(?:cooperation|ties|relations|partnership|interaction|collaboration|cooperate|cooperating|"
               rf"development|prospects|opportunities|work|projects)\s+(?:in|on|for)\s+(?:the\s+)?(?:(?:key\s+|priority\s+|such\s+)?"
               rf"(?:fields?|spheres?|areas?|sectors?|industries)\s+(?:of|such as|like)\s+)?{_LIST}"),
    # "Key areas of cooperation identified during the talks included trade, ..."
    re.compile(rf"\b(?:areas|spheres|fields|sectors|directions)\s+of\s+(?:\w+\s+)?cooperation\b[^.]{{0,60}}?"
               rf"\b(?:included|include|includes|are|were|such as|including|like)\s+{_LIST}"),
    # "in the fields of agriculture and light industry", "in areas such as digitalization, ..."
    # "in a variety of sectors, including trade, the economy, ...", "in the domains of energy, industry"
    re.compile(rf"\bin\s+(?:the\s+|a\s+(?:wide\s+)?(?:variety|range|number)\s+of\s+)?(?:(?:key|priority|various|such)\s+)?"
               rf"(?:fields?|spheres?|areas?|sectors?|domains?)\s*,?\s+(?:of|such as|like|including)\s+{_LIST}"),
    # "in the trade-economic, cultural and humanitarian areas", "boost trade-economic ties"
    re.compile(rf"(?:\b(?:in|on|of)\s+(?:the\s+)?|\b(?:strengthening|strengthen|deepening|deepen|enhancing|enhance|"
               rf"boost|boosting|develop|developing|expand|expanding|promote|promoting|bilateral)\s+)"
               rf"{_LIST}\s+{_AREA_NOUNS}\b"),
    # "in digital economy development and innovation implementation"
    re.compile(rf"\bin\s+(?:the\s+)?{_LIST}"),
    # "strengthen political dialogue"
    re.compile(r"\b(?P<list>[a-z]+(?:-[a-z]+)?\s+dialogue)\b"),
)
_DROP = re.compile(rf"(?:^|\s+){_AREA_NOUNS}$|^(?:fields?|spheres?|areas?|sectors?)\s+of\s+|^(?:development|expansion|of)\s+(?:of\s+)?(?:the\s+)?|"
                   rf"^(?:the|bilateral|mutually beneficial|mutual|key|other|various|all|such|"
                   rf"strengthening|strengthen|deepening|deepen|enhancing|enhance|boost|boosting|develop|developing|"
                   rf"expand|expanding|promote|promoting|reinforcing|increasing|improving|intensifying|fostering|"
               rf"advancing|further)\s+")
_VERBS = {"strengthening", "deepening", "developing", "expanding", "enhancing", "promoting", "boosting", "reinforcing",
          "increasing", "improving", "intensifying", "fostering", "advancing"}
_RELATIONAL = {"bilateral", "multilateral", "interregional", "intergovernmental", "interstate", "strategic",
               "allied", "friendly", "mutual", "comprehensive", "multifaceted", "good-neighbourly", "practical",
               "further", "regional", "international", "close", "fruitful", "other", "new", "key", "various"}
_STOP_ITEMS = re.compile(r"^(?:the\s+)?(?:near future|future|level|format|platforms?|basis|framework|issues?|"
                         r"matters?|field|areas?|region|country|countries|capital|city)$")


def split_items(phrase: str) -> list[str]:
    items = re.split(r"\s*,?\s+as well as\s+|\s*,\s*(?:and\s+)?|\s+and\s+", phrase)
    cleaned = []
    for item in items:
        item = item.strip()
        previous = None
        while previous != item:
            previous = item
            item = _DROP.sub("", item).strip()
        if item:
            cleaned.append(item)
    return cleaned


@functools.lru_cache(maxsize=2048)
def is_area(item: str) -> bool:
    """An area of the vocabulary, or a phrase whose main word is one ('light industry')."""
    if item in _RELATIONAL or _STOP_ITEMS.match(item):
        return False
    if match_term(item, COOPERATION_AREAS):
        return True
    words = re.split(r"[\s-]+", item)
    compounds = item.split()  # "agro-industrial complex": the compound itself may be an area word
    candidates = {words[0], words[-1], compounds[0], compounds[-1]}
    return any(match_term(word, COOPERATION_AREAS) for word in candidates) and words[0] not in _RELATIONAL


def _accepted(items: list[str], pattern_index: int) -> list[str]:
    """Keep items up to the first that is not an area; lists of three or more tolerate one stray item."""
    kept = [i for i in items if i not in _RELATIONAL and i not in _VERBS and not _STOP_ITEMS.match(i)]
    if len(kept) >= 4 and sum(map(is_area, kept)) >= 0.6 * len(kept):
        # a long list of areas: its odd items are areas too, but not a clause that follows it
        # ("..., humanitarian spheres, and exchanged views", "..., including issues related to")
        return [i for i in kept if len(i.split()) <= 3 and (is_area(i) or not _CLAUSE_ITEM.search(i))]
    accepted = []
    strays = 0
    for item in items:
        if item in _RELATIONAL or item in _VERBS or _STOP_ITEMS.match(item):
            continue
        if is_area(item):
            accepted.append(item)
        elif len(items) >= 4 and strays == 0 and len(item.split()) <= 2 and accepted:
            strays += 1
            accepted.append(item)
        else:
            break
    if pattern_index == 4 and len(accepted) < 2:
        return []  # a bare "in X" is accepted only for lists of areas
    if pattern_index == 5 and accepted and accepted[0].split()[0] not in _AREA_ADJECTIVES:
        return []
    return accepted


_CLAUSE_ITEM = re.compile(r"^(?:including|such|other|both)\b|\b[a-z]+ed\b")


_AREA_ADJECTIVES = {"political", "scientific-expert", "scientific", "economic", "cultural", "humanitarian",
                    "strategic", "energy", "security", "parliamentary", "inter-parliamentary"}


def find_areas(context: Context) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    seen: set[str] = set()
    for sentence in context.sentences:
        hits = []
        for index, pattern in enumerate(PATTERNS):
            for match in pattern.finditer(context.text, sentence.start, sentence.end):
                phrase = match.group("list")
                if index == 5 and phrase.split()[0] in _RELATIONAL:
                    continue
                items = split_items(phrase)
                for item in _accepted(items, index):
                    offset = context.text.find(item, match.start("list"), match.end("list") + 1)
                    hits.append((item, offset if offset >= 0 else match.start("list")))
        for item, offset in sorted(hits, key=lambda hit: hit[1]):
            key = item.lower()
            if key not in seen:
                seen.add(key)
                found.append((item, offset, offset + len(item)))
    return found
