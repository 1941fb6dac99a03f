"""Cooperation areas as written: 'in the trade-economic, cultural and humanitarian areas' gives
'trade-economic', 'cultural', 'humanitarian'. Lists are accepted when their items are areas of
the controlled vocabulary (briefing.vocabulary), so a list of places or formats is not taken.

A pair the vocabulary names as one area ('trade and economic', 'transport and logistics',
'cultural and humanitarian') is kept as one item; so is a phrase whose two modifiers share one
head ('scientific and technological innovation', 'industrial and supply chains'). After 'in the
fields of', 'in such spheres as' and the like, items the vocabulary does not know are kept as
phrases ('lithium deposits development'), never cut in the middle.
"""

from __future__ import annotations

import functools
import re
import typing as t

from briefing.extract.lexicon import TITLE_HEADS, country_code
from briefing.extract.people import at_another_stop
from briefing.extract.text import Context, Sentence
from briefing.vocabulary import COOPERATION_AREAS, match_area, match_term

# the verb after a list of areas: "… agriculture and security came under discussion"
_VERB_AFTER_AREAS = r"came|come|comes|remain|remains|remained|became|become|becomes|featured|dominated"
_NOT_ITEM_WORD = r"(?!(?:as|in|on|but|with|within|which|where|whereby|while|through|for|to|at|by|between|and|including|was|were|is|are|be|been|has|have|had|will|would|which|that|signed|" \
                 r"aimed|designed|intended|geared|meant|" \
                 rf"{_VERB_AFTER_AREAS})\b)"
_ITEM = rf"(?!(?:of|the|a|an|these|those|this|that|both|all|its|their|our)\b){_NOT_ITEM_WORD}[a-z][a-z-]*(?:\s+{_NOT_ITEM_WORD}[a-z][a-z-]*){{0,3}}"
_LIST = rf"(?P<list>{_ITEM}(?:\s*[,;]\s*(?:and\s+|as\s+well\s+as\s+)?(?:the\s+)?{_ITEM}|\s+and\s+{_ITEM}|\s*,?\s+as well as\s+{_ITEM}|\s+but\s+also\s+(?:in\s+)?{_ITEM}){{0,20}})"
# after "in such fields as": items may be capitalized ("the Air Silk Road") and a little longer
_WIDE_ITEM = rf"(?!(?:of|a|an|its|their|our|these|those|this|that)\b){_NOT_ITEM_WORD}(?:the\s+)?[A-Za-z][\w-]*(?:\s+{_NOT_ITEM_WORD}[A-Za-z][\w-]*){{0,4}}"
_WIDE_LIST = (rf"(?P<list>{_WIDE_ITEM}(?:\s*[,;]\s*(?:and\s+|as\s+well\s+as\s+)?{_WIDE_ITEM}|\s+and\s+{_WIDE_ITEM}|\s*,?\s+as well as\s+{_WIDE_ITEM}|"
               rf"/{_WIDE_ITEM}){{0,24}})")  # ("Culture/Arts")
_AREA_NOUNS = r"(?:co-?operation|ties|links|(?<!public\s)relations?|spheres?|fronts|fields?|sectors?|areas?|realms?|domains?|dimensions?|partnership|" \
              r"collaboration|interaction|(?<!information )exchanges?|agenda)"  # "information exchange" is a field
# "in all areas, including", "in diverse fields – including", "in vital spheres, such as"
_QUANTIFIER = r"(?:key|priority|various|such|other|many|several|numerous|all|diverse|different|vital|important|main|" \
              r"major|promising|potential|possible|specific|relevant|crucial)"
# "in fields of common interest such as health": what the fields are, before the list of them
_OF_SHARED_INTEREST = r"(?:\s+of\s+(?:common|mutual|shared|joint)\s+interest)?"
_FIELD_WORDS = r"(?:fields?|spheres?|areas?|sectors?|industries|realms?|domains?|directions)"
# words right before a list that ends in an area noun: "in the", "commission for", "including", "boost", "the two countries’", "considered", "stable"
_ANCHOR = (r"(?:\b(?:in|on|of|for|including|(?:related|relating)\s+to|regarding|concerning)\s+(?:the\s+)?|\b(?:attention|importance|priority|emphasis)(?:\s+(?:was|were|is|are|been|has|had|given|paid|attached|placed)){0,3}\s+to\s+(?:the\s+)?|\b(?i:strengthening|strengthen|deepening|deepen|enhancing|enhance|boost|boosting|"
           r"develop|developing|expand|expanding|promote|promoting|intensify|intensifying|foster|fostering|reinforce|"
           r"reinforcing|advance|advancing|step\s+up|stepping\s+up|tighten|tightening|bolster|bolstering|consolidate|"
           r"consolidating|bilateral|building|considered|discussed|reviewed|"
           r"mentioned|noted|stressed|highlighted|emphasi[sz]ed|appreciated|praised|welcomed|underlined|"
           r"stable|close|strong|good|friendly|traditional|fruitful|established)\s+(?:the\s+)?|['’]s?\s+|"
           r"\b(?-i:[A-Z][a-z]+-[A-Z][a-z]+)\s+)")
STRONG = (
    # "cooperation in such fields as finance, logistics and new energy", "in the realms of digitalization and ..."
    # "an agreement covering the fields of energy, transport and agriculture"
    # "the sides particularly highlighted the fields of tourism, agriculture, …"
    # "the memorandum encompasses a broad range of issues including: trade; education; …": what a document covers
    re.compile(rf"\b(?:in|on|cover|covers|covered|covering|spanning|across|highlighted|emphasi[sz]ed|stressed|identified|"
               rf"singled\s+out|prioriti[sz]ed|underlined|encompass|encompasses|encompassed|encompassing)\s+"
               rf"(?:the\s+|a\s+(?:(?:wide|broad|whole|diverse)\s+)?(?:variety|range|number|spectrum)\s+of\s+)?"
               rf"(?:{_QUANTIFIER}\s+)?"
               rf"(?:{_FIELD_WORDS}|(?<=of\s)issues){_OF_SHARED_INTEREST}\s*[,–—-]?\s+(?:of|such as|as|like|including)\s*:?\s+"
               # "in a variety of areas, including substantive areas such as energy, …": the narrower list is the one
               rf"(?:(?:[a-z-]+\s+)?(?:areas|fields|spheres|sectors)\s+(?:such\s+as|like)\s+)?{_WIDE_LIST}"),
    re.compile(rf"\b(?:co-?operation|ties|relations|partnership|interaction|collaboration|co-?operate|co-?operating)\s+"
               rf"(?:\w+ly\s+)?(?:in|on)\s+(?:areas|fields|spheres|sectors|industries)?\s*such\s+as\s+{_WIDE_LIST}"),
    # "cooperation in green transition sectors, including renewable energy and hydrogen technologies"
    re.compile(rf"\b(?:co-?operation|ties|partnership|interaction|collaboration)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}"
               rf"(?:sectors|areas|fields|spheres|industries)\s*,\s*(?:including|such\s+as|notably|particularly)\s+{_WIDE_LIST}"),
    # "tremendous potential for cooperation, especially in farming and animal husbandry"
    re.compile(rf"\b(?:co-?operation|ties|partnership|collaboration)\s*,?\s+(?:especially|particularly|notably|mainly|primarily)\s+"
               rf"in\s+(?:the\s+)?{_WIDE_LIST}"),
    # "New Zealand's ties with South Africa range from trade and tourism; agriculture; fisheries …"
    re.compile(rf"\b(?:co-?operation|ties|relations|partnership)\s+(?:with\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?"
               rf"(?:range|ranges|ranged|span|spans|spanned|extend|extends)\s+(?:from|over|across)\s+{_WIDE_LIST}"),
    # "the Memorandum identifies several priority areas of cooperation, notably economy and trade, food, …"
    re.compile(rf"\b(?:areas|fields|spheres|sectors|directions)\s+of\s+(?:co-?operation|partnership|interaction)\s*,?\s*"
               rf"(?:notably|namely|including|such\s+as|particularly|in\s+particular)\s+{_WIDE_LIST}"),
)
PATTERNS = (
    # "cooperation in trade, economy and sports"; "cooperation in key sectors such as tourism, ..."
    # "economic partnerships focusing on energy, transport and agriculture"
    re.compile(rf"\b(?:[Cc]o-?operation|ties|relations|[Pp]artnerships?|[Ii]nteraction|[Cc]ollaboration|co-?operate|co-?operating|"
               rf"development|prospects|opportunities|work|projects|programs?|programmes?|memoranda|memorandums)\s+(?:\w+ly\s+)?"
               rf"(?:not\s+only\s+)?"  # "they cooperate not only in humanitarian affairs but also in economy"
               # "cooperation between Rome and Tbilisi on urban development": the sides, then the areas
               rf"(?:between\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w-]*"
               rf"(?:\s+(?-i:[A-Z])[\w-]*)?\s+)?"
               rf"(?:in|on|for|across|focusing\s+on|focused\s+on|with\s+(?:a|an)\s+(?:focus|emphasis)\s+on)\s+(?:the\s+)?"
               # "cooperation for India-Nepal connectivity, power trade, …": the pair of countries is no area
               rf"(?:(?-i:[A-Z][a-z]+-[A-Z][a-z]+)\s+)?"
               rf"(?:(?:key\s+|priority\s+|such\s+)?{_FIELD_WORDS}\s+(?:of|such as|as|like)\s+)?{_LIST}"),
    # "Key areas of cooperation identified during the talks included trade, ..."
    re.compile(rf"\b(?i:areas|spheres|fields|sectors|directions)\s+of\s+(?:\w+\s+)?(?:co-?operation|partnership|interaction|"
               rf"collaboration)\b[^.]{{0,60}}?"
               rf"\b(?:included|include|includes|(?:are|were)(?!\s+[a-z]+ed\b)|such as|including|like)\s+(?:the\s+)?{_LIST}"),
    # "in the fields of agriculture and light industry", "in areas such as digitalization, ..."
    re.compile(rf"\bin\s+(?:the\s+|a\s+(?:(?:wide|broad|whole|diverse)\s+)?(?:variety|range|number|spectrum)\s+of\s+)?(?:{_QUANTIFIER}\s+)?"
               rf"{_FIELD_WORDS}{_OF_SHARED_INTEREST}\s*[,–—-]?\s+(?:of|such as|as|like|including)\s+{_LIST}"),
    # "in the trade-economic, cultural and humanitarian areas", "boost trade-economic ties", "stable economic ties"
    re.compile(rf"{_ANCHOR}{_LIST}\s+{_AREA_NOUNS}\b"),
    # "in digital economy development and innovation implementation"
    re.compile(rf"\bin\s+(?:the\s+)?{_LIST}"),
    # "strengthen political dialogue"
    re.compile(r"(?<![\w-])(?P<list>[a-z]+(?:-[a-z]+)?\s+dialogue)\b"),
    # "matters of mutual trade, energy, transport, and agriculture were discussed"
    re.compile(rf"\b(?:matters|issues|questions|prospects)\s+of\s+(?:the\s+)?{_LIST}"),
    # "cooperation - the digital economy, agriculture, healthcare and other spheres": the closing words
    # say that what precedes is a list of areas, whatever stands before it
    re.compile(rf"(?:^|[-–—:]\s*|\b(?:the|in|on)\s+){_LIST},?\s+and\s+(?:many\s+|a\s+number\s+of\s+)?other\s+"
               rf"(?:{_FIELD_WORDS}|{_AREA_NOUNS})\b"),
    # "transport and logistics, tourism and agriculture can become the most promising areas of cooperation"
    # "…, agriculture, and sports were highlighted among the relevant areas of Turkmen-Turkish cooperation"
    re.compile(rf"(?<![\w-]){_LIST}\s+(?:are|were|remain|can\s+become|could\s+become|will\s+become|became|"
               rf"(?:are|were)\s+(?:highlighted|identified|named|noted|listed|singled\s+out|mentioned|defined)\s+"
               rf"(?:as|among))\s+(?:the\s+)?(?:most\s+)?(?:{_QUANTIFIER}\s+)?"
               # "Science, education and sports remain integral elements of the relationship"
               rf"(?:{_FIELD_WORDS}|(?:integral\s+)?(?:elements|components|pillars|priorities))\b"),
    # "revive contacts between business communities and healthcare, cultural, educational and agricultural spheres": a
    # comma list of single words that "spheres" closes names areas whatever stands before it (three items at least)
    re.compile(rf"(?:(?<=\band\s)|(?<=\bin\s)|(?<=\bthe\s)|(?<=\bof\s)|(?<=\bon\s))"
               rf"(?P<list>[a-z][a-z-]*(?:\s*,\s*[a-z][a-z-]*){{1,12}},?\s+and\s+(?!other\b)[a-z][a-z-]*)\s+{_FIELD_WORDS}\b"),
    # "Trade, economic and investment cooperation were also on the agenda": the subject of the sentence
    # "Energy as well as transport cooperation were among the issues discussed"
    re.compile(rf"(?<![\w-]){_LIST},?\s+(?:were|was)\s+(?:also\s+)?(?:on\s+the\s+agenda|discussed|considered|addressed|"
               rf"among\s+the\s+(?:\w+\s+)?(?:issues|topics|matters|questions|subjects)\s+(?:discussed|considered|addressed|raised|"
               rf"reviewed|on\s+the\s+agenda))\b"),
    # "including trade-economic and investment cooperation, water management, energy and industry": the list goes on
    # after the cooperation its first items qualify
    # ("… agriculture and security came under discussion": the list ends at the sentence's verb)
    re.compile(rf"\b(?:including|such\s+as|namely)\s+(?:[\w-]+\s+){{1,4}}?(?:co-?operation|ties|relations),\s+{_LIST}"
               rf"(?=\s*[.;]|$|\s+(?:were|was|are|is|{_VERB_AFTER_AREAS})\b)"),
    # "they discussed several issues such as the relations between A and B, expansion of trade, investment and …": the
    # issues a meeting discussed; the ones that are areas are kept, wherever they stand in the list
    # ("attention was paid to many matters of importance to the two countries, such as economic and trade affairs")
    re.compile(r"(?:\b(?:discussed|considered|reviewed|addressed|touched\s+upon|attention\s+(?:was|were)\s+(?:also\s+)?paid\s+to)"
               r"\s+(?:(?:several|various|a\s+number\s+of|many|a\s+(?:wide\s+)?range\s+of|key|important)\s+)?"
               r"(?:issues|matters|topics|questions|subjects)(?:\s+of\s+(?:mutual\s+|common\s+|great\s+|particular\s+)?"
               r"(?:importance|interest|concern)(?:\s+(?:to|for)\s+(?:the\s+|both\s+)?(?:two\s+)?(?:countries|sides|parties))?)?"
               r"\s*,?\s+(?:such\s+as|including|like)\s+"
               # "to discuss the entire range of Belarusian-Russian relations: the integration agenda, political dialogue, …"
               r"|\b(?:entire|whole|full|wide|broad)\s+(?:range|spectrum|complex)\s+of\s+(?:[\w-]+\s+){0,2}"
               r"(?:relations|co-?operation|ties|issues)\s*:\s*)(?P<list>[^.;:]+)"),
    # "The ministers stressed trade and investment, regional integration and …", "to discuss … as well as science and
    # technology": topics a meeting took up, told in prose; only those the vocabulary names as fields are kept
    re.compile(r"\b(?:discuss|discussed|discussing|stressed|emphasi[sz]ed|highlighted|underlined|touched\s+(?:up)?on|"
               r"talked\s+about|spoke\s+about|speak\s+about|(?:issues|matters|questions)\s+(?:relating|related)\s+to|"
               # "the issues of borders and energy were discussed": the topics before the verb that tells of them
               r"\b(?:issues|matters|questions|topics)\s+of(?=\s[^.;:]{1,80}?\s(?:were|was)\s+(?:also\s+)?(?:discussed|"
               r"considered|raised|addressed|touched\s+upon)\b))"
               r"\s+(?P<list>[^.;:]+)"),
)
_DROP = re.compile(rf"(?:^|\s+)(?!exchanges?$)(?:{_AREA_NOUNS}|industries)$|^(?:{_QUANTIFIER}\s+)?(?:fields?|spheres?|areas?|sectors?|realms?)\s+of\s+|"
                   rf"^(?:(?:development|expansion)\s+of|of)\s+(?:the\s+)?|^up\s+|"
                   rf"^(?:in\s+)?(?:particular|especially|notably|primarily|mainly|particularly)\s+|"
                   rf"^(?:issues?|matters?|questions?|problems?|terms?|topics?|concerns?)\s+of\s+(?:the\s+)?|"
                   # "the significance of inter-parliamentary cooperation": the area is what follows "of"
                   rf"^(?:significance|importance|role|value|potential|prospects?|necessity|need|ways?)\s+(?:of|for)\s+(?:the\s+)?|"
                   rf"^(?:the|bilateral|mutually beneficial|mutual|key|other|various|all|such|"
                   rf"strengthening|strengthen|deepening|deepen|enhancing|enhance|boost|boosting|develop|developing|tighten|tightening|"
                   rf"expand|expanding|promote|promoting|reinforcing|increasing|improving|intensifying|fostering|"
                   rf"advancing|further|close|stable|strong|good|friendly|traditional|fruitful|constructive|practical|joint|"
                   rf"greater|closer|stronger|deeper|wider|broader|new|more|direct|high-level|top-level)\s+|"
                   # "expanding trade volumes", "building up logistics capabilities": the field, not its measure
                   rf"\s+(?:volumes?|capabilit(?:y|ies)|capacit(?:y|ies)|opportunities|connections|links)$",
                   re.I)
_VERBS = {"strengthening", "deepening", "developing", "expanding", "enhancing", "promoting", "boosting", "reinforcing",
          "increasing", "improving", "intensifying", "fostering", "advancing"}
_RELATIONAL = {"bilateral", "multilateral", "intergovernmental", "interstate", "strategic",
               "allied", "friendly", "mutual", "comprehensive", "multifaceted", "good-neighbourly", "practical",
               "further", "regional", "international", "close", "fruitful", "other", "new", "key", "various"}
# a list item that opens with a verb is a clause: "provide academic guidance", "offer technical expertise"
_INFINITIVE_FIRST = re.compile(r"(?:provide|offer|ensure|support|help|promote|develop|strengthen|establish|create|build|"
                               r"hold|organi[sz]e|share|conduct|implement|improve|increase|enhance|expand|facilitate|"
                               r"assist|train|open|launch|attract|boost|deepen|explore|discuss|consider)\s", re.I)
_STOP_ITEMS = re.compile(r"^(?:the\s+)?(?:near future|future|level|format|platforms?|basis|framework|issues?|others?\s+issues|"
                         r"ways|means|steps|measures|mechanisms|possibilit(?:y|ies)|opportunit(?:y|ies)|"  # "ways to enhance"
                         r"(?:other\s+)?(?:bodies|authorities|agencies|institutions|departments)|"
                         r"matters?|field|areas?|industries|sectors|spheres|fields|realms|domains|(?:mutual |common |shared )?interests?|"
                         r"(?:mutual |common )?concern|priority|priorities|region|country|countries|capital|city|state|development|support|"
                         r"(?:(?:regional|global|common|new) )?(?:threats|challenges)|others?|among\s+others|inter\s+alia|"
                         r"other (?:areas|fields|spheres|sectors)|etc|the like|so on|so forth|so|well|as well|also|too|however|more|many more|"
                         r"the|a|an|of|for|to|with|"
                         r"these|those|"  # "… and so on" cut before its "on"; "as well to …" with its "as" lost
                         r"especially|particularly|notably|mainly|primarily|in particular|"
                         # "tourism and other promising sectors": a bare qualifier is no field, nor a pronoun
                         rf"{_QUANTIFIER}|them|it|they|public|private)$|^other\b|"
                         # "a wide response in diplomatic circles and media": people, not a field
                         r"^(?:[a-z-]+\s+)?circles$|"
                         # "the 50th anniversary of the establishment of diplomatic relations": relations, no field
                         r"^(?:the\s+)?establish(?:ment|ing)\b")


def _vocabulary_pair(first: str, second: str) -> bool:
    """'trade and economic', 'transport and logistics': one area of the vocabulary, kept as one item."""
    term = match_term(f"{first} and {second}", COOPERATION_AREAS)
    return term is not None and f"{first} and {second}".lower() in (term.key, *term.aliases)


_SIZES = {"small", "medium", "medium-sized", "large", "micro", "big"}


def _sizes_of_one_noun(first: str, second: str) -> bool:
    """'small and medium-sized enterprises', 'small and medium business': one area, never 'small' alone."""
    return first.lower() in _SIZES and second.split()[0].lower() in _SIZES


def _shared_head(first: str, second: str) -> bool:
    """'scientific and technological innovation', 'industrial and supply chains': two modifiers of one noun.
    The second part names a field ('commercial and start joint projects' is a clause, not a noun)."""
    return len(first.split()) == 1 and bool(re.search(r"(?:al|ic|ive|ary)$", first)) and len(second.split()) >= 2 \
        and is_area(second)


def _head_for_both(first: str, second: str) -> list[str] | None:
    """'green and digital economy' -> 'green economy', 'digital economy': a modifier that is no area
    alone ('green') shares the head of the next phrase, and with it names an area of the vocabulary."""
    words = second.split()
    if len(first.split()) != 1 or len(words) < 2 or match_term(first, COOPERATION_AREAS) or \
            _vocabulary_pair(first, second):  # "clothing and textile industry" is named as a whole
        return None
    own = f"{first} {' '.join(words[1:])}"
    return [own, second] if match_term(own, COOPERATION_AREAS) else None


def _two_areas(first: str, second: str) -> bool:
    """'inter-parliamentary and law-making experience': each part is an area of its own."""
    return match_term(f"{first} and {second}", COOPERATION_AREAS) is None and \
        match_term(first, COOPERATION_AREAS) is not None and match_term(second, COOPERATION_AREAS) is not None


def _shared_complement(first: str, second: str) -> bool:
    """'prevention and elimination of emergencies': two actions on one object, kept as one item."""
    return bool(re.fullmatch(r"[a-z]+(?:tion|ment|ance|ence|ing)", first)) and \
        bool(re.match(r"[a-z]+(?:tion|ment|ance|ence|ing)\s+of\s+\S", second))


def _waits_for_industry(first: str, second: str) -> bool:
    """'clothing and textile industry': a word that is no area alone shares the industry the next part names."""
    words = second.split()
    return len(first.split()) == 1 and match_term(first, COOPERATION_AREAS) is None and len(words) >= 2 and \
        words[-1] in ("industry", "industries", "sector", "production", "manufacturing")


def _modifier_of_next(first: str, second: str) -> bool:
    """'production of medical and pharmaceutical products': the first part ends in a modifier that waits for
    the second part's noun; it names no field until joined to it."""
    return len(first.split()) >= 2 and _dangling(first) and len(second.split()) >= 2 and not _dangling(second)


# "…, Russian media has reported", "…, Trend reports": who told the news, after the last field
_TOLD_NEXT = re.compile(r"\s+(?:has\s+|have\s+)?(?:reported|reports|said|says|wrote|writes|informs|informed)\b")


def _without_teller(phrase: str, text: str, end: int) -> str:
    """'communications and information technology, Russian media' before 'has reported': the last item told the news."""
    return phrase.rsplit(",", 1)[0] if "," in phrase and _TOLD_NEXT.match(text, end) else phrase


# "as well as sharing expertise and information and developing projects": what the sides will do, no field of
# cooperation, unless what is shared or developed is one ("developing tourism and trade")
_ACTIVITY = re.compile(r"(?:,?\s*(?:as\s+well\s+as|and)\s+|,\s*|^)(?P<verb>sharing|exchanging|developing|implementing|"
                       r"conducting|carrying\s+out|holding|exchange|share)\s+(?P<object>(?!of\b)[a-z][a-z\s-]*?)"
                       r"(?=\s*(?:[,;]|$)|\s+and\s+(?:sharing|exchanging|developing|implementing|conducting|carrying|holding)\b)")


def _without_activities(phrase: str) -> str:
    return _ACTIVITY.sub(lambda done: done.group(0) if is_area(done.group("object").split(" and ")[0]) else "", phrase)


def split_items(phrase: str) -> list[str]:
    phrase = _without_activities(phrase)
    # ("Culture/Arts": two fields a slash joins)
    parts = re.split(r"(\s+but\s+also\s+(?:in\s+)?|\s*,?\s+as well as\s+|\s*[,;]\s*(?:and\s+|as well as\s+)?|\s+and\s+|"
                     r"(?<=[A-Za-z])/(?=[A-Za-z]))", phrase)
    items, joiners = parts[0::2], [""] + parts[1::2]
    cleaned: list[str] = []
    for item, joiner in zip(items, joiners, strict=True):
        item = _tidy(item)
        if not item:
            continue
        joined_by_and = bool(cleaned) and re.fullmatch(r"\s+and\s+", joiner) is not None
        shared = _head_for_both(cleaned[-1], item) if joined_by_and and not _sizes_of_one_noun(cleaned[-1], item) else None
        if shared:
            cleaned[-1:] = shared
            continue
        if joined_by_and and not _two_areas(cleaned[-1], item) and \
                (_vocabulary_pair(cleaned[-1], item) or _shared_head(cleaned[-1], item) or
                 _shared_complement(cleaned[-1], item) or _modifier_of_next(cleaned[-1], item) or
                 _sizes_of_one_noun(cleaned[-1], item) or _waits_for_industry(cleaned[-1], item)):
            cleaned[-1] = f"{cleaned[-1]} and {item}"
            continue
        cleaned.append(item)
    return cleaned


_POSSESSIVE_DETERMINER = re.compile(r"^(?:our|their|its|his|her|your)\s+(?=\S)")
# a list's verb read as its last item: "… and culture, as well as strengthen cooperation in the region"
_A_BARE_VERB = re.compile(r"(?:strengthen|deepen|develop|expand|enhance|promote|boost|increase|improve|intensify|"
                          r"foster|advance|reinforce|continue|discuss|consider|support|ensure)", re.I)


def _tidy(item: str) -> str:
    """'the economy' -> 'economy', 'our economic' -> 'economic', 'building economic' -> 'economic', 'energy sector'
    -> 'energy'."""
    item = item.strip()
    previous = None
    while previous != item:
        previous = item
        item = _POSSESSIVE_DETERMINER.sub("", item)  # "(development of) our economic relations"
        item = re.sub(r",?\s+(?:among\s+others|and\s+others|etc\.?|and\s+so\s+on|inter\s+alia)$", "", item)  # "digital
        # technology among others": the list's tail, no part of the field
        dropped = _DROP.sub("", item).strip()
        if match_term(item, COOPERATION_AREAS) and not match_term(dropped, COOPERATION_AREAS):
            break  # 'development cooperation' is the field of aid; 'development' alone is none
        item = dropped
        # "inter-parliamentary cooperation boost", "the economic realm still lags": words after the area
        # noun are not part of the area (a clause, when there are several)
        item = re.sub(rf"^(\S+(?:\s+\S+)?)\s+{_AREA_NOUNS}\s+[a-z]+(?:\s+[a-z]+)*$", r"\1", item)
        item = re.sub(rf"^{_AREA_NOUNS}\s+[a-z]+(?:\s+[a-z]+)*$", "", item)  # "cooperation took place"
        # "environmental protection issues": the field; "border issues" is a field of its own only when listed so
        issues = re.fullmatch(r"(.+?)\s+(?:issues|matters|questions)", item)
        if issues and match_term(issues.group(1), COOPERATION_AREAS):
            item = issues.group(1)
        # "the major infrastructure", "energy projects": a size or a scheme of the field is no part of its name
        scaled = re.fullmatch(r"(?:major|large|large-scale|big|key|important|joint|new|various|priority)\s+(.+)", item)
        if scaled and is_area(scaled.group(1)) and not match_term(item, COOPERATION_AREAS):
            item = scaled.group(1)
        schemed = re.fullmatch(r"(.+?)\s+projects?", item)
        if schemed and match_term(schemed.group(1), COOPERATION_AREAS) and not match_term(item, COOPERATION_AREAS):
            item = schemed.group(1)
        # "commercial and economic activities": the fields the activities are in
        active = re.fullmatch(r"(.+?)\s+activit(?:y|ies)", item)
        if active and is_area(re.split(r"\s+and\s+", active.group(1))[-1]):
            item = active.group(1)
        # "youth exchanges" is the area 'youth'; "prisoner exchanges" is a field of its own
        exchanged = re.fullmatch(r"(.+?)\s+exchanges?", item)
        if exchanged and is_area(exchanged.group(1)) and not match_term(item, COOPERATION_AREAS):
            item = exchanged.group(1)
        # "qualitative expansion of trade", "promotion of cooperation": an action on an area is the area
        acted_on = _ACTION_OF.fullmatch(item)
        if acted_on and not match_term(item, COOPERATION_AREAS):
            item = acted_on.group("area") if is_area(acted_on.group("area")) else item
        words = item.split()
        if len(words) >= 2 and (re.fullmatch(r"[a-z]+(?:ing|ed)", words[0]) or words[0] in _BARE_VERBS) and \
                words[0] not in _NOUN_GERUNDS and not is_area(words[0]) and not match_term(item, COOPERATION_AREAS):
            item = " ".join(words[1:])  # "building economic ties", "established close …", "intensify trade"
    return item


# words in -ing that name a thing or a trade, not an action on the field after them: "drinking water",
# "processing industry", "shipping lines"
_NOUN_GERUNDS = frozenset("drinking processing manufacturing mining housing shipping banking farming fishing training "
                          "engineering printing publishing packaging recycling refining smelting".split())


# "to enhance political dialogue, intensify trade and economic relations": a verb before the area of a list
# ("support youth initiatives, and preserve cultural heritage": what a memorandum aims at, the field its object)
_BARE_VERBS = frozenset("intensify enhance expand develop strengthen boost promote advance deepen increase support preserve "
                        "protect".split())
_ACTION_OF = re.compile(r"(?:[a-z]+\s+)?(?:expansion|promotion|activation|intensification|deepening|strengthening|"
                        r"increase|growth|support|implementation|enhancement|development|building|directions?|exchanges?|sharing|"
                        r"preservation|"
                        r"issues|questions|matters|process|prospects)\s+of\s+"  # "current issues of inter-parliamentary"
                        r"(?:the\s+)?(?P<area>.+)")
_FUNCTION_WORD = r"(?:of|the|a|an|to|for|in|on|at|by|with|from|and|or|between|its|their|our)"
# people and bodies, not fields: "the industry ministers", "the energy companies", "the trade delegation"
_AGENT_NOUNS = r"(?:ministers?|ministries|officials|leaders|heads|representatives|delegations?|companies|commissions?|" \
               r"visits?|meetings?)"


def is_fragment(item: str) -> bool:
    """Not a field's name but a piece of a clause: it ends in a function word ('types of', 'legislative
    support of the'), or a determiner stands inside it ('visit of the executive', 'Ministries heading the
    bilateral commission', 'revenue from the mining'). Areas of the vocabulary are never fragments."""
    if match_term(item, COOPERATION_AREAS):
        return False
    acted_on = _ACTION_OF.fullmatch(item)
    return bool(re.search(rf"\s{_FUNCTION_WORD}$", item, re.I) or
                re.search(r"\b(?:how|what|which|where|when|why|whose)\b", item, re.I) or  # "the way how democracy"
                re.search(r"\S\s+(?:the|a|an|its|their|our|this|these|those)\s", item, re.I) or
                re.search(rf"\s{_AGENT_NOUNS}$", item, re.I) or
                # "activation of contacts": an action on something that is no area
                acted_on and not is_area(acted_on.group("area")))


_TWO_SHARE_A_NOUN = re.compile(r"(?P<first>[a-z-]+)\s+and\s+(?P<second>[a-z-]+)\s+(?P<noun>[a-z-]+(?:\s+[a-z-]+)?)")


@functools.lru_cache(maxsize=2048)
def is_area(item: str) -> bool:
    """An area of the vocabulary, or a phrase whose main word is one ('light industry')."""
    if item in _RELATIONAL or _STOP_ITEMS.match(item):
        return False
    if match_area(item):  # "new technologies", "infrastructure projects"
        return True
    shared = _TWO_SHARE_A_NOUN.fullmatch(item)
    if shared and (match_area(f"{shared['second']} {shared['noun']}") or match_area(f"{shared['first']} {shared['noun']}")):
        return True  # "ecological and environmental protection": two fields that share their noun
    words = re.split(r"[\s-]+", item)
    compounds = item.split()  # "agro-industrial complex": the compound itself may be an area word
    candidates = {words[0], words[-1], compounds[0], compounds[-1]} - _AREAS_ONLY_ALONE
    return any(match_term(word, COOPERATION_AREAS) for word in candidates) and words[0] not in _RELATIONAL


# Words that are an area as an item of their own ("agriculture, food, energy") but not as the main word of a
# longer phrase ("supplies of demanded food" is a topic of the talks, not an area)
_AREAS_ONLY_ALONE = frozenset({"food", "foodstuffs"})


def _accepted(items: list[str], pattern_index: int, closed_by_fields: bool = False) -> list[str]:
    """Keep items up to the first that is not an area; lists of three or more tolerate one stray item."""
    single_words = all(re.fullmatch(r"[a-z-]+", item) for item in items)
    kept = [item for item in items if not _filler(item)]
    if pattern_index == _CLOSED_LIST:  # no anchor before it: most of its words must be areas
        return kept if single_words and len(kept) >= 3 and sum(map(is_area, kept)) >= 0.6 * len(kept) else []
    if closed_by_fields and single_words and len(items) >= 2 and any(map(is_area, items)):
        return kept  # "in the economic, cultural and human areas": the closing word says each adjective is an area
    # after "cooperation in", "in the fields of", "matters of" the list is announced as areas: half will do
    share = 0.5 if pattern_index in _ANNOUNCED else 0.6
    # (an odd first item says the anchor belongs to it: "the status of earlier decisions, trade, …")
    if len(kept) >= 4 and sum(map(is_area, kept)) >= share * len(kept) and is_area(kept[0]):
        # a long list of areas: its odd items are areas too, but not a clause that follows it
        # ("..., humanitarian spheres, and exchanged views", "..., including issues related to")
        return [i for i in kept if not is_fragment(i) and
                (is_area(i) and len(i.split()) <= 6 or len(i.split()) <= 3 and not _CLAUSE_ITEM.search(i))]
    accepted = []
    strays = 0
    for item in items:
        if _filler(item):
            continue
        if is_fragment(item):
            break
        if is_area(item):
            accepted.append(item)
        elif len(items) >= 4 and strays == 0 and len(item.split()) <= 2 and accepted:
            strays += 1
            accepted.append(item)
        else:
            break
    if pattern_index in (4, 6) and len(accepted) < 2:
        return []  # a bare "in X" is accepted only for lists of areas
    if pattern_index == 5 and accepted and accepted[0].split()[0] not in _AREA_ADJECTIVES:
        return []
    return accepted


def _a_named_field(item: str) -> bool:
    """A field the vocabulary names, as written or in a frame that does not change it ('economic relations',
    'new technologies'): among topics told in prose, a phrase that only ends in an area word ('the importance of
    energy') is no field."""
    return match_area(item) is not None and not is_fragment(item) and not _filler(item)


def _filler(item: str) -> bool:
    """A word of relation, a verb or a stop word that a list of areas carries but that names no area."""
    return item in _RELATIONAL or item in _VERBS or bool(_STOP_ITEMS.match(item))


def _accepted_wide(items: list[str]) -> list[str]:
    """After 'in such fields as': every item that reads as a field, up to a clause or 'and others'."""
    accepted = []
    for item in items:
        item = re.sub(r"^the\s+", "", item)
        owned = _OWNED_BY_A_PLACE.search(item)
        if owned and is_area(item[:owned.start()]):
            item = item[:owned.start()]  # "energy security of Europe": the field is energy security
        if _STOP_ITEMS.match(item.lower()) or re.match(r"others?\b|etc\b", item):
            break
        if _CLAUSE_ITEM.search(item) or len(item.split()) > 5 or is_fragment(item) or _INFINITIVE_FIRST.match(item) or \
                re.search(r"\b(?:is|are|was|were|will|would|has|have|had|be|it|they|them|reports?|said|says|via|according)\b", item):
            break  # ("… as well as provide academic guidance": a verb, what a side will do, no field)
        accepted.append(item)
    return accepted


# a participle opens a clause ("exchanged views"); the second part of a compound does not ("medium-sized")
_ANNOUNCED = (0, 1, 2, 6, 7)  # PATTERNS whose anchor says a list of areas follows
_NAMED_AREAS = 8  # the PATTERNS entry of a list that a verb then names as areas ("… were highlighted among the areas")
_CLOSED_LIST = 9  # the PATTERNS entry of a list closed by "spheres" with no anchor before it
_ON_THE_AGENDA = 10  # the PATTERNS entry of a list that a sentence opens and says was discussed
_ISSUES_SUCH_AS = 12  # the PATTERNS entry of the issues a meeting discussed: only its areas are kept
_NEGATED = re.compile(r"\b(?:not|never|n['’]t|without)\s+(?:\w+\s+)?$", re.I)  # what comes before a verb of talk
_TOPICS_TOLD = 13  # the PATTERNS entry of topics a verb of talk names: only the fields of the vocabulary are kept
_OF_THE_SIDES = re.compile(r"\s+(?:of|between|for)\s+(?:the\s+|our\s+)?(?:two|both)\b.*$")
_SAID_DISCUSSED = re.compile(r"\b(?:were|was)\s+(?:also\s+)?(?:on\s+the\s+agenda|discussed|considered|addressed|among\s+the\s+(?:\w+\s+)?"
                             r"(?:issues|topics|matters|questions|subjects))\b")
# a participle opens a clause ("exchanged views"); an adjective or noun in -ed does not ("advanced technology")
_CLAUSE_ITEM = re.compile(r"^(?:including|such|other|both)\b|(?<![\w-])(?!(?:advanced|applied|speciali[sz]ed|integrated|"
                          r"automated|unmanned|skilled|organi[sz]ed|connected|red|seed|feed|speed|need)\b)[a-z]+ed\b")


_AREA_ADJECTIVES = {"political", "scientific-expert", "scientific", "economic", "cultural", "humanitarian",
                    "strategic", "energy", "security", "parliamentary", "inter-parliamentary", "interparliamentary"}


# "trade, education, humanitarian cooperation, and military.": the list goes on past the noun that closed it
_LAST_AFTER_THE_NOUN = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+(?P<item>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)(?=\s*[.;]|$)")


def _offset(text: str, item: str, start: int, end: int) -> int:
    """Where ``item`` stands as whole words in the list ('culture' is not the end of 'agriculture'), or -1."""
    found = re.compile(rf"(?<![\w-]){re.escape(item)}(?![\w-])").search(text, start, end)
    return found.start() if found else text.find(item, start, end)


def _overlapping(pattern: re.Pattern[str], text: str, start: int, end: int) -> t.Iterator[re.Match[str]]:
    """Each match of ``pattern``, the next searched from where the list of the last one begins: in "opportunities for
    collaboration in vocational education", the anchor "collaboration in" stands inside the first match's list."""
    at, last_end = start, start
    while (match := pattern.search(text, at, end)) is not None:
        at = max(match.start("list"), match.start() + 1)
        if match.start() < last_end and match.start() > 0 and text[match.start() - 1].isalnum():
            at = match.start() + 1
            continue  # inside the last match, only an anchor that begins a word: not the hyphen of "trade-economic"
        last_end = max(last_end, match.end())
        yield match


# "a recognized leader in many areas": what one side excels in ("exchanging experience in areas such as …" is a field
# of the ties)
_PRAISED_IN = re.compile(r"\b(?:leaders?|leading|excels?|excelled|excellence)\s+$", re.I)


def _praised_in(text: str, sentence: Sentence, match: re.Match[str]) -> bool:
    return text.startswith("in ", match.start()) and \
        bool(_PRAISED_IN.search(text, max(sentence.start, match.start() - 40), match.start()))


# a name in quotation marks after the word that announces it: "a conference on the topic «The role of partnership in
# ensuring sustainable development»" names an event; its words are no field of the ties
_QUOTED_TITLE = re.compile(r"\b(?:topic|theme|title|titled|entitled|motto|slogan|named|called|themed)\s*:?\s*"
                           r"[«“\"](?P<title>[^«»“”\"]+)[»”\"]", re.I)


def _in_a_quoted_title(text: str, sentence: Sentence, position: int) -> bool:
    return any(title.start("title") <= position < title.end("title")
               for title in _QUOTED_TITLE.finditer(text, sentence.start, sentence.end))


def _headline(context: Context) -> list[Sentence]:
    """The headline as a sentence of its own, when the text holds it before the body: "X and Y discussed issues of
    trade, economic, interregional, and fuel-energy cooperation" names the fields the body may not list again."""
    headline = context.article.headline
    start = context.text.find(headline) if headline else -1
    if not headline or start < 0 or start >= context.body_start:
        return []
    return [Sentence(start, start + len(headline), headline, -1, -1)]


FIELD_OF_A_DOCUMENT = "a field a document signed is named by"
FIELD_OF_A_NAMED_DOCUMENT = "a field in the proper name of a document signed"


# what "X cooperation" or "X exchange" names when a body's noun follows it
_NAMES_A_BODY = re.compile(r"\s+(?:group|council|commission|committee|mechanism|board|platform|format|fund)s?\b")


def find_areas(context: Context) -> list[tuple[str, int, int, str]]:
    found: list[tuple[str, int, int, str]] = []
    seen: set[str] = set()
    for sentence in [*_headline(context), *context.sentences]:
        if at_another_stop(context, sentence, sentence.end):
            continue  # "His agenda in Venezuela included agreements in petrochemicals, …": the fields of another stop
        hits = []
        strong_spans: list[tuple[int, int]] = []
        for pattern in STRONG:
            for match in pattern.finditer(context.text, sentence.start, sentence.end):
                if _praised_in(context.text, sentence, match):
                    continue  # "a recognized leader in many areas, including …": praise of one side, no field of ties
                strong_spans.append((match.start("list"), match.end("list")))
                for item in _accepted_wide(split_items(_without_teller(match.group("list"), context.text, match.end("list")))):
                    offset = _offset(context.text, item, match.start("list"), match.end("list") + 1)
                    why = "listed after 'in such fields as'" + ("" if is_area(item) else ", a phrase the vocabulary lacks")
                    hits.append((item, offset if offset >= 0 else match.start("list"), why))
        for index, pattern in enumerate(PATTERNS):
            if index == _ON_THE_AGENDA and not _SAID_DISCUSSED.search(sentence.text):
                continue  # the list-first pattern has no anchor of its own: tried only where a verb can close it
            for match in _overlapping(pattern, context.text, sentence.start, sentence.end):
                if any(a <= match.start("list") < b for a, b in strong_spans) or _praised_in(context.text, sentence, match) \
                        or _in_a_quoted_title(context.text, sentence, match.start("list")):
                    continue  # read as a wide list already, or what one side excels in
                phrase = _without_teller(match.group("list"), context.text, match.end("list"))
                if index == 5 and phrase.split()[0] in _RELATIONAL:
                    continue
                if index == 3 and phrase.strip().lower() == "diplomatic" and re.search(r"\s(?:relations|ties)$", match.group(0)):
                    continue  # "the establishment of diplomatic relations": the relations themselves, no field of them
                if index == 3 and re.search(r",\s+(?:noting|stressing|saying|adding|underlining|emphasi[sz]ing|"
                                            r"highlighting|pointing)\b", phrase):
                    continue  # "… on the regional agenda, noting the constructive collaboration": a clause, no list
                if index == 3 and re.search(r"\s(?:the|a|an)$", phrase.strip()):
                    continue  # "… mechanism, deepen the exchange": a verb's object, no list of fields before the noun
                if index == 3 and _NAMES_A_BODY.match(context.text, match.end()):
                    continue  # "the parliamentary cooperation group", "the legislative exchange mechanism": a body's name
                if index == 3 and re.search(r",\s+and\s+the\s", phrase):
                    continue  # "agreements on the protection of classified defense information, and the military
                    # cooperation": the last of a list of documents' subjects, not a list of fields
                if index in (_NAMED_AREAS, _ON_THE_AGENDA):  # "Trade, economy and …": the list opens the sentence
                    opening = re.fullmatch(r"\s*([A-Z][a-z-]+)(,\s*|\s+and\s+|\s+as\s+well\s+as\s+)", context.text[sentence.start:match.start("list")])
                    if index == _ON_THE_AGENDA and not opening and match.start("list") != sentence.start:
                        continue  # "… said that trade was discussed": a clause, no list opening the sentence
                    phrase = f"{opening.group(1).lower()}{opening.group(2)}{phrase}" if opening else phrase
                items = split_items(phrase)
                closed = index == 3 and re.search(rf"\s{_FIELD_WORDS}$", match.group(0)) is not None
                if index in (_ISSUES_SUCH_AS, _TOPICS_TOLD):  # "economic development of the two countries": the sides are no part of it
                    items = [_OF_THE_SIDES.sub("", item) for item in items]
                if index == _ISSUES_SUCH_AS:
                    accepted = [item for item in items if is_area(item) and not is_fragment(item)]
                elif index == _TOPICS_TOLD:
                    items = split_items(re.split(r"\s+(?:were|was)\s", phrase)[0])  # "… energy were discussed": the verb ends them
                    if _NEGATED.search(context.text[sentence.start:match.start()]):
                        continue  # "the meeting did not touch upon political issues"
                    accepted = [item for item in items if _a_named_field(item)]
                else:
                    accepted = _accepted(items, index, closed)
                for item in accepted:
                    offset = _offset(context.text, item, match.start("list"), match.end("list") + 1)
                    why = _WHY[index] + ("" if is_area(item) else ", an odd item in a list of areas")
                    hits.append((item, offset if offset >= 0 else match.start("list"), why))
                last = _LAST_AFTER_THE_NOUN.match(context.text, match.end(), sentence.end) if index == 3 and accepted else None
                if last and is_area(last.group("item")) and not _filler(last.group("item")):
                    # "the banking sector, as well as energy issues": the field, not its issues
                    item = re.sub(r"\s+(?:issues|matters|questions)$", "", last.group("item"))
                    hits.append((item if is_area(item) else last.group("item"), last.start("item"),
                                 "the last of a list of areas, after its noun"))
        hits.extend(_bulleted(context, sentence))
        for item, offset, why in sorted(hits, key=lambda hit: hit[1]):
            if any(other != item and offset == at and other.startswith(f"{item} ") for other, at, _ in hits):
                continue  # "information" read off "information exchange", which another pattern read whole
            key = item.lower()
            if key not in seen and _singular(key) not in seen and f"{key}s" not in seen:  # "museum" and "museums": one field
                seen.add(key)
                found.append((item, offset, offset + len(item), why))
    return [hit for hit in found if not _both_parts_listed(hit[0], seen) and not _part_of_a_pair(hit[0], seen)
            and not _dangling(hit[0]) and not _said(hit[0]) and not _A_BARE_VERB.fullmatch(hit[0])
            and not _modifier_of_another(hit[0], seen)
            and hit[0].lower() not in _RELATIONAL and not _an_office_named(hit[0])
            and not country_code(re.sub(r"['’]s$", "", hit[0]))]  # "including Singapore’s priorities": a side, no field


# "The parties agreed to cooperate in key areas such as:" and the fields below it, one bullet a line
_BULLETS_OPENED = re.compile(rf"\b{_FIELD_WORDS}\b[^.\n]{{0,40}}?(?:such\s+as|including|as\s+follows|following)?\s*:\s*$")
_BULLET_LINE = re.compile(r"[ \t]*[—–•*-][ \t]*(?P<item>[^\n]+?)[ \t]*[;.,]?[ \t]*(?:\n|$)")


def _bulleted(context: Context, sentence: Sentence) -> list[tuple[str, int, str]]:
    """The fields a sentence ending in 'areas such as:' lists below it, a bullet a line."""
    if not _BULLETS_OPENED.search(sentence.text.rstrip()):
        return []
    hits: list[tuple[str, int, str]] = []
    at = sentence.end
    while True:
        while at < len(context.text) and context.text[at] in " \t\n":
            at += 1
        line = _BULLET_LINE.match(context.text, at)
        if line is None:
            return hits
        for item in _accepted_wide(split_items(line.group("item"))):
            offset = _offset(context.text, item, line.start("item"), line.end("item"))
            hits.append((item, offset if offset >= 0 else line.start("item"), "listed under 'in such fields as:'"))
        at = line.end()


_OWNED_BY_A_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}$")


def _modifier_of_another(item: str, seen: set[str]) -> bool:
    """'people-to-people' beside 'people-to-people exchanges': a compound modifier of a field found whole."""
    return "-" in item and any(other.startswith(f"{item.lower()} ") and len(other.split()) == 2 for other in seen)


def _part_of_a_pair(item: str, seen: set[str]) -> bool:
    """'economic' beside 'trade and economic': one of the two parts of a pair found as a whole."""
    return any(item.lower() in other.split(" and ") for other in seen if other.count(" and ") == 1 and other != item.lower())


def _singular(key: str) -> str:
    """'museums' → 'museum'; a word not in -s, or one in -ss ('business'), as it is."""
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


def _an_office_named(item: str) -> bool:
    """'in the field of agriculture, Minister Ch.Ulaan expressed …': the subject of the next clause, someone's
    office and initial, read as one more item of the list."""
    return any(word.lower() in TITLE_HEADS for word in re.findall(r"\b[A-Z][a-z]+\b", item))


# Words with an adjective's ending that are nouns: "the potential", "initiatives", "history"
_NOUNS_WITH_ADJECTIVE_ENDINGS = frozenset(
    "potential capital proposal festival hospital terminal material metal mineral chemical animal journal signal "
    "initiative objective incentive alternative perspective directive executive representative "
    "history territory category memory factory laboratory inventory secretary library boundary summary anniversary "
    "public music traffic republic clinic topic logistic ceramic plastic fabric graphic".split())
ADJECTIVE_ENDING = re.compile(r"(?:al|ive|ory|ary|ic|ous|ful|major|large-scale)$")


def _dangling(item: str) -> bool:
    """A modifier with no noun after it ('developmental', 'history of bilateral', 'large-scale industrial'),
    unless the vocabulary names it as a field ('political', 'economic and cultural')."""
    words = item.lower().split()
    if not words or not ADJECTIVE_ENDING.search(words[-1]) or words[-1] in _NOUNS_WITH_ADJECTIVE_ENDINGS:
        return False
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", item.lower())
    return not all(match_term(part, COOPERATION_AREAS) for part in parts)


def _said(item: str) -> bool:
    """'he said': a clause of speech caught in a list, no field."""
    # ("…, and electric vehicles, said Prime Minister X": the verb that names the speaker after the list)
    return re.search(r"^(?:said|says|noted|added|stressed|emphasi[sz]ed|stated|told)$|"
                     r"\b(?:he|she|they|it|we)\s+(?:said|says|noted|added|stressed|emphasized|emphasised)\b", item, re.I) is not None


def _both_parts_listed(item: str, listed: set[str]) -> bool:
    """'cultural and humanitarian' where 'cultural' and 'humanitarian' are listed on their own: told twice."""
    parts = re.fullmatch(r"(.+?)\s+and\s+(.+)", item.lower())
    return parts is not None and parts.group(1) in listed and parts.group(2) in listed


_WHY = ("'cooperation in ...'", "'areas of cooperation included ...'", "'in the fields of ...'",
        "a list before 'cooperation', 'ties' or 'spheres'", "a list of areas after 'in'", "'... dialogue'",
        "'matters of ...'", "a list closed by 'and other spheres'",
        "a list named the areas of cooperation", "a list of single words closed by 'spheres'",
        "a list the sentence opens with and says was discussed",
        "a list that goes on after the cooperation its first items qualify", "an area among the issues discussed",
        "a field among the topics told")
