"""Documents: signed at the event, or referenced (signed earlier, every year, or still to come).

A document noun counts only when a signing-type verb governs it ("signed a memorandum",
"a MoU was signed", "expected to sign a number of documents", "agreed to conclude an
agreement"); "an agreement was reached" or "implement agreements" are not documents.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import typing as t
from dataclasses import dataclass, field

from briefing.extract.event import ARRIVED_TO_SIGN, FUTURE, POSSIBLE_SIGNING
from briefing.extract.lexicon import (
    CHAMBERS,
    DEMONYMS,
    GEO_WORDS,
    PLURAL_BODY,
    SINGULAR_DOCUMENTS,
    TITLE_HEADS,
    countries_in,
    country_code,
    ends_with_country,
    english_name,
    one_body_of_each,
)
from briefing.extract.orgs import same_institution
from briefing.extract.people import at_another_stop
from briefing.extract.text import Context, Sentence, clean, in_another_month, opens_in_another_month
from briefing.ingest import MONTH_PATTERN, is_headline
from briefing.models import ONE_OF_SEVERAL, SignedDocument, generic_document_title
from briefing.vocabulary import COUNT_WORDS, COUNTRY_POSSESSIVE, DOCUMENT_TYPES, NAMED_AFTER_ITS_KIND, match_term

_NOUNS = (r"memorand(?:ums?|a)|memos?|MoUs?|MoCs?|agreements?|treaty|treaties|accords?|pacts?|deals?|road\s?maps?|"
          r"declarations?|joint\s+statements?|statements?|(?:joint\s+)?communiqu[eé]s?|protocols?|plans?|programmes?|programs?|contracts?|conventions?|"
          r"charters?|strateg(?:y|ies)|(?:exchange\s+)?letters?\s+of\s+(?:intent|exchange)|exchange\s+letters?|exchange\s+notes|"
          # "the note on the non-refundable aid was signed": a diplomatic note, named by what it is on
          r"exchange\s+of\s+(?:notes|letters)|(?:diplomatic\s+)?notes?(?=\s+on\s)|"
          # "signed the minutes of the second meeting of the Coordination Council": the meeting's record
          r"minutes(?=\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:meeting|session|sitting)\b)|"
          # "signed the Rules of Procedure of the Committee on Consular Affairs": a joint body's rules
          r"rules\s+of\s+procedure|"
          r"documents?")
DOC_NOUN = re.compile(rf"\b(?P<noun>{_NOUNS})\b", re.I)
# the day of a signing ("signed on Monday"), never a document's subject or side
_OF_KIND = r"\s+of\s+(?:understanding|cooperation|intent)"  # "memorandum of understanding", "protocol of intent"
_ADJECTIVE_ENDING = r"(?:al|ic|ive|ary|ian|ese)"  # "political", "economic", "executive": a word of a kind, no field
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_VERBS = r"sign|signs|signed|signing|ink|inked|inks|inking|conclude|concluded|concluding|adopt|adopted|establish|" \
         r"established|initial(?:l)?ed|exchanged|approve|approved|ratified|endorsed|sealed|entered into|enter into|" \
         r"formali[sz]e|formali[sz]es|formali[sz]ed|" \
         r"(?:(?:have|has|had)\s+)?put\s+(?:their|his|her|its)\s+signatures?\s+(?:to|on|under)|" \
         r"agreed\s+(?:on|upon)(?!\s+(?:sign|conclu|adopt|ink))"  # "(have) put their signatures to"; "agreed on five
# cooperation agreements" (counted only; "agreed on signing a memorandum" is the signing's own verb)
_VERB_BEFORE = re.compile(rf"\b(?P<verb>{_VERBS})\b,?(?:\s+on\s+behalf\s+of\s+(?:the|their|his|her|its)\s+[\w-]+)?"
                          rf"(?:\s+[\w'’$%.,–-]+){{0,6}}?\s*[‘“«\"]?$", re.I)  # "signed ‘Memorandum …’"  # "signed $1bln worth contracts"
_AUX = r"(?:was|were|(?:has|have|had)\s+(?:also\s+|already\s+)?been|is|are|(?:will|shall)\s+(?:also\s+|soon\s+)?be|to be|" \
       r"(?:is|are)\s+(?:also\s+)?(?:expected|planned|scheduled|set)\s+to\s+be)"  # "MoUs will also be signed"
_SIGNED = r"(?P<verb>signed|signing|inked|concluded|adopted|initial(?:l)?ed|approved|exchanged)\b"
_ADVERB = r"(?:(?:also|already|officially|jointly|successfully|reportedly|finally)\s+)?"
# "four agreements and several memoranda of understanding will be signed": a second document shares the verb
_COORDINATED = rf"(?:\s*,?\s+(?:and|or|as\s+well\s+as)\s+(?:[\w$-]+\s+){{0,4}}?(?:{_NOUNS})(?:\s+of\s+(?:understanding|cooperation|intent))?)?"
# "the agreements … signed at the summit": a participle that tells where or when a document was signed
_SIGNED_AT = r"(?:signed|adopted|concluded|inked)\s+(?:at|during|in|on|by|today|yesterday)\b"
_WORTH = r"(?:\s+worth\s+(?:[^,.;]|[.,](?=\d)){1,40}?)?"  # "contracts worth more than $8bln (629.1 million) were signed"
_VERB_AFTER = re.compile(
    rf"^\s*(?:\([^)]*\)\s*)?{_COORDINATED}{_WORTH}(?:,?\s*which(?:\s+\w+){{0,2}})?"
    # "documents aimed at deepening the partnership were signed", "an agreement ... in Kazakhstan will be signed"
    # "agreements aimed at deepening cooperation in the trade, economic and cultural spheres will be signed"
    rf"(?:(?:\s+(?:aimed|focusing|formali[sz]ing|establishing|confirming)\b(?:[^,.;:]|,(?=\s+[a-z])){{0,120}}?|"
    rf"\s+(?:in|on|for|with|to|regarding)\b[^,.;:]{{0,70}}?)?"
    rf"\s*{_AUX}\s+{_ADVERB}"
    rf"|{_AUX}?\s*{_ADVERB}(?:being\s+)?){_SIGNED}", re.I)
# "Among the notable accords were an Extradition Treaty, …": any words may praise what the list is of
_ENUMERATION = re.compile(r"(?:including|includes?|included|among (?:these|them|those|the\s+(?:[\w-]+\s+){0,2}(?:ones|documents|agreements|deals|accords|memoranda))(?: (?:is|are|was|were))?|as well as|"
                          r"(?:these|they) (?:are|were|include|included)|"
                          # "The five cooperation agreements are Memorandum of Understanding on …, …"
                          r"(?:documents|agreements|memoranda|memorandums|accords|deals)\s+(?:signed\s+)?(?:are|were)|"
                          r"in particular|namely|,\s*and|such as|along with|there (?:was|were|is|are)(?:\s+also)?|"
                          # "Another document is the Agreement on …": the next of the documents told before
                          r"(?:another|the\s+(?:second|third|fourth|fifth|next|other|last|final))\s+(?:document|agreement|one)"
                          r"(?:\s+signed)?\s+(?:is|was))"
                          r"\s+(?:a|an|the)?\s*$", re.I)
# "... agreements and memorandums of understanding": a document noun right after another one
_AFTER_DOCUMENT = re.compile(rf"\b(?:{_NOUNS})(?:\s+of\s+(?:understanding|cooperation|intent))?\s*(?:,|and|or|as well as)\s+"
                             r"(?:a|an|the)?\s*$", re.I)
# the items of a list that opens with a colon, goes on with commas, or is set out with dashes in running text
_LIST_MARK = re.compile(r"(?::|,|;|(?:^|\s)[-–—•])\s*(?:and\s+)?(?:[Aa]|[Aa]n|[Tt]he)?\s*$|\w\s+and\s+(?:a|an)\s+$")
# "three memoranda: on education, on health and on tourism", "agreements on A and on B were signed"
_ON_LIST = re.compile(r"\s*:?\s*on\s+(?P<items>[^,;:.]+?(?:,\s*on\s+[^,;:.]+?)*(?:,?\s+and\s+on\s+[^,;:.]+?))"
                      r"(?=\s+(?:were|was|have|has|had|are|is|will|in|at|during)\b|[,;.]|$)")
_ABBREVIATION = re.compile(r"M[Oo][UuCc]s?")


def _abbreviation_defined(noun: str, mentions: list[DocMention]) -> bool:
    """'the MOU' after 'a Memorandum of Understanding (MOU)': an abbreviation an earlier title spelled out."""
    bracketed = f"({noun.lower()})"
    return noun[1:].lower() != noun[1:] and any(bracketed in m.title.lower() for m in mentions)


# "..., the Protocol on Customs and the Memorandum on Tourism": the last of a list of named documents
_AND_THE = re.compile(r"\w\s+and\s+(?:the\s+)?$")  # "the Agreement on A and (the) Protocol on B"
# "the United Nations Development Programme", "the World Food Programme": an agency, not a document
_AGENCY = re.compile(r"\b(?:United\s+Nations|UN|U\.N\.|World|International|European|Asian|Islamic)\b[\w\s-]{0,40}"
                     r"\b(?:Programme|Program|Plan|Fund)\b")
_PLURAL_NOUNS = frozenset(("memoranda", "memorandums", "agreements", "protocols", "roadmaps", "road maps", "documents",
                           "mous", "treaties", "declarations", "contracts"))
# (a word that says the document is only hoped for is no part of its name: "a prospective free trade agreement")
_LEFT_WORDS = re.compile(r"^(?!(?:prospective|potential|possible|future|proposed|planned|envisaged|expected|upcoming|forthcoming)$)(?:joint|mutually|new|separate|additional|further|multiple|various|important|key|intergovernmental|inter-government(?:al)?|interregional|interagency|inter-agency|cooperation|"
                         r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozens?|"
                         r"bilateral|trilateral|multilateral|comprehensive|strategic|final|framework|loan|grant|"
                         r"free|waiver|exemption|readmission|extradition|embassy|shared|twinning|"  # "free trade", "visa waiver"
                         r"credit|supply|trade|transit|transport|customs|border|air|road|rail|railway|sea|visa|tax|water|energy|gas|oil|power|"
                         r"nuclear|peace|ceasefire|defen[cs]e|security|health|tourism|labou?r|science|culture|education|space|investment|export|import|purchase|procurement|offtake|sales|lease|financing|partnership|several|extended|enhanced|revised|updated|amended|\d+|[A-Z][\w-]*|[\w-]+(?:al|ic|ive|ary|ion)|[a-z]+-free|"
                         r"(?:short|medium|mid|long)-term|(?!(?:implement|supplement|complement)$)\w{3,}ment)$")
_FUTURE = re.compile(r"\b(?:importance|need|necessity) of\b[^.]*\bsigning\b|"
                     r"\b(?:(?<!political )(?<!good )(?<!goodwill )(?<!their )(?<!its )(?<!his )(?<!her )(?<!our )will|shall|expected to|likely to|(?<![Aa]ction )(?<!\ban )(?<!\ba )(?<!\bthe )(?-i:plans?) to|planned to|planning to|intends? to|(?:is|are) intended to|agreed to|going to|to be|(?:is|are) set to|"
                     r"(?:proposed|proposes|propose|suggested|suggests|offered|offers|recommended|recommends|recommend)\s+(?:to|signing|concluding)|(?:approved|decided|resolved)\s+to\s+(?:sign|exchange|conclude)\b|"
                     r"is to|are to|in the near(?:est)? future|soon|next (?:year|month|week)|importance of signing|"
                     # "The programme of the visit includes the signing of …": what a plan holds is still to come
                     r"(?:plan|planned|programme|program|agenda|schedule)\s+(?:of\s+(?:the|his|her)\s+(?:[\w-]+\s+)?visit\s+)?"
                     r"(?:also\s+)?(?:includes?|envisages?|foresees?|provides\s+for)\b|"
                     # "The delegations were to sign numerous documents": a report's future, told before the signing
                     r"(?:was|were)\s+(?:also\s+)?(?:to|set\s+to|expected\s+to|due\s+to)\s+(?:sign|conclude|ink|adopt)|"
                     r"agreed\s+(?:on|upon)\s+(?:the\s+)?signing|"  # "the parties agreed on signing a memorandum"
                     r"prepare for signing|preparation of|anticipated|is expected|are expected|"
                     # "the meeting is due to end in the signing of …", "is scheduled for a work visit to sign …"
                     r"(?:is|are|was|were)\s+due\s+to\s+(?!the\b|an?\b)[a-z]+|(?:is|are)\s+scheduled\s+(?:for|to)\b|"
                     # "Azerbaijan and Saudi Arabia are preparing to sign a memorandum": a signing still to come
                     r"(?:preparing|prepare|prepares|getting\s+ready|ready)\s+to\s+(?:sign|conclude|ink)|"
                     rf"{ARRIVED_TO_SIGN}|"
                     # "expressed interest in signing a memorandum": a wish, nothing signed yet
                     r"(?:interest|readiness|intention|desire|willingness|wish)\s+(?:in|to|for)\s+(?:the\s+)?(?:sign|signing|conclude|concluding)|"
                     # "we believe it is important to sign the Strategy": a wish for a signing to come
                     r"(?:important|necessary|essential|crucial|vital|imperative|time|need|needs|needed|ready)\s+to\s+(?:sign|conclude|ink|adopt)|"
                     r"would\s+(?:sign|conclude|adopt|ink)|"
                     rf"{POSSIBLE_SIGNING}|negotiations?\s+(?:on|over|about|toward|towards)\s+(?:concluding|signing)|"
                     r"invit(?:ed|es|e|ing)\s+[^.;]{1,80}?\bto\s+(?:sign|conclude|ink)|(?:expressed|expresses|voiced)\s+(?:the\s+|their\s+|his\s+|her\s+)?"
                     r"hope)\b", re.I)
_CONSEQUENCE = re.compile(r"\b(?:that|which)\s+will\s+(?:have|bring|give|open|contribute|serve|help|make)\b[^,;]*")
# "signing the agreement would bring relations to a new level": the signing is a prospect, its document unsigned
_SIGNING_AS_SUBJECT = re.compile(r"\bsigning\s+(?:of\s+)?(?:the|an?)\s+[^.;]*$", re.I)
# "… would bring relations to a new level", "… is of great importance": what the signing would do or mean
_WOULD_AFTER = re.compile(r"[^.;,]{0,120}?\b(?:(?:would|could|should|can|will)\s+(?!be\s+signed)|(?:is|are)\s+(?:of\s+(?:great|"
                          r"particular|special|paramount|utmost)\s+importance|important|necessary|essential|crucial)\b)", re.I)
# "He made the remark during the signing ceremony of the memorandum": the signing took place; what it "will" do is its
# effect, not a signing to come
_CEREMONY_HELD = re.compile(r"\b(?:during|at|after|following)\s+(?:the|a)\s+(?:[\w-]+\s+)?signing\s+ceremony\b|"
                            r"\bsigning\s+ceremony\s+(?:took\s+place|was\s+held)\b", re.I)


def _ceremony_held(context: Context) -> bool:
    """The text tells of the signing ceremony as held, in its own words (not a speaker's)."""
    for sentence in context.sentences:
        held = _CEREMONY_HELD.search(sentence.text)
        if held and not FUTURE.search(sentence.text) and not context.in_quote(sentence.start + held.start()):
            return True
    return False


# "earlier this week", "earlier today", "earlier on Tuesday": when the reported event took place, not an earlier signing
# (unless the lead puts the event on another weekday: _earlier_on_another_weekday)
_IN_A_MONTH_AFTER = re.compile(rf"\s+(?:back\s+)?in\s+(?P<month>{MONTH_PATTERN})(?![\w.])(?!\s+\d)")
_EARLIER = re.compile(rf"\b(?:earlier(?!\s+(?:this\s+week|today|in\s+the\s+day|the\s+same\s+day|that\s+day|on\s+{_WEEKDAY}))|previously|recently|last year|last month|before|in the past|ago|"
                      r"in (?:19|20)\d\d(?!\s*[-–—]\s*\d)|back then|at that time|"  # "in 2019", not "in 2023-2025" a title names
                      # "during the December 2022 state visit": a visit of another month and year
                      r"during the (?:January|February|March|April|May|June|July|August|September|October|November|December) "
                      r"(?:19|20)\d\d|"
                      r"last (?:January|February|March|April|May|June|July|August|September|October|November|December)|"
                      r"since then|since (?:19|20)\d\d|so far|to date|(?:have|has)\s+already\s+signed|recall(?:ed|ing)?|over the (?:past\s+|last\s+)?(?:\w+\s+)?years|"
                      r"in (?:the\s+)?(?:past|previous|recent)\s+(?:\w+\s+)?years|since independence|"
                      # "has signed agreements with over 20 news agencies, a third of them during the last 5 years"
                      r"(?:during|in)\s+the\s+(?:last|past)\s+(?:\d+|[a-z]+)\s+years|with\s+(?:over|more\s+than)\s+\d+\s|"
                      r"already\s+(?:met|held|visited)(?!\s+today)|"  # "recalled that … was signed"
                      # "The trip comes shortly after A and B signed a peace deal": a signing before this event
                      r"(?:comes|came)\s+(?:shortly\s+|just\s+|soon\s+|(?:(?:a|one|two|three|four|five|a\s+few|several|\d+)\s+)?(?:days?|weeks?|months?)\s+)?after|"
                      r"(?:comes|came)\s+on\s+the\s+heels\s+of|"
                      # "have signed 20 bilateral agreements that are the basis for cooperation": the treaty base
                      r"(?:that|which)\s+(?:are|form|constitute|serve\s+as|make\s+up)\s+the\s+(?:legal\s+|contractual\s+)?"
                      r"(?:basis|foundation|framework)\s+(?:for|of)\b)\b", re.I)
# "As we previously reported": the report is earlier, not the signing
# "as reported earlier", "local media reported earlier that …": when the news was told, not when it was signed
_REPORTING = re.compile(r"\b(?:as\s+(?:we\s+)?)?(?:previously|earlier)\s+reported\b|\bit was (?:previously|earlier) reported\b|"
                        r"\b(?:reported|said|announced|informed|wrote|stated)\s+(?:earlier|previously)(?=\s+that\b)", re.I)
_EVERY = re.compile(r"\b(?:every year|each year|annually|yearly|regularly)\b", re.I)
_TIME_PHRASE = re.compile(r"\s+(?:in the near(?:est)? future|soon|next (?:year|month|week)|by the end of (?:the|this|next) \w+|"
                          r"in (?:19|20)\d\d|at the (?:next|upcoming) [\w\s]+)", re.I)
# "the roadmaps signed following the visit": a participle names which documents are meant
_PARTICIPLE_AFTER = re.compile(r",?\s+(?:signed|adopted|concluded|inked)\s+"
                               r"(?:between\s+(?:them|(?:the\s+)?(?:two|both)\s+(?:sides|countries|parties|states|governments))\s+)?"
                               r"(?:following|during|after|in|at|on|by|within|last|as part of|"
                               r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d)")
# the other side (and what it is on) between a title and its participle: "the Memorandum of Understanding with the
# U.S. Concerning Strategic Civil Nuclear Cooperation (NCMOU), signed in September 2019"
_OTHER_SIDE_THEN_PARTICIPLE = re.compile(
    r"\s+with\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}(?:\s+(?i:on|concerning|regarding)\s+[^,;()]{2,120}?)?"
    r"(?:\s*\([A-Za-z]{2,10}\))?(?=,?\s+(?:signed|adopted|concluded|inked)\s)")
# a text the leaders put out together: "made a joint statement", "issued a joint communique" adopt it at the event
_JOINT_TEXT = re.compile(r"joint\s+(?:statement|communiqu[eé])", re.I)
# "issued a joint statement", "The agreements … were followed by a joint statement"
_ISSUED_BEFORE = re.compile(r"\b(?P<verb>made|make|issued|issue|released|(?:were|was)\s+followed\s+by)\s+(?:a|an|the)\s+$", re.I)
_PARTICIPLE = {"sign": "signed", "conclude": "concluded", "establish": "established", "adopt": "adopted",
               "approve": "approved", "ink": "signed", "initial": "initialed"}


@dataclass
class DocMention:
    noun: str
    start: int
    end: int  # end of the title
    title: str
    type: str
    parties: list[str] = field(default_factory=list)
    status: str | None = None
    in_quote: bool = False
    generic: bool = False  # "documents", "several memoranda": may be covered by itemised ones
    signatories: list[str] = field(default_factory=list)
    last_start: int = 0  # where the document was last mentioned
    why: list[str] = field(default_factory=list)  # the rules that found it: "verb before", "listed", ...
    subject: str | None = None  # what a document named only by its field covers: "geology"
    refers_back: bool = False  # "the corresponding accord": a document the text describes in other words
    one_more: bool = False  # "Another MoU was signed": never the one named before


def doc_type(noun: str) -> str:
    word = noun.lower()
    if word.startswith(("statement", "joint statement", "communiq", "joint communiq")):
        return "declaration"
    if "letter" in word:
        return "other"
    word = {"memoranda": "memorandum", "mous": "mou", "mocs": "moc", "treaties": "treaty",
            "deal": "agreement", "deals": "agreement"}.get(word, word)  # "signed a gas deal": an agreement
    word = re.sub(r"(?<=[a-z])s$", "", word) if word not in ("mou", "moc") else word
    term = match_term(word, DOCUMENT_TYPES)
    return term.key if term else "other"


def find_documents(context: Context, resolve_party: t.Callable[[str], str | None],
                   known: t.Sequence[str] = (), event_type: str = "") -> list[DocMention]:
    text = context.text
    known = list(known)
    mentions: list[DocMention] = []
    lists = _document_lists(context)
    in_list = [span for _, items in lists for span in items]
    for sentence in context.sentences:
        if _in_a_list(sentence, in_list):
            continue  # an item of a list of documents: read with its list (_listed)
        local: list[DocMention] = []  # a title never leaves its sentence: only these can contain a later noun
        for match in DOC_NOUN.finditer(text, sentence.start, sentence.end):
            if any(m.start <= match.start() < m.end for m in local):
                continue  # "Protocol on Implementing the Agreement on ...": a name inside another title
            found = _document_at(context, sentence, match, mentions, local, resolve_party, known,
                                 after_list=any(start < sentence.start for start, _ in in_list))
            for mention in found:
                local = [m for m in local if not mention.start <= m.start < mention.end]  # now inside this title
                local.append(mention)
        mentions.extend(local)
    mentions.extend(_listed(context, lists, mentions, known))
    mentions.extend(_draft_resolutions(context, mentions))
    mentions = _by_subject(context, mentions, in_list)
    mentions = [told for mention in mentions for told in _by_purpose(context, mention)]
    mentions = [told for mention in mentions for told in _described_next(context, mention)]
    mentions = [mention for mention in mentions if not _names_a_described_package(context, mention, mentions)]
    mentions = [told for mention in mentions for told in _told_by_ordinal(context, mention, mentions, resolve_party, known)]
    mentions = [told for mention in mentions for told in _one_and_another(context, mention)]
    for mention in mentions:
        _typed_by_the_counted_class(context, mention)
    mentions = _one_per_pair(context, mentions)
    for mention in mentions:
        if mention.subject is None:
            mention.subject = _own_subject(context, mention) or _provided_for_next(context, mention, mentions)
    mentions.sort(key=lambda m: m.start)
    mentions = [mention for mention in mentions if not _elaborates_earlier(mention, mentions, context)
                and not _named_one_by_one_after(mention, mentions, context)
                and not _retells_a_counted_package(mention, mentions)
                and not _counted_then_told_one_by_one(mention, mentions)
                and not _a_class_of_documents(context, mention)]
    for mention in mentions:
        if context.sentence_at(mention.start).index == 0 and is_headline(context.sentence_at(mention.start).text):
            mention.why.append(_IN_HEADLINE)
    # nothing is signed over the phone, and a parliament ratifies what was signed before: a document such an event
    # names as signed was signed on another occasion
    before = {"phone_call": "named in a phone call", "ratification": "signed before it was ratified"}.get(event_type)
    if before:
        for mention in mentions:
            if mention.status is None:
                mention.status = "signed earlier"
                mention.why.append(before)
    return mentions


# "agreements such as the one we have signed today": the kind of document, of which the one signed is an example
_SUCH_AS_THIS_ONE = re.compile(r"\s+(?:such\s+as|like)\s+(?:the\s+one|this(?:\s+one)?|that(?:\s+one)?|these|those|ours)\b",
                               re.I)


def _a_class_of_documents(context: Context, mention: DocMention) -> bool:
    return mention.generic and _SUCH_AS_THIS_ONE.match(context.text, mention.end) is not None


def _in_a_list(sentence: Sentence, in_list: t.Sequence[tuple[int, int]]) -> bool:
    """Whether the sentence overlaps an item of a list of documents set out line by line."""
    return any(sentence.start < end and start < sentence.end for start, end in in_list)


_INTRODUCES_ITEMS = re.compile(r"[^.;]{0,40}?(?:\s[–—-]|:)\s")


def _named_one_by_one_after(mention: DocMention, mentions: list[DocMention], context: Context) -> bool:
    """"the signing of two new cooperation documents – Memorandum A and Memorandum B": the count introduces the
    documents its sentence then names, no document of its own."""
    if not mention.generic or not _INTRODUCES_ITEMS.match(context.text, mention.end):
        return False
    sentence = context.sentence_at(mention.start)
    return any(not other.generic and mention.end < other.start < sentence.end for other in mentions)


# "the documents, which include agreements to deepen cooperation in …": what a package holds, told as a class
_WHICH_INCLUDE = re.compile(rf"\b(?:{_NOUNS}|documents?)\s*,?\s+(?:which|that)\s+(?:also\s+)?include[sd]?\s+$", re.I)


def _told_anew(text: str, title_end: int, sentence_end: int) -> bool:
    """'Likewise, the agreement was signed on plant quarantine between A and B': a subject and sides of its own after
    the verb make a definite noun a document of its own, not the one named before."""
    after = _SUBJECT_AFTER_VERB.match(text, title_end, sentence_end)
    return after is not None and re.match(r"\s+between\s+\S", text[after.end():sentence_end]) is not None


def _elaborates_earlier(mention: DocMention, mentions: list[DocMention], context: Context) -> bool:
    """"signing key agreements ..., including deals on A, B and C", "the documents, which include agreements to
    …": what the documents named before in the same sentence include, not documents of their own."""
    if mention.generic and _WHICH_INCLUDE.search(context.text, max(0, mention.start - 60), mention.start):
        return True
    if not re.match(r"including\s", mention.title, re.I):
        return False
    sentence = context.sentence_at(mention.start)
    return any(other is not mention and sentence.start <= other.start < mention.start for other in mentions)


# "The two MoUs include an agreement on A and another on B": the counted class the items are told as
_COUNTED_CLASS_INCLUDES = re.compile(rf"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+(?P<noun>{_NOUNS})\s+"
                                     r"(?:include|includes|included|comprise|comprised|cover|covered|are|were)\b[^.;]*$", re.I)


def _typed_by_the_counted_class(context: Context, mention: DocMention) -> None:
    """An item a counted class of documents includes, written with the loose word 'agreement', is of that class."""
    if mention.type != "agreement" or not mention.noun.lower().startswith("agreement"):
        return
    sentence = context.sentence_at(mention.start)
    counted = _COUNTED_CLASS_INCLUDES.search(context.text, sentence.start, mention.start)
    if counted and doc_type(counted.group("noun")) not in ("agreement", "other"):
        mention.type = doc_type(counted.group("noun"))
        mention.why.append("one of the counted documents the sentence names first, of their kind")


def _counted_then_told_one_by_one(mention: DocMention, mentions: list[DocMention]) -> bool:
    """'The four MoU were inked in the presence of …' after 'The first MoU is …', 'Next was an MoU …': the count the
    documents told one by one already stand for."""
    return bool(_COUNT_LEAD.match(mention.title)) and mention.subject is None and TOLD_BY_ORDINAL not in mention.why and \
        sum(TOLD_BY_ORDINAL in other.why and other.type == mention.type for other in mentions) >= 2


def _retells_a_counted_package(mention: DocMention, mentions: list[DocMention]) -> bool:
    """'signed 13 MoU and documents on cooperation … The two sides signed documents for cooperation in various
    sectors including culture, …': uncounted documents between the same sides, after a counted package of the same
    state, are that package told again by its fields."""
    if not (mention.generic and re.match(r"(?:the\s+)?documents\b", mention.title, re.I)):
        return False
    return any(other.start < mention.start and other.generic and _COUNT_LEAD.match(other.title) and
               other.status == mention.status and set(other.parties) >= set(mention.parties)
               for other in mentions if other is not mention)


# "- Agreement ...", "• MoU ...", "1. Protocol ...", "-the Plan for ..." (a dash glued to the title)
_BULLET = re.compile(r"[ \t]*(?:[•●▪◦·*–—-][ \t]*(?=[\w\"“‘«(])|\d{1,2}[.)][ \t]+)")
# what opens a list of documents set out line by line: "the following documents were signed:", "These include:"
# (an introduction hard-wrapped over lines goes on over a single line break, never over a blank line or a bullet)
_LIST_INTRO = re.compile(r"(?:(?:signed|adopted|concluded|documents?|agreements?)(?:[^.\n]|\n(?![ \t]*(?:\n|[•●▪◦·*–—-])))"
                         r"{0,120}?|(?:\n|[.!?][ \t]+)[ \t]*(?:Among them|Including|"
                         r"These include|They include|These are|In particular|Namely))[ \t]*:[ \t]*\n")
_SIGNING = re.compile(r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|conclu(?:de|ded|sion)|adopt(?:s|ed|ion)?|exchang(?:ed|ing))\b", re.I)
# a sentence, not a title: a finite verb in a line that would otherwise read as one item of the list
_FINITE = re.compile(r"\b(?:was|were|is|are|will|would|has|have|had|said|noted|signed|discussed|held|adopted|approved|"
                     r"defines|provides|envisages|stipulates|aims|covers|establishes|includes|opens|marks)\b")
_MAX_ITEM = 400  # one title, however long its parties' names
_BULLETED_ITEM = "an item of a bulleted list of documents"
_IN_HEADLINE = "named in the headline"
_TITLE_PARAGRAPH = "a title paragraph in a list of documents"


def _document_lists(context: Context) -> list[tuple[int, list[tuple[int, int]]]]:
    """Lists of documents set out one per line or paragraph after an introduction: the end of the
    introduction and the (start, end) of each item. An introduction ends with a colon ('the following
    documents were signed:', 'These include:'), or is a paragraph's last sentence about signing
    documents ('... a ceremony of signing bilateral documents.') followed by paragraphs that are titles."""
    text = context.text
    lists: list[tuple[int, list[tuple[int, int]]]] = []
    intros = [(m.end(), True) for m in _LIST_INTRO.finditer(text, context.body_start)]
    for sentence in context.sentences:
        ending = text[sentence.end:sentence.end + 3]
        if re.match(r"[ \t]*\n", ending) and sentence.text.endswith(".") and _SIGNING.search(sentence.text) and \
                DOC_NOUN.search(sentence.text):
            intros.append((text.find("\n", sentence.end) + 1, False))
    for position, colon in sorted(intros):
        if any(start <= position < end for _, items in lists for start, end in items):
            continue
        items = _list_items(text, position, titles_only=not colon)
        if len(items) >= (1 if colon else 2):
            lists.append((position, items))
    for sentence in context.sentences:
        items = _titles_before_signed(text, sentence)
        if items and not any(sentence.start <= start < sentence.end for _, listed in lists for start, _end in listed):
            lists.append((sentence.start, items))
    lists.extend(_quoted_titles_after_a_signing(context))
    return lists


_QUOTED_TITLE = re.compile(r"[“\"«](?P<title>[^“”\"«»\n]{5,500})[”\"»]")


def _quoted_titles_after_a_signing(context: Context) -> list[tuple[int, list[tuple[int, int]]]]:
    """'Nine memoranda and a joint statement were signed …' then a paragraph that only lists their titles in
    quotation marks: each title one of the documents signed."""
    text, found = context.text, []
    for sentence in context.sentences[1:]:
        before = context.sentences[sentence.index - 1]
        if sentence.paragraph == before.paragraph or not (_SIGNING.search(before.text) and DOC_NOUN.search(before.text)):
            continue
        start = text.rfind("\n", 0, sentence.start) + 1
        paragraph = _QUOTED_TITLES.match(text, start)  # the quoted names of a list, defined below
        if paragraph is None:
            continue
        items = [(title.start("title"), title.end("title"))
                 for title in _QUOTED_TITLE.finditer(text, paragraph.start(), paragraph.end())]
        if sum(1 for a, b in items if DOC_NOUN.search(text, a, b)) * 2 > len(items):
            found.append((start, items))
    return found


def _signed_as_first_named(text: str, sentence: Sentence, title_start: int, title_end: int, nothing_before: bool) -> bool:
    """'The agreement …' told as signed when it is the first of its kind the text names: described before its own
    verb ("Following the meeting, the protocol describing the agreements reached was signed"); or, with no document
    named before at all, signed outright ("The agreement was signed by the Presidents") or signed with what it is
    for ("the governments signed the agreement to carry out the wind power project"). With one of its kind named
    before, "The agreement was signed following talks …" is that one."""
    after = text[title_end:sentence.end]
    if re.match(r"[^.;]{6,160}?\s(?:was|has\s+been)\s+signed\b", after):
        return True
    if not nothing_before:
        return False
    signed_the = re.search(r"\bsigned\s+the\s+$", text[max(sentence.start, title_start - 12):title_start])
    return bool(re.match(r"\s(?:was|has\s+been)\s+signed\b", after) or
                signed_the and re.match(r"\s+(?:to|on)\s+(?!the\s+sidelines\b)[a-z]", after))


# "A, an MoU on B, plan of C, as well as an agreement on D were the eight agreements signed by the delegations":
# a sentence whose subject is the list of titles, the signing told after it
_SIGNED_AFTER_LIST = re.compile(rf"\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?(?:(?:the|all)\s+(?:[\w-]+\s+){{0,2}}?"
                                rf"(?:{_NOUNS}|documents)\s+)?(?:signed|inked|concluded|exchanged)\b", re.I)
_LIST_CUT = re.compile(rf"\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+as\s+well\s+as\s+|"
                       rf"\s+and\s+(?=(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}(?:{_NOUNS})\b)", re.I)  # not "sports and the youth"


def _titles_before_signed(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """The titles of an inline list that is the subject of 'were (the N agreements) signed'; [] otherwise."""
    verb = _SIGNED_AFTER_LIST.search(text, sentence.start, sentence.end)
    if verb is None:
        return []
    start = sentence.start
    cuts = [(m.start(), m.end()) for m in _LIST_CUT.finditer(text, start, verb.start())]
    bounds = [start, *(b for cut in cuts for b in cut), verb.start()]
    items = [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=False) if text[a:b].strip()]
    if len(items) < 2 or not all(_opens_with_title(text[a:b]) for a, b in items):
        return []
    return items


def _opens_with_title(item: str) -> bool:
    """'an MoU on sports', 'The executive plan for the MoU on women', 'plan of cultural exchanges': a document
    noun within the first three words, and no verb (a clause is no title)."""
    noun = DOC_NOUN.search(item)
    if noun is None or noun.group("noun").lower().startswith("document"):
        return False  # "The documents, including …": the package, not one of its titles
    lead = item[:noun.start()]
    # a title says what it is on or for, or is a name in capitals: "a separate program" is no title of its own
    told = re.match(r"\s+(?:on|of|for|between|to|in|with)\b", item[noun.end():]) or noun.group("noun")[0].isupper() \
        or re.match(r"joint\b", noun.group("noun"), re.I)  # "the joint statement" names one document by itself
    return len(lead.split()) <= 3 and bool(told) and not _FINITE.search(item) and not _NOT_A_TITLE_LEAD.match(lead)


# "Besides the treaty, several documents were signed": a preposition or a count opens no title of a list
_NOT_A_TITLE_LEAD = re.compile(r"\s*(?:besides|apart|including|in|on|at|after|during|following|with|under|of|several|some|other|"
                               r"a\s+number|a\s+series|\d+|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)


def _list_items(text: str, position: int, titles_only: bool) -> list[tuple[int, int]]:
    """The items after an introduction: bulleted lines (a hard-wrapped item goes on over the next lines,
    blank lines may stand between items), or paragraphs that each read as a document's title."""
    items: list[tuple[int, int]] = []
    bulleted = False
    current = False  # the last line belongs to an item that may go on
    for line in re.finditer(r"[^\n]*(?:\n|$)", text[position:position + 40 * _MAX_ITEM]):
        start, end = position + line.start(), position + line.start() + len(line.group(0).rstrip("\n"))
        content = text[start:end].strip()
        if not content:
            current = False  # a blank line ends an item; the list may go on with the next bullet
            if line.end() - line.start() == 0:
                break
            continue
        bullet = _BULLET.match(text, start, end)
        if bullet and (not items or bulleted):
            bulleted, current = True, True
            items.append((bullet.end(), end))
        elif current and not bullet and _goes_on(text[items[-1][0]:items[-1][1]], content):
            items[-1] = (items[-1][0], end)  # a hard-wrapped item
        elif not current and not bullet and not bulleted and _headed_paragraph(content):
            lead = start + len(text[start:end]) - len(text[start:end].lstrip())
            items.append((lead, lead + _headed_paragraph(content)))  # the title, never what it explains
        elif not current and not bullet and not bulleted and _reads_as_title(content):
            current = True
            items.append((start + len(text[start:end]) - len(text[start:end].lstrip()), end))
        else:
            break
    items = [piece for item in items for piece in _semicolon_items(text, *item)]
    if titles_only:
        return items if all(_reads_as_title(text[s:e]) for s, e in items) else []
    return items


def _headed_paragraph(content: str) -> int:
    """'Memorandum of Understanding on Energy: Under this memorandum, the sides will ...': a paragraph that
    opens with a title and a colon and goes on to explain it; the length of the title, else 0."""
    head = re.match(r"([^:\n]{3,300}?):\s+[A-Z\"“]", content.strip())
    return len(head.group(1)) if head and _reads_as_title(head.group(1)) else 0


def _semicolon_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """'Agreement on X; Memorandum on Y; Protocol on Z.' on one line: one item per title."""
    cuts = [m.end() for m in re.finditer(r";\s+", text[start:end])]
    bounds = [start, *(start + c for c in cuts), end]
    pieces = list(zip(bounds, bounds[1:], strict=False))
    if len(pieces) > 1 and all(_reads_as_title(text[a:b]) for a, b in pieces):
        return pieces
    return [(start, end)]


def _goes_on(item: str, line: str) -> bool:
    """A line that continues a hard-wrapped item: the item so far ends mid-phrase."""
    item = item.rstrip()
    return not re.search(r"[.;:]$", item) and not (item.endswith(",") and line[:1].isupper())


def _reads_as_title(content: str) -> bool:
    """'Memorandum on cooperation in tourism,': a document noun within the first words, no finite verb."""
    content = content.strip().lstrip("\"“‘«")
    if not content or not content[0].isupper() or len(content) > _MAX_ITEM or _FINITE.search(content):
        return False
    noun = DOC_NOUN.search(content)
    return bool(noun and len(content[:noun.start()].split()) <= 6 and
                (noun.group("noun")[0].isupper() or noun.group("noun").lower().startswith(("mou", "moc"))
                 or _ARTICLE_LED.match(content) is not None or _SENTENCE_CASE_TITLE.match(content, noun.end())
                 and len(content[:noun.start()].split()) <= 2))


# "A memorandum of cooperation between the ministries;": an item written as a phrase, led by its article
_ARTICLE_LED = re.compile(r"(?:An?|The)\s")
# "Cooperation program between the ministries …": a title in sentence case, its noun told by what follows
_SENTENCE_CASE_TITLE = re.compile(r"\s+(?:on|of|for|between|in)\s")


def _listed(context: Context, lists: list[tuple[int, list[tuple[int, int]]]], found: list[DocMention],
            known: list[str]) -> list[DocMention]:
    """One document per item of each list; the status is the introduction's ('are to be signed:')."""
    text = context.text
    result = []
    for position, items in lists:
        intro = context.sentence_at(max(context.body_start, position - 2))
        heads = [d for d in found if d.start < position and context.sentence_at(d.start).index >= intro.index - 1]
        status = heads[-1].status if heads else None
        previous: DocMention | None = None
        for start, end in items:
            mention = _list_item(text, start, end, status, known) or _elided_item(text, start, end, previous, known)
            previous = mention or previous
            if mention and not mention.parties and heads and heads[-1].parties:
                mention.parties = list(heads[-1].parties)  # "X and Y signed eight documents. These include: ..."
                mention.why.append("parties: those of the sentence that introduces the list")
            if mention:
                result.append(mention)
    return result


def _list_item(text: str, start: int, end: int, status: str | None, known: list[str]) -> DocMention | None:
    content = text[start:end]
    noun = DOC_NOUN.search(content)
    if noun is None and re.match(r"(?:The\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:between|on|of)\b", content):
        # "Exchange Letter between ...", "Exchange of letters on ...", "The Minutes of the Commission's meeting"
        noun = re.match(r"(?:The\s+)?(?P<noun>[A-Z][\w-]*)", content)
    if noun is None or noun.group("noun")[0].isupper() and _BODY_AFTER_NOUN.match(content, noun.end()):
        return None  # "the Collective Security Treaty Organization": a body named after its treaty
    title = re.sub(r"\s+", " ", content).strip()
    title = _ATTRIBUTION_AFTER_ITEM.sub("", title)  # '– A Plan for 2026," the press service says.': the quote closes
    title = re.sub(r"^(?:the|a|an)\s+", "", title, flags=re.I)
    title = re.sub(r"(?:,?\s+(?:and|respectively|and others|etc\.?))+\s*[.;,]?$|\s*[.;,]$", "", title).strip(" ;,.")
    line_start = text.rfind("\n", 0, start) + 1
    bulleted = bool(_BULLET.match(text, line_start))
    why = _BULLETED_ITEM if bulleted else _TITLE_PARAGRAPH if not text[line_start:start].strip() else \
        "item of a list of documents"  # "A, B and C were signed": a title inside a sentence
    mention = DocMention(noun.group("noun"), start, end, title, doc_type(noun.group("noun")), status=status,
                         last_start=start, why=[why])
    described = _DESCRIBED_SIDES.search(title)
    if described:  # the sides are the names after the dash, and the description is no part of the title
        mention.title = title[:described.start()]
        mention.parties = _split_parties(described.group("sides"), known)
        return mention
    between = re.search(r"\bbetween\s+(.+)$", title)
    mention.parties = _between_parties(between.group(1), known) if between else _with_party(title, known)
    return mention


def _elided_item(text: str, start: int, end: int, previous: DocMention | None, known: list[str]) -> DocMention | None:
    """'– Agreements on cooperation in health; – on customs cooperation;': an item that names only what its
    document is on, of the kind the item above names ('agreement on customs cooperation')."""
    content = text[start:end].strip()
    if previous is None or not re.match(r"(?:on|in|for|between)\s+\S", content):
        return None
    noun = SINGULAR_DOCUMENTS.get(previous.noun.lower(), re.sub(r"(?<=[a-z])s$", "", previous.noun.lower()))
    item = _list_item(f"{noun} {content}", 0, len(noun) + 1 + len(content), previous.status, known)
    if item is None:
        return None
    item.start, item.end, item.last_start = start, end, start
    item.why = [*item.why, "the kind of document of the item above"]
    return item


_BODY_AFTER_NOUN = re.compile(r"\s+(?:Organi[sz]ation|Secretariat|Council|Commission|Committee)\b")
_ATTRIBUTION_AFTER_ITEM = re.compile(r"\s*[,.]?\s*[\"”»]\s*,?\s+(?:the\s+|a\s+)?[^\"”«“]{0,80}?\b(?:says|said|reports|reported|"
                                     r"notes|noted|adds|added|informs|informed)\b[^\"”]*$")


# "... between the capitals of the two countries – A and B": sides described in words, then named after a dash
_DESCRIBED_SIDES = re.compile(r"\s+between\s+(?:the\s+)?[a-z][^–—]*?\s+[–—-]\s+(?P<sides>[A-Z][^–—]*)$")


def _without_aside(title: str) -> str:
    """"agreement to establish the council—co-chaired by the heads of government—was": the title ends at an aside
    set off by an em dash; a closing quotation mark the title never opened goes too ('… and Kazakhstan"')."""
    title = title.split("—", 1)[0].rstrip()
    for opening, closing in (("“", "”"), ("«", "»")):
        if title.endswith(closing) and opening not in title:
            title = title[:-1].rstrip()
    if title.endswith('"') and title.count('"') % 2 == 1:
        title = title[:-1].rstrip()
    return re.sub(r"(?<=\w)\((?:[A-Z]{2,6}s?|MoUs?)\)$", "", title)  # "memorandum of understanding(MOU)": its acronym


def _with_party(title: str, known: list[str]) -> list[str]:
    """'Cooperation Program with the X Agency for 2022-2024': the other side is named after 'with'."""
    other = re.search(r"\bwith\s+(?:the\s+)?([A-Z].*?)(?=\s+(?:for|on|in)\s+[a-z\d]|$)", title)
    return _split_parties(other.group(1), known) if other else []


_CONSENT = re.compile(r"\s+to\s+(?!the\b|an?\b)[a-z]+\b(?!\s+(?:on|between)\b)")  # "their agreement to strengthen"
_ON_A_VISIT = re.compile(r"\s+(?:on|during)\s+(?:his|her|their|its|the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stay)\s+"
                         r"to\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?=\s+between\b|$)")
_OF_UNDERSTANDINGS = re.compile(r"\s+of\s+understandings\b", re.I)


# "… noted that Mongolia’s legislature adopted a …": a reported act of one state's parliament or government
_A_LEGISLATURE_ADOPTED = re.compile(r"\b(?:said|noted|stated|stressed|pointed\s+out|informed|added)\s+that\s+(?:the\s+)?"
                                    r"[A-Z][\w’'-]*(?:['’]s)?\s+(?:legislature|parliament|government|cabinet)\s+"
                                    r"(?:has\s+|had\s+)?adopted\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$", re.I)


def _document_at(context: Context, sentence: Sentence, match: re.Match[str], earlier: list[DocMention],
                 local: list[DocMention], resolve_party: t.Callable[[str], str | None],
                 known: list[str], after_list: bool = False) -> list[DocMention]:
    """The document(s) a noun names, when a signing-type verb governs it or it is an item of a list of
    documents; [] for an agreement in principle, a second reference, an agency or a bare plan.
    ``after_list``: a list of documents set out line by line comes before the sentence."""
    text = context.text
    noun = match.group("noun")
    if noun[0].isupper() and _BODY_AFTER_NOUN.match(text, match.end()):
        return []  # "the Collective Security Treaty Organization": a body named after its treaty
    low = noun.lower()
    if low == "memorandum" and _OF_UNDERSTANDINGS.match(text, match.end()):
        low = "memoranda"  # "six Memorandum of Understandings": the plural written on the last word
    before = text[sentence.start:match.start()]
    title_start = _title_start(text, sentence.start, match.start())
    draft = _DRAFT_BEFORE.search(text, max(sentence.start, match.start() - 100), match.start())
    if draft:
        title_start = min(title_start, draft.start())  # "draft intergovernmental, interstate and ... agreements"
    modifiers = _LIST_MODIFIERS.search(text, max(sentence.start, title_start - 40), title_start) if local else None
    if modifiers:
        title_start = modifiers.start("words")  # "..., air transport agreement, ...": an item of the list before it
    near = max(sentence.start, title_start - _NEAR)  # the words right before the title, never the whole sentence
    determiner = _DETERMINER.search(text, near, title_start)
    if low in _PLURAL_NOUNS and _ONE_OF_THE.search(text, max(sentence.start, title_start - 40), title_start):
        return []  # "today's MoU was one of the most important memorandums signed in this regard": a class, no document
    if draft and determiner and re.fullmatch(rf"draft\s+{re.escape(noun)}", text[draft.start():match.end()], re.I) and \
            any(m.type == doc_type(noun) and m.status is None for m in [*earlier, *local]):
        return []  # "an agreement was signed … The draft agreement had passed its approvals": that one, unsigned then
    if determiner and _SIGNING_TOLD_AGAIN.search(text, near, title_start) and \
            any(m.noun.lower() == low and m.status is None for m in [*earlier, *local]):
        return []  # "The note on X was signed … satisfaction with inking the note on Y": that note, told again
    package = next((m for m in reversed(local) if _A_SET_OF.search(m.title)), None)
    if package and low in _PLURAL_NOUNS and _COUNTS_THE_PACKAGE.fullmatch(text, package.end, match.start()):
        package.title, package.end = package.title + text[package.end:match.end()], match.end()
        return []  # "a package of documents, covering 27 agreements": how large the package is, no other documents
    listed = _ON_LIST.match(text, match.end(), sentence.end) if low in _PLURAL_NOUNS else None
    title_end = listed.end() if listed else _complements(text, match.end(), sentence.end,
                                                         body_owned=re.sub(r"\s+", " ", low) in _BODY_OWNED)
    title_end = _countries_listed_on(text, title_end, sentence.end)
    title_end = _to_semicolon(text, sentence, title_start, title_end)
    other_side = _OTHER_SIDE_THEN_PARTICIPLE.match(text, title_end, sentence.end)
    if other_side:
        title_end = other_side.end()  # "the Memorandum of Understanding with the U.S. Concerning X (NCMOU), signed in …"
    named = noun[0].isupper() and text[title_start:title_start + 1].isupper()  # not "a joint Action Plan for training"
    purpose = _NAMED_PURPOSE.match(text, title_end, sentence.end) if named and title_end == match.end() else None
    if purpose:
        title_end = purpose.end()  # "a Plan for celebrating the 30th anniversary of ...": the name goes on
    others = re.match(r"\s+and\s+other\s+(?:documents|agreements|papers)\b", text[title_end:sentence.end])
    if others and title_end == match.end():  # never "a memorandum on X and other documents": a title ends at its 'and'
        title_end += others.end()  # "a number of agreements and other documents": one set
    # "agreements establishing twin-city relations between A and B as well as C and D": one for each pair of sides
    second_pair = _SECOND_PAIR.match(text, title_end, sentence.end) \
        if low in _PLURAL_NOUNS and " between " in text[title_start:title_end] else None
    after = text[second_pair.end() if second_pair else title_end:sentence.end]
    if re.match(r"\s*(?:,\s*)?(?:was|were|had been|have been|has been)?\s*reached", after) or \
            re.match(r"\s*(?:concluded|achieved)\s+at\s+the\s+high(?:est)?\s+levels?", after) or \
            re.search(r"\bto\s+$", text[max(sentence.start, match.start() - 4):match.start()]) and \
            low == "document" or \
            re.search(r"\breached\s+$", text[max(sentence.start, title_start - 12):title_start]) or \
            low == "agreement" and re.search(r"\b(?:their|his|her|its|our)\s+$", text[max(0, match.start() - 8):match.start()]) \
            and _CONSENT.match(text, match.end()):
        return []  # an agreement in principle, not a document; "signalling their agreement to strengthen …": consent
    in_a_year = _SIGNED_IN_A_YEAR.search(text[title_start:title_end])
    if in_a_year and _before_the_article(context, int(in_a_year.group("year")), low):
        # "signed a joint statement on the council in 2012": when it was signed, no part of its name
        title_end = title_start + in_a_year.start()
        after = text[title_end:sentence.end]
    dangling = re.search(r",?\s+and[\s,]*$", text[title_start:title_end])
    if dangling:  # "... between A and B and.": a sentence cut short, the 'and' is no part of the title
        title_end = title_start + dangling.start()
    title = _without_aside(_without_attribution(re.sub(r"\s+", " ", text[title_start:title_end]).strip(" ,")))
    title = re.sub(r"^(?:respective|relevant|corresponding)\s+", "", title, flags=re.I)  # "the respective joint communiqué"
    title = re.sub(r",?\s+(?:and\s+others|etc\.?)$", "", title)  # "… on supplies of milk and others": the list's end
    # "signed a memorandum of understanding on his visit to Italy between Tbilisi and Rome": when it was signed, no
    # subject; the sides after it stay
    title = _ON_A_VISIT.sub("", title)
    short_name = _SHORT_NAME_BEFORE.search(text, max(sentence.start, title_start - 14), title_start)
    if short_name and text.startswith(")", title_end):
        title = f"{short_name.group('letters')} ({title})"  # "the APTTA (Afghanistan-Pakistan Transit Trade Agreement)"
    # "an agreement on establishing a company with the participation of A, B and C": those are its sides, not its name
    participation = _WITH_PARTICIPATION.search(text, title_start, sentence.end)
    if participation and participation.start() > title_end:
        participation = None  # the participants of another document of the sentence
    if participation:
        title = title[:participation.start() - title_start].rstrip(" ,")
    if _AGENCY.search(title) or (noun[0].isupper() and low.startswith(("program", "plan")) and
                                 re.search(r"\bwith\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,6}$",
                                           text[max(sentence.start, match.start() - 80):match.start()])):
        return []  # "signed a memorandum with the World Food Programme": the other side, not a document
    if low in _PLURAL_NOUNS and _SECOND_CLASS_OF_SET.search(text, max(sentence.start, match.start() - 80), match.start()):
        return []  # "a package of commercial agreements and contracts": the one package, named by its first class
    if low in ("document", "documents") and _ACTED_ON.search(text, max(sentence.start, match.start() - 40), match.start()):
        return []  # "cooperation in ... recognition of documents on education": papers a field acts on, none signed
    # "a separate program": one more of its kind, no name
    # "the memo of understanding": the noun's own "of understanding" names nothing more
    noun_end = match.end() + (len(own.group(0)) if (own := _OF_UNDERSTANDING.match(text, match.end(), title_end)) else 0)
    bare = title_end == noun_end and (title_start == match.start() or
                                         _ONE_MORE_OF_A_KIND.fullmatch(text, title_start, match.start()) is not None)
    if determiner and bare:
        _purpose_as_subject(text[title_end:sentence.end], noun, [*earlier, *local])
    leaders_text = _JOINT_TEXT.match(low) and _VERB_BEFORE.search(text[max(sentence.start, title_start - 25):title_start])
    if determiner and bare and not noun[0].isupper() and not leaders_text and _dates_named_document(
            context, text[title_end:sentence.end], noun, [*earlier, *local]):
        return []  # "have established a cooperation protocol ... the protocol established in 2009": signed before
    first_signed = not any(m.type == doc_type(noun) for m in [*earlier, *local]) and low not in _PLURAL_NOUNS and \
        not low.startswith("document") and \
        _signed_as_first_named(text, sentence, title_start, title_end, nothing_before=not (earlier or local))
    if determiner and bare and not noun[0].isupper() and not leaders_text and not first_signed and \
            not _told_anew(text, title_end, sentence.end) and not _SIGNED_BETWEEN_NAMED.match(text, title_end) and \
            (not _PARTICIPLE_AFTER.match(text, title_end) or (low.startswith("document") and (earlier or local)) or
             (_SIGNED_AT_THIS_EVENT.match(text, title_end) and any(m.type == doc_type(noun) for m in [*earlier, *local]))):
        return []  # "the document", "these agreements", "the document signed by the leaders": a second reference
        # ("the agreement signed on Monday" after the agreement the lead names: that one again)
    if determiner and determiner.group(1).lower() in ("these", "those", "both") and low in _PLURAL_NOUNS and \
            (earlier or local) and _SIDES_ONLY.fullmatch(text[title_start:title_end]):
        return []  # "These agreements between the governments of A and B were signed in 2022": the ones named before
    if determiner and bare and _ABBREVIATION.fullmatch(noun) and any(m.type == doc_type(noun) for m in [*earlier, *local]) \
            and not _SIGNED_BETWEEN_NAMED.match(text, title_end):
        return []  # "A memorandum was signed ... The MoU was signed by ...": the memorandum, named again
    if determiner and bare and (_abbreviation_defined(noun, [*earlier, *local]) or
                                (noun[0].isupper() and any(m.noun.lower() == low for m in [*earlier, *local]))):
        return []  # "a Memorandum of Understanding (MOU) ... signed the MOU", "the Agreement on X ... the Agreement"
    if low in _PLURAL_NOUNS or low == "memos":
        counted_again = re.search(r"\bthe\s+(?:two|three|four|five|both|\d+)\s+$", text[max(sentence.start, match.start() - 12):match.start()])
        if counted_again and any(m.type == doc_type(noun) for m in [*earlier, *local]):
            return []  # "signing the two memos came within the framework of …": the two named before
    if (earlier or local) and re.search(r"\b(?:reads|read|states|stated|says|said|notes|noted|stipulates)\s+the\s+$",
                                        text[max(sentence.start, title_start - 20):title_start]):
        return []  # '“…,” reads the agreement signed on the sidelines of …': the document signed, quoted as a source
    if _a_proper_name(title) and any(_name_alone(m.title) == _name_alone(title) for m in [*earlier, *local]) and \
            not re.match(r"\s+(?:with|between)\s", text[title_end:sentence.end]):  # "… with Australia": another one
        return []  # "a Status of Visiting Forces Agreement (VFA) …", then "the conclusion of a Status of Visiting Forces
        # Agreement in 2024": the one named before, named again
    verb_before = _VERB_BEFORE.search(text[max(sentence.start, title_start - 80):title_start]) or \
        (_ISSUED_BEFORE.search(text[max(sentence.start, title_start - 25):title_start]) if _JOINT_TEXT.match(low) else None) or \
        (_CEREMONY_OF.search(text[max(sentence.start, title_start - 240):title_start]) if named else None)
    if verb_before and _NEGOTIATE_BETWEEN.search(verb_before.group(0), verb_before.end("verb") - verb_before.start()):
        verb_before = None  # "to establish new partnerships and negotiate trade deals": the deals are being negotiated
    if verb_before and _SIGNING_STILL_AWAITED.search(text, sentence.start, max(sentence.start, title_start - 80) +
                                                      verb_before.start("verb")):
        verb_before = None  # "purchases hinder the quick signing of a peace deal", "calls for the signing of": none signed
    if verb_before and verb_before.group("verb").lower().startswith("agreed") and not _COUNT_LEAD.match(title):
        verb_before = None  # "agreed on five cooperation agreements" concludes them; "agreed on the text of a treaty" not
    if verb_before and _OWN_OBJECT_THEN_ITEM.match(verb_before.group(0), verb_before.end("verb") - verb_before.start()):
        verb_before = None  # "an MoU on a plan to establish a technology center, an MoU between …": the verb is the item's before
    participle = bool(_SIGNED_BEFORE.search(text, near, title_start))
    verb_after = _VERB_AFTER.match(after)
    window = text[max(sentence.start, title_start - 40):title_start]
    same_paragraph = [m for m in earlier if sentence.paragraph - 1 <= context.sentence_at(m.start).paragraph] + local
    container = bool(DOC_NOUN.search(text, sentence.start, max(sentence.start, title_start - 1)))  # "the package of 11 documents includes"
    next_item = _NEXT_ITEM.match(text, title_end, sentence.end)
    first_of_signed_list = bool(next_item and _SIGNING.search(after))  # "In addition, an agreement on A, a B ... were signed"
    enumerated = bool(_ENUMERATION.search(window) and (earlier or local or container)) or \
        bool(_AFTER_DOCUMENT.search(window)) or \
        bool(_LIST_MARK.search(window) and (same_paragraph or first_of_signed_list) and
             _names_a_document(noun, title) and
             (local or _SIGNING.search(after) or not _CLAUSE_COMMA.search(window) or next_item)) or \
        bool(re.search(r"\w\s+and\s+$", window) and local and local[-1].status is None and
             any(reason in local[-1].why for reason in ("item of a list of documents", "signing verb before")) and
             _names_a_document(noun, title)) or \
        bool(_AND_THE.search(window) and local and noun.split()[-1][0].isupper())  # "the Agreement on A and (joint) Statement of"
    listed_after_signed = enumerated and any(m.status is None for m in local)  # "signed a MoU on X; a Joint Statement"
    if low.startswith("statement") and not listed_after_signed and \
            not re.search(r"\b(?:signed|adopted|sign|adopt|signing)\s+(?:a|an|the|joint)?\s*$",
                          text[max(sentence.start, title_start - 25):title_start]):
        return []  # "the ministry's statement": only "signed a statement" makes one a document
    elsewhere = _PARTICIPLE_AFTER.match(text, title_end)
    # a named document, or one its subject tells apart ("negotiations concerning a treaty on double taxation")
    negotiated = (named or title_end > match.end()) and \
        _NEGOTIATED.search(text, max(sentence.start, title_start - 40), title_start)
    # "marks the 25th anniversary of the Friendship Treaty": a named document whose anniversary is marked
    anniversary = (named or title_end > match.end()) and \
        _ANNIVERSARY_OF.search(text, max(sentence.start, title_start - 40), title_start)
    # "the need to prepare a draft of the Roadmap for ...": a named document still being written
    if not draft:
        being_written = _DRAFT_OF.search(text, max(sentence.start, title_start - 45), title_start)
        # a bare "roadmap" after "developing" may be any; "the development and signing of a roadmap" is one to come
        if being_written and (named or title_end > match.end() or re.search(r"\band\s+(?:signing|adoption)\b",
                                                                            being_written.group(0))):
            draft = being_written
    # "the implementation of the roadmap for the development of ...": a named document put to work, signed before
    put_to_work = title_end > match.end() and low not in _PLURAL_NOUNS and not generic_document_title(title) and \
        not verb_after and \
        _PUT_TO_WORK.search(text, max(sentence.start, title_start - 40), title_start)
    # "approved a bill on the ratification of the military cooperation agreement": the document a parliament ratifies
    ratifying = _RATIFICATION_OF.search(text, max(sentence.start, title_start - 30), title_start) or \
        _CHAMBER_APPROVED.search(text, max(sentence.start, title_start - 130), title_start)
    if not (verb_before or verb_after or enumerated or (elsewhere and not bare) or negotiated or draft or anniversary
            or put_to_work or ratifying or first_signed):
        return []
    if low in ("plan", "plans", "program", "programs", "programme", "programmes") and bare and not noun[0].isupper():
        return []
    if noun in ("plan", "plans") and not re.search(r"\baction\s+$", text[max(0, match.start() - 8):match.start()], re.I) \
            and re.match(r"\s+to\s+[a-z]", text[match.end():match.end() + 12]):
        return []  # "a plan to set up a transit road": an intention, no document
    aside = _DAY_AFTER.search(title) or (_AIM_AFTER.search(title) if low in _PLURAL_NOUNS else None)
    if aside and not noun[0].isupper():  # "two cooperation documents on Thursday to further deepen relations"
        title, title_end = title[:aside.start()], title_start + aside.start()
    closed = _CLOSING_MARK.search(title) if text[title_start - 1:title_start] in _OPENING_MARKS else None
    if closed:  # "the 'Agreement for Cooperation between A and B' with 68 members voting": the marks end its name
        title, title_end = title[:closed.start()], title_start + closed.start()
    title = re.sub(r"^(?:a|an)\s+", "", title, flags=re.I)
    verb_match = verb_before or verb_after
    verb = verb_match.group("verb") if verb_match else "signed"
    clause = _without_other_signings(text[sentence.start:sentence.end], title_start - sentence.start)
    before = clause[:len(before)]
    why = ["signing verb before" if verb_before else "signing verb after" if verb_after or first_signed else
           _SENTENCE_LIST_ITEM if enumerated else "a signing participle after the title" if elsewhere else
           _UNDER_NEGOTIATION if negotiated else
           _ANNIVERSARY if anniversary else _DRAFTED if draft else _RATIFIED if ratifying else _PUT_TO_WORK_WHY]
    either = re.search(rf"/(?P<noun>{_NOUNS})\b", title, re.I)
    kind = doc_type(noun) if not either or doc_type(either.group("noun")) == doc_type(noun) else "other"  # "agreements/MoUs"
    kinds = _COUNTED_KINDS.match(title)
    if kinds and doc_type(kinds.group("first")) != doc_type(noun):
        kind = "other"  # "14 bilateral agreements and memoranda of understanding": one counted set of two kinds
    in_quote = context.in_quote(match.start()) and not _title_in_marks(context, title_start, title_end)
    mention = DocMention(noun, title_start, title_end, title, kind, in_quote=in_quote, last_start=title_start, why=why)
    if mention.in_quote and bare and any(m.type == kind and not m.in_quote and m.status is None for m in earlier):
        return []  # "“Today, we signed a very important memorandum …”": the one the text reported, in a speaker's words
    mention.one_more = bool(_ANOTHER_BEFORE.search(text, near, title_start)) or \
        bool(_ALSO_SIGNED_ONE.search(text, near, title_start)) and _signed_with_its_signers(context, earlier, kind)
    if _REFERRING.search(text, near, title_start):
        mention.refers_back = True
        mention.why.append(REFERS_BACK)
    elif _JUST_SIGNED.search(text, near, title_start):
        mention.refers_back = True
        mention.why.append(JUST_SIGNED_WHY)
    mention.generic = low in ("documents", "document", "memoranda", "agreements", "mous", "memos", "contracts",
                              "memorandums", "deals") and " between " not in title and not listed and \
        not _SUBJECT_OF_CLASS.search(title)  # "agreements on road building": documents of a named subject
    if mention.generic and mention.in_quote and any(other.generic and other.status is None for other in earlier):
        return []  # "“Strategic agreements were signed between us,” the president said": the documents reported before
    if mention.generic and participle and (earlier or local or after_list):
        return []  # "the signed bilateral documents would serve ...": the documents named before, referred to again
    if participle and bare and any(m.type == mention.type for m in [*earlier, *local]):
        return []  # "The signed memorandum will enhance ties": the memorandum named before
    counted = _APPROXIMATELY.sub("", title)  # "more than 60 documents" are counted too
    if low in ("documents", "document") and mention.generic and not (_QUANTIFIED.match(counted) or _COUNTED.match(counted)
                                                                     or _A_SET_OF.match(title)) \
            and any(not other.generic for other in earlier):
        return []  # "the signing of new documents on cooperation was a significant event": those named before
    if mention.generic:
        mention.why.append("a count or a class of documents, not a title")
    mention.parties = _parties(text, sentence.start, sentence.end, title_start, title_end, resolve_party, known)
    if participation and not mention.parties:
        mention.parties = [re.sub(r"^the\s+", "", side) for side in _LIST_ITEMS.split(participation.group("sides")) if side]
    _take_out_parties(mention, known)
    if _COUNTED.match(mention.title) and low in _PLURAL_NOUNS and " between " not in mention.title and not listed and \
            not _SUBJECT_OF_CLASS.search(mention.title):  # "three contracts on supplies of oil": counted, with a subject
        mention.generic = True  # "several memoranda (MoUs) between the two countries": a count, its sides taken out
    if elsewhere and re.search(r"\b(?:following|after|last|in (?:19|20)\d\d)\b|\d", elsewhere.group(0)) and \
            not _reported_next_day(context, text[elsewhere.start():sentence.end]):
        participle = True  # signed on another occasion, not at this event
    if elsewhere and not (participle or verb_before or ratifying) and \
            _signed_in_an_earlier_year(context, elsewhere.end(), sentence.end):
        participle = True  # "the agreement concluded between the two sides in Muscat in Year 2019"
    if _PUT_TO_WORK.search(text, near, title_start) and re.match(r",?\s+(?:signed|concluded|adopted|inked)\b", after):
        participle = True  # "to activate the Memorandum signed between the two parliaments": it exists already
        mention.why.append(_PUT_TO_WORK_WHY)
    mention.status = "signed earlier" if participle else _status(clause, verb, mention.in_quote, context, sentence, before,
                                                                  title)
    if mention.status == "to be approved" and re.search(r"\bapproved\s+to\s+(?:sign|exchange|conclude)\b", before):
        mention.status = "to be signed"  # "the parliament approved to exchange an agreement": approved now, signed later
    month = _IN_A_MONTH_AFTER.match(after)
    if mention.status is None and month and in_another_month(month.group("month"), context):
        mention.status = "signed earlier"  # "the two countries, which signed a memorandum in July" in December
    if why[0] == _UNDER_NEGOTIATION:
        mention.status = "to be concluded"
    if why[0] in (_ANNIVERSARY, _PUT_TO_WORK_WHY):
        mention.status = "signed earlier"
    elif anniversary:  # "the 25th anniversary of the signing of the Declaration": its signing is history
        mention.status = "signed earlier"
        mention.why.append(_ANNIVERSARY)
    elif ratifying and _BILL_PENDING.search(sentence.text) and not _RATIFICATION_DONE.search(sentence.text):
        mention.status = "signed earlier"  # "a bill about the ratification of the Agreement ...": not ratified yet
    elif ratifying or (enumerated and not verb_match and local and local[-1].status == "ratified"):
        mention.status = "ratified"  # a parliament ratifies a document signed on another occasion ("ratified A and B")
    elif put_to_work and verb_before and re.search(r"\bto\s+$", text[max(0, put_to_work.start() - 4):put_to_work.start()]):
        # "The action plan was signed to implement the agreement on X": the plan was signed, the agreement exists
        mention.status = "signed earlier"
        mention.why.append(_PUT_TO_WORK_WHY)
    if mention.status is None and _A_LEGISLATURE_ADOPTED.search(before):
        # "X noted that Mongolia’s legislature adopted a policy document on …": one state's own act, told as its record
        mention.status = "signed earlier"
        mention.why.append("one state's own act its legislature adopted, told in reported speech")
    if draft and not (mention.status or "").startswith(("to be", "expected")):  # a draft is signed later, if ever
        mention.status = "to be signed"
        mention.why.append(_DRAFTED)
    mention.signatories = []
    told_after = _SUBJECT_TOLD_AFTER_SIDES.match(text, title_end, sentence.end) \
        if mention.parties or " between " in mention.title else None
    if told_after and mention.subject is None and (not mention.generic or noun.lower() in SINGULAR_DOCUMENTS.values()):
        # "a memorandum between A and B, focusing on matters related to biological security": what it is on
        mention.subject = told_after.group("subject")
    if listed:
        return _split_on_list(mention, listed, noun)
    quoted = _QUOTED_TITLES.match(text, title_end, sentence.end) if mention.generic else None
    if quoted:
        return _split_quoted(mention, quoted, noun)
    if second_pair:
        return [mention, _for_second_pair(mention, second_pair, resolve_party, known)]
    amended = _AMENDED.search(text, title_start, title_end) if mention.type == "protocol" else None
    if amended:
        return [mention, _the_amended(mention, amended)]
    another = _ANOTHER.match(text, title_end, sentence.end)
    if another:  # "an agreement on A and another on B": a second document of the same kind
        one = SINGULAR_DOCUMENTS.get(noun.lower(), noun)  # "three MoUs on A and another on B": B's is one memorandum
        second = DocMention(one, another.start("what"), another.end(), f"{one} {another.group('what')}", mention.type,
                            list(mention.parties), mention.status, mention.in_quote, False, [], another.start("what"),
                            [*mention.why, "a second document of the same kind ('and another on ...')"])
        return [mention, second]
    return [mention]


# what a document between named sides is on, told after them: ", focusing on matters related to X", " regarding X"
_SUBJECT_TOLD_AFTER_SIDES = re.compile(r",?\s+(?:focusing\s+on|focused\s+on|regarding|concerning)\s+(?:(?:matters|issues|questions)\s+"
                                       r"(?:related\s+to|of)\s+)?(?P<subject>(?:the\s+)?[a-z][^,.;]{2,160}?)(?=[,.;]|$)")
_LIST_ITEMS = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?=(?:the\s+)?[A-Z])")
_WITH_PARTICIPATION = re.compile(r"\s+with\s+the\s+participation\s+of\s+(?:the\s+)?(?P<sides>[A-Z][^.;]*?)\s*(?=[.;]|$)")
_SECOND_PAIR = re.compile(r"\s+as\s+well\s+as\s+(?:between\s+)?(?P<sides>(?:the\s+)?[A-Z][^,.;]*?\s+and\s+(?:the\s+)?[A-Z]"
                          r"[^,.;]*?)(?=\s+(?:were|have|has|had|are|will)\b|[,.;]|$)")


# "a protocol to amend an agreement on air cargo", "the Protocol to the Agreement on Trade": the document it changes
_AMENDED = re.compile(r"\b(?:to\s+amend|amending|amendments\s+to|changes\s+to|to)\s+(?:an?|the)\s+"
                      r"(?P<title>(?:[\w-]+\s+){0,2}?(?P<noun>agreement|treaty|convention|memorandum)\b.*)$", re.I)


def _the_amended(protocol: DocMention, amended: re.Match[str]) -> DocMention:
    """The document a protocol amends or adds to, signed on an earlier occasion."""
    noun = amended.group("noun")
    return DocMention(noun, amended.start("title"), protocol.end, amended.group("title"), doc_type(noun),
                      list(protocol.parties), "signed earlier", protocol.in_quote, False, [], amended.start("title"),
                      [*protocol.why, "the document a protocol amends: signed before"])


def _for_second_pair(mention: DocMention, pair: re.Match[str], resolve_party: t.Any, known: t.Sequence[str]) -> DocMention:
    """The document of the same kind and subject between the second pair of sides."""
    head = mention.title.split(" between ")[0]
    second = DocMention(mention.noun, pair.start("sides"), pair.end(), f"{head} between {pair.group('sides')}",
                        mention.type, [], mention.status, mention.in_quote, mention.generic, [], pair.start("sides"),
                        [*mention.why, "a second pair of sides ('between A and B as well as C and D')"])
    second.parties = [resolve_party(side) or side for side in _split_parties(pair.group("sides"), known)]
    return second


# "to activate the Memorandum signed ...", "the implementation of the Agreement signed ...": what is done with a
# document that is already signed
_SIDES_ONLY = re.compile(r"[\w-]+(?:\s+between\s+[^,;.]+)?")  # a plural noun and at most its sides, no subject
_SUBJECT_OF_CLASS = re.compile(r"^(?:[a-z][\w-]*\s+){0,2}?(?:documents|agreements|memoranda|memorandums|mous|contracts)"
                               r"(?:\s+of\s+(?:understanding|cooperation))?(?:\s*\([A-Za-z]{2,8}\))?\s+"
                               r"(?:on|in\s+the\s+(?:fields?|spheres?|areas?)\s+of)\s+(?!the\s+sidelines\b)"
                               r"(?!(?:bilateral\s+|mutual\s+)?cooperation(?:\s+and\s+partnership)?$)[a-z]", re.I)  # "on cooperation" names none
_PUT_TO_WORK = re.compile(r"\b(?:activat(?:e|es|ed|ing|ion\s+of)|implement(?:s|ed|ing|ation\s+of)?|fulfil(?:l|ls|led|ling|ment\s+of)?|"
                          r"execut(?:e|ing|ion\s+of)|reviv(?:e|ing|al\s+of)|enforc(?:e|ing|ement\s+of)|"
                          r"(?:on\s+the\s+)?basis\s+of|(?:within\s+the\s+)?framework\s+of|provisions\s+of|"
                          r"pursuant\s+to|in\s+(?:line|accordance)\s+with|entry\s+into\s+force\s+of|"
                          r"(?:\d{1,3}(?:st|nd|rd|th)\s+)?articles?\s+of)\s+(?:the|this|that|an?)\s+$", re.I)
# "a draft resolution on the conflict is being prepared": a parliament's text still to be adopted; a resolution
# already adopted by a body the article does not report on ("Security Council resolutions") is none
_DRAFT_RESOLUTION = re.compile(r"\bdraft\s+(?P<noun>resolution)\b", re.I)
_A_DRAFT_RESOLUTION = "a draft resolution: a text being prepared for adoption"


def _draft_resolutions(context: Context, mentions: list[DocMention]) -> list[DocMention]:
    """The draft resolutions the text names, each once ('the draft resolution' again is the same one)."""
    text = context.text
    found: list[DocMention] = []
    for match in _DRAFT_RESOLUTION.finditer(text, context.body_start):
        if found or any(m.start <= match.start() < m.end for m in mentions):
            continue  # one draft per article is what the text can tell apart; a later mention names it again
        sentence = context.sentence_at(match.start())
        end = _complements(text, match.end(), sentence.end)
        title = re.sub(r"\s+", " ", text[match.start():end]).strip(" ,")
        title = re.sub(r"\s+(?:being|now|currently|which|that)\b.*$", "", title)  # "... being prepared": its state
        found.append(DocMention("resolution", match.start(), end, title, doc_type("resolution"), status="to be adopted",
                                in_quote=context.in_quote(match.start()), last_start=match.start(),
                                why=[_A_DRAFT_RESOLUTION]))
    return found


# "several memoranda", "a number of agreements", "12 documents": how many, not which
_COUNTED = re.compile(r"(?:several|a\s+number\s+of|number\s+of|a\s+series\s+of|series\s+of|some|a\s+few|multiple|various|"
                      r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s", re.I)
# "the ongoing negotiations of the Enhanced Partnership Agreement", "the finalisation of an X Agreement": a named
# document still being written, to be concluded
_NEGOTIATED = re.compile(r"\b(?:(?:negotiations?|talks)\s+(?:on|of|over|concerning|regarding|about|relat(?:ing|ed)\s+to)|negotiating|finali[sz](?:ation|ing)(?:\s+of)?|"
                         r"talks\s+on\s+(?:the\s+)?(?:establishment|conclusion|signing)\s+of|"
                         r"conclusion\s+of|establish(?:ing|ment)(?:\s+of)?)\s+(?:(?:the|an?)\s+)?"
                         r"(?:(?:prospective|potential|possible|future|proposed|planned)\s+)?"  # "talks on a prospective FTA"
                         r"(?:[A-Z]{2,8}\s+\()?$", re.I)  # "establishing of FTA", "talks on the TTA (Transit Trade Agreement)"
_UNDER_NEGOTIATION = "a named document under negotiation"
# the short name a text gives before the full one in brackets: "the APTTA (Afghanistan-Pakistan … Agreement)"
_SHORT_NAME_BEFORE = re.compile(r"\b(?P<letters>[A-Z][A-Za-z]{1,9})\s*\(\s*$")
_ANNIVERSARY_OF = re.compile(r"\banniversary\s+of\s+(?:the\s+)?(?:signing\s+of\s+(?:the\s+)?)?$", re.I)
_ANNIVERSARY = "a document whose anniversary is marked: signed years before"
# what keeps a signing from happening or still asks for it, right before "the (quick) signing of"
_SIGNING_STILL_AWAITED = re.compile(r"\b(?:hinder|delay|prevent|block|obstruct|imped|stall|postpon|preclud|hamper|jeopardi[sz]|"
                                    r"derail|undermin|push(?:es|ed|ing)?\s+for|call(?:s|ed|ing)?\s+for|need\s+for|"
                                    r"prospects?\s+(?:of|for)|paves?\s+the\s+way\s+(?:for|to))\w*\s+"
                                    r"(?:the\s+|a\s+)?(?:[\w-]+\s+)?$", re.I)
_NEGOTIATE_BETWEEN = re.compile(r"\b(?:negotiat|discuss|consider|prepar|draft)\w*\b", re.I)
_A_SET_OF = re.compile(r"(?:an?\s+)?(?:set|package|series|number|range|total|bundle)\s+of\b", re.I)
_SECOND_CLASS_OF_SET = re.compile(rf"\b(?:set|package|series|bundle)\s+of\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_NOUNS})\s+and\s+"
                                  r"(?:other\s+)?$", re.I)
_SIGNED_AT_THIS_EVENT = re.compile(rf",?\s+(?:signed|adopted|concluded|inked)\s+(?:on\s+{_WEEKDAY}|today|yesterday|here|"
                                   r"during\s+the\s+(?:visit|talks|meeting))\b")
_OWN_OBJECT_THEN_ITEM = re.compile(r"\s+(?:an?|the)\s+[^,;]+,\s+(?:and\s+)?(?:(?:an?|the)\s*)?[‘“«\"]?$")
# "a signing ceremony was held by the Ministers of A and B of the Program of Joint Activities": what was signed
_CEREMONY_OF = re.compile(r"\b(?P<verb>signing)\s+ceremony\b(?:[^.;]|\.(?=[A-Z])){0,200}?\bof\s+(?:the\s+)?$")
# "The two sides also signed a Memorandum …" after a memorandum whose sentence named who signed it: a second one
_ALSO_SIGNED_ONE = re.compile(r"\balso\s+(?:signed|inked|concluded)\s+(?:an?\s+)?$")


def _signed_with_its_signers(context: Context, earlier: t.Sequence[DocMention], kind: str) -> bool:
    """An earlier document of the kind whose own sentence tells who signed it ("inked on the Kuwaiti side by X")."""
    for mention in earlier:
        sentence = context.sentence_at(mention.start)
        if mention.type == kind and mention.status is None and \
                re.search(r"\b(?:signed|inked)\b[^.;]*?\bby\s+(?-i:[A-Z])", context.text[mention.end:sentence.end]):
            return True
    return False


_ANOTHER_BEFORE = re.compile(r"\b(?:[Aa]nother|one\s+more)\s+$")  # never "also signed a …": often the same one again
# "preparing draft intergovernmental, interstate and inter-ministerial agreements": documents being written, to be
# signed; the adjectives between 'draft' and the noun are the title's
_DRAFT_BEFORE = re.compile(r"\bdraft\s+(?:(?!(?:the|a|an|of|to|for|on|in|and)\b)[a-z][\w-]*,?\s+(?:and\s+)?){0,6}$")
_DRAFTED = "a draft: a document being prepared"
# "a draft of the Roadmap", "the importance of preparing an Inter-parliamentary Cooperation Program": being written
_DRAFT_OF = re.compile(r"\b(?:drafts?\s+of|(?:development|preparation|drafting|elaboration)\s+and\s+(?:signing|adoption)\s+of|drafting|prepar(?:e|ing)|preparation\s+of|develop(?:ing)?|development\s+of|"
                       r"elaborat(?:e|ing)|elaboration\s+of)\s+(?:the\s+|an?\s+)?(?:new\s+)?[“\"«]?$", re.I)
_PUT_TO_WORK_WHY = "a document put to work, signed before"
# "an agreement on A and another on B"
_QUOTED_SUBJECT = r"on\s+(?:the\s+)?(?:[“\"«][^”\"»]{3,200}[”\"»]|[‘'][^’'\n]{3,200}[’'](?!\w))"
_ANOTHER = re.compile(rf"\s+and\s+another\s+(?:one\s+)?(?P<what>{_QUOTED_SUBJECT}|on\s+[a-z][^,.;]{{2,120}}?(?=[,.;]|$))")
# "a memorandum ... signed by the ministries in 2015, as well as a program ...": that signing is the memorandum's
_OTHER_SIGNING = re.compile(rf"\b(?:{_NOUNS})\b[^,;]{{0,120}}?\s+(?:signed|concluded|adopted|established)\s+"
                            r"(?:by|in|on|at|between)\b[^,;]*", re.I)


def _without_other_signings(clause: str, own_start: int) -> str:
    """The clause with the participle phrases of documents named before this one blanked out (same length),
    so that 'signed ... in 2015' dates the memorandum it follows, not the next item of the list."""
    for other in _OTHER_SIGNING.finditer(clause, 0, max(own_start, 0)):
        if other.end() <= own_start:
            clause = clause[:other.start()] + " " * (other.end() - other.start()) + clause[other.end():]
    return clause


def _signed_in_an_earlier_year(context: Context, start: int, end: int) -> bool:
    """A year before the article's in the words right after "signed in/at …": signed on an earlier occasion."""
    from briefing.extract.dates import article_date

    year = re.search(r"\b(?:19|20)\d\d\b", context.text[start:min(end, start + 40)])
    anchor = article_date(context)
    return bool(year and anchor and int(year.group()) < anchor.year)


# "the protocol established in 2009": a participle that dates a document the text named before
_DATED_PARTICIPLE = re.compile(r"\s+(?:signed|established|concluded|adopted|inked)\s+in\s+((?:19|20)\d\d)\b")


def _dates_named_document(context: Context, after: str, noun: str, named: list[DocMention]) -> bool:
    """'the protocol established in 2009' after 'have established a cooperation protocol': the one document of
    that kind the text named is the one dated, so it was signed earlier. True when it dated one."""
    from briefing.extract.dates import article_date

    dated = _DATED_PARTICIPLE.match(after)
    anchor = article_date(context)
    same = [m for m in named if m.type == doc_type(noun) and m.status is None]
    if not (dated and anchor and int(dated.group(1)) < anchor.year and len(same) == 1):
        return False
    same[0].status = "signed earlier"
    same[0].why.append("dated by a later mention")
    return True


# 'agreements were signed «On the establishment of ...» and «On the project ...»': the names in quotes
# after a plural noun are the documents, one per quoted name
_QUOTE_OPEN, _QUOTE_CLOSE = "\"“«„", "\"”»“"
_QUOTED_NAME = rf"[{_QUOTE_OPEN}](?:[Oo]n|[A-Z])[^{_QUOTE_CLOSE}]{{3,250}}[{_QUOTE_CLOSE}]"
_QUOTED_TITLES = re.compile(
    rf"(?:\s+(?:were|have\s+been|had\s+been)\s+{_ADVERB}(?:signed|concluded|adopted|inked))?\s*,?\s*:?\s*"
    rf"(?P<items>{_QUOTED_NAME}(?:\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+){_QUOTED_NAME})+)")


def _split_quoted(mention: DocMention, quoted: re.Match[str], noun: str) -> list[DocMention]:
    """One document per quoted name; the name is the title (the annotation keeps 'On the ...' as written)."""
    result = []
    for name in re.finditer(rf"[{_QUOTE_OPEN}](?P<name>[^{_QUOTE_CLOSE}]+)[{_QUOTE_CLOSE}]", quoted.group("items")):
        start = quoted.start("items") + name.start("name")
        result.append(DocMention(noun, start, start + len(name.group("name")), name.group("name").strip(),
                                 mention.type, list(mention.parties), mention.status, mention.in_quote, False, [],
                                 start, [*(w for w in mention.why if not w.startswith("a count or a class")),
                                         "a name in quotes after a plural noun"]))
    return result


# "cooperation agreements between A and B": a plural class word is no document's name, so what follows
# 'between' only says who signed; "a memorandum on cooperation with X Airlines": X is the other side
# "an MOU to cooperate in sports": a field, what the document covers; "to cooperate on the establishment of a
# Nuclear Science Center" names a project and stays in the title
_TO_COOPERATE = re.compile(r"\s+to\s+co-?operate\s+in\s+(?:the\s+(?:fields?|spheres?|areas?)\s+of\s+)?"
                           r"(?P<subject>[a-z][a-z-]*(?:\s+(?:and\s+)?[a-z][a-z-]*){0,3})$")
_CLASS_BETWEEN = re.compile(r"\s+between\s+.+$")
# what follows a title in lower case and is no part of it: the day it was signed, the aim of signing it
_DAY_AFTER = re.compile(rf"\s+(?:on\s+{_WEEKDAY}|today|yesterday)\b.*$")
_AIM_AFTER = re.compile(r"\s+(?:in\s+order\s+to|to\s+(?:further\s+)?(?:deepen|strengthen|boost|expand|enhance|develop|promote|"
                        r"foster|broaden|intensify|advance|bolster|elevate))\b.*$")  # not "an action plan to develop …"
_WITH_SIGNER = re.compile(r"\s+with\s+(?:the\s+|his\s+|her\s+)?(?:(?:deputy|vice|first|foreign|prime)\s+)*"
                          r"(?:minister|president|speaker|chairman|chairwoman|chair|ambassador|secretary|counterpart|head)\b.*$",
                          re.I)
_WITH_NAMED_SIDE = re.compile(r"\s+with\s+(?:the\s+)?(?P<side>[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+|the\s+)*[A-Z][\w'’.-]*)*"
                              r"(?:\s+(?:government|authorities|side))?"  # "with the Chilean government"
                              r"(?:\s*\([A-Za-z]{2,10}\))?)$")


def _take_out_parties(mention: DocMention, known: list[str]) -> None:
    """Keep the sides out of a title written in lower case: they are parties, not part of its name.
    A capitalized title ('Cooperation Program with the X Agency for 2022-2024') is a name and stays whole,
    but for sides described in words and then named after a dash ('between the capitals – A and B')."""
    described = _DESCRIBED_SIDES.search(mention.title)
    if described:
        mention.title = mention.title[:described.start()]
        mention.parties = _split_parties(described.group("sides"), known)
        mention.why.append("the sides named after a dash are parties, not part of the title")
        return
    if not mention.title[:1].islower():
        side_country = _country_after_with(mention.title)  # "Memorandum of Understanding with the U.S. Concerning X"
        if side_country and side_country not in mention.parties:
            mention.parties = [*mention.parties, side_country]
        return
    purpose = _TO_COOPERATE.search(mention.title)
    if purpose and re.fullmatch(_GENERIC_HEAD, mention.title[:purpose.start()], re.I):
        mention.subject = purpose.group("subject")  # "a memorandum of understanding (MOU) to cooperate in sports"
        mention.title = mention.title[:purpose.start()]
        return
    between = _CLASS_BETWEEN.search(mention.title)
    if between and mention.noun.lower() in _PLURAL_NOUNS:
        mention.title = mention.title[:between.start()]
        mention.why.append("the sides after 'between' are parties of a class of documents, not its title")
        return
    signer = _WITH_SIGNER.search(mention.title)
    if signer:  # "a joint communique on establishing diplomatic relations with minister of foreign affairs": who signed
        mention.title = mention.title[:signer.start()]
        mention.why.append("the office after 'with' is the other signatory, not part of the title")
        return
    side = _WITH_NAMED_SIDE.search(mention.title)
    if side and not _AGENCY.search(side.group("side")):
        mention.title = mention.title[:side.start()]
        named = _governed_country(side.group("side")) or _split_parties(side.group("side"), known)
        mention.parties = [*mention.parties, *(p for p in named if p not in mention.parties)]
        mention.why.append("the side after 'with' is a party, not part of the title")


def _country_after_with(title: str) -> str | None:
    """The country a name's "with (the) …" opens with: "… with the U.S. Concerning X" is the United States."""
    side = re.search(r"\bwith\s+(?:the\s+)?(?P<words>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})", title)
    words = side.group("words").split() if side else []
    code = next((code for size in range(len(words), 0, -1) if (code := country_code(" ".join(words[:size])))), None)
    return english_name(code) if code else None


def _governed_country(side: str) -> list[str]:
    """'Chilean government', 'Emirati authorities': the side is the country the demonym names."""
    governed = re.fullmatch(r"(?P<who>[A-Z][\w'’-]*)\s+(?:government|authorities|side)", side)
    code = country_code(governed.group("who")) if governed else None
    if code is None:
        return []
    return [english_name(code)]


_SEMICOLON_ITEM = re.compile(r";\s+(?:and\s+)?(?:a|an|the)\s")
_VERB_IN_ITEM = re.compile(r"\b(?:was|were|is|are|has|have|had|will|signed|adopted|concluded|inked)\b")


def _to_semicolon(text: str, sentence: Sentence, title_start: int, title_end: int) -> int:
    """'signed an agreement on A; an agreement on competition, consumer protection and advertising; a program …':
    in a list set out with semicolons, an item's commas are its own, so its title runs on to the next semicolon."""
    if not text.startswith(",", title_end) or not _SEMICOLON_ITEM.search(text, sentence.start, sentence.end):
        return title_end
    stop = text.find(";", title_end, sentence.end)
    if ";" not in text[sentence.start:title_start] and not (stop >= 0 and _SEMICOLON_ITEM.match(text, stop)):
        return title_end  # an item of no semicolon list
    stop = stop if stop >= 0 else sentence.end
    rest = text[title_end:stop].rstrip(" .")
    if len(rest) > 160 or _VERB_IN_ITEM.search(rest):
        return title_end
    return title_end + len(rest)


def _names_a_document(noun: str, title: str) -> bool:
    """A list item that is a document in its own right: 'a Memorandum of Intent to ...', not 'plans'."""
    if noun.lower() in ("plan", "plans", "program", "programs", "programme", "programmes", "statement", "statements"):
        # "the delegation plans to visit": a verb; "an Action Plan", "an action plan on youth policy": a document
        return noun[0].isupper() or bool(re.search(r"\b(?:action|cooperation|joint|comprehensive|work|implementation|"
                                                   r"investment|interagency|intergovernmental)\s+(?:plans?|programm?e?s?)\b|"
                                                   # "a program of cooperation in sports", "the plan of joint measures"
                                                   r"\b(?:plans?|programm?e?s?)\s+of\s+(?:joint\s+)?(?:cooperation|measures|"
                                                   r"actions?|events|activities)\b",
                                                   title, re.I))
    return noun.lower() != "documents" or bool(_SUBJECT_OF_CLASS.search(title))  # "documents on tourism"


def _split_on_list(mention: DocMention, listed: re.Match[str], noun: str) -> list[DocMention]:
    """'three memoranda: on education, on health and on tourism' -> a memorandum on each subject."""
    singular = {"memoranda": "memorandum", "memorandums": "memorandum", "mous": "MoU", "treaties": "treaty"}.get(
        noun.lower(), re.sub(r"s$", "", noun))
    items = re.split(r",\s*on\s+|,?\s+and\s+on\s+", listed.group("items"))
    result: list[DocMention] = []
    position = listed.start("items")
    for item in items:
        item = item.strip()
        start = mention.start if not result else position
        result.append(DocMention(noun, start, position + len(item), f"{singular} on {item}", mention.type,
                                 list(mention.parties), mention.status, mention.in_quote, False, [], start,
                                 [*mention.why, "one of the subjects listed after the noun"]))
        position += len(item)
        following = re.match(r",\s*on\s+|,?\s+and\s+on\s+", listed.string[position:])
        position += following.end() if following else 0
    return result


# "a cooperation agreement in culture, air transport agreement, ...": an item of a comma list written without an
# article, its lower-case modifiers right after the comma (never a verb: "..., signed agreements")
_LIST_MODIFIERS = re.compile(r",\s+(?:and\s+)?(?P<words>(?:(?!(?:a|an|the|and|or|as|well|also|other|more|among|them|these|those|namely|notably|especially|particularly|mainly)\b)"
                             r"(?![a-z]+(?:ed|ly)\b)(?!(?:sign|signs|ink|inks|conclude|adopt|approve)\b)[a-z][\w-]*\s+){1,2})$")


# Look-back windows: every search before a document noun reads a bounded stretch of text (searching
# with pos/endpos keeps word boundaries of the whole text), so a run-on sentence costs linear time.
_OF_UNDERSTANDING = re.compile(rf"{_OF_KIND}\b", re.I)
_NEAR = 60  # a determiner or "the signed" right before the title
_TITLE_REACH = 300  # the modifiers of one title ("the Comprehensive Strategic Partnership ... Agreement")
# "witnessed the MoU signed between the Federation of A and the Federation of B": sides of its own, a document of its own
_SIGNED_BETWEEN_NAMED = re.compile(r"\s+(?:signed|inked|concluded)\s+between\s+(?:the\s+)?[A-Z]")
# "(satisfaction) with inking the", "after the signing of the": a signing told as a thing talked about
# ("He said that the signing of the memorandum … was important": the subject of a report about it)
_SIGNING_TOLD_AGAIN = re.compile(r"(?:\b(?:with|on|for|about|after|over)\s+(?:the\s+)?|(?:^|\bthat\s+|[,;]\s*)[Tt]he\s+)"
                                 r"(?:signing|inking)\s+(?:of\s+)?the\s+$",
                                 re.I)
_ONE_OF_THE = re.compile(r"\bone\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_ONE_MORE_OF_A_KIND = re.compile(r"(?:separate|additional|further)\s+", re.I)
_DETERMINER = re.compile(r"\b(the|this|these|those|that|its|their|such)\s+$", re.I)
# "the signed agreements", "the signed agreements and memoranda": documents named before
_SIGNED_BEFORE = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:signed|adopted|concluded|approved)\s+"
                            rf"(?:(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS})\s+(?:and|or)\s+)?$")
# a word, or an abbreviation in brackets glued to the name it abbreviates ("Framework(TIPF) deal")
_LAST_WORD = re.compile(r"([\w'’–-]+|\([A-Z][A-Za-z]{1,7}\))\s*$")
_CAPITAL_AND = re.compile(r"[A-Z][\w-]*\s+and\s+$")
_WORD_AND = re.compile(r"([\w-]+)\s+and\s+$")
_ADJECTIVE_AND = re.compile(r"(?:al|ic|ive|ary)\s+and\s+$")
# "16 memorandums and contracts", "20 agreements, memorandums and contracts": one counted set of kinds
_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"  # counts a title opens with
# the size of a package told after it: "a package of documents, covering 27 agreements"
_COUNTS_THE_PACKAGE = re.compile(rf",?\s+(?:covering|comprising|consisting\s+of|containing|totall?ing)\s+"
                                 rf"(?:\d+|{_NUMBER_WORDS})\s+(?:[a-z][\w-]*\s+){{0,2}}", re.I)
# (a kind may carry one adjective: "14 bilateral agreements and memoranda")
_COUNTED_AND = re.compile(rf"(?:\d+|several|number of|package of|{_NUMBER_WORDS}|dozens of)\s+(?:(?:bilateral|intergovernmental|"
                          r"interdepartmental|commercial|new|other|cooperation)\s+)?((?:[\w-]+,\s+)*[\w-]+),?\s+and\s+$", re.I)
_COUNTED_KINDS = re.compile(rf"(?:\d+|several|{_NUMBER_WORDS})\s+(?:[\w-]+\s+)?(?P<first>{_NOUNS})\b[^.;]*?\s+and\s+", re.I)
_QUANTIFIED = re.compile(rf"\s*(?:\d+|several|some|a\s+few|a\s+number\s+of|{_NUMBER_WORDS}|dozens?)\b", re.I)
_QUANTIFIER = re.compile(r"(?:(?:number|package|series|set|range|total)\s+of\s+(?:[\w-]+\s+)?)$")
_AMOUNT_WORDS = frozenset(("million", "billion", "trillion", "mln", "bln", "thousand"))
_COUNT = re.compile(rf"(?:\d+|{_NUMBER_WORDS}|dozens?)\b", re.I)
_APPROXIMATE_WORDS = r"(?:(?:more|fewer|less)\s+than|over|about|around|nearly|almost|up\s+to)"
_APPROXIMATELY = re.compile(rf"^{_APPROXIMATE_WORDS}\s+", re.I)  # opening a title
_APPROXIMATE = re.compile(rf"\b{_APPROXIMATE_WORDS}\s+$", re.I)  # just before a count
_STOP_WORDS = frozenset(("a", "an", "the", "this", "these", "those", "its", "their", "and", "or", "of", "to",
                         "sign", "signed", "signing", "conclude", "establish", "adopt", "between", "with", "another",
                         # "signed on Tuesday six agreements": the day of the signing, not a word of the title
                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                         "yesterday",
                         # "a historic Agreement to extend …": praise, not a word of the name
                         "historic", "landmark", "milestone", "important", "significant", "crucial", "groundbreaking"))
# ("another": "Another MoU was signed by …" is one more MoU, not a word of its name)


def _without_attribution(title: str) -> str:
    """'… of the two countries, Azernews reports' → the title; a closing quote no opening one matches is dropped
    ("signed ‘Memorandum … training’": the opening mark stands before the title)."""
    title = _SPEAKER_SAID.sub("", _ATTRIBUTION.sub("", title))  # "…, the minister said on X, News.Az reports"
    closing = {"’": "‘", "”": "“", "»": "«"}
    if title[-1:] in closing and closing[title[-1]] not in title:
        title = title[:-1].rstrip()
    return title


# ", Azernews reports", ", the Uzbek media reported": the agency that tells it, after the title
# "», Kazinform correspondent reports": its closing mark and the agency's reporter too
_ATTRIBUTION = re.compile(r",?[’”»]?,?\s+(?:the\s+)?(?:(?:[A-Z][\w.-]*\s+){1,3}(?:media\s+|(?:correspondent|reporter|news\s+agency)\s+)?|"
                          r"(?:message|statement|report|press\s+release|press\s+service)\s+)"  # "», the message says"
                          r"(?:reports?|reported|informs?|informed|said|says|reads)$")
# "…, Azerbaijani Minister of Economy Mikayil Jabbarov said on X", "… Bank,” the minister said": who told it
_SPEAKER_SAID = re.compile(r",?[’”»\"]?,?\s+(?:the\s+)?(?:[\w.’'-]+\s+){1,10}?(?:said|says|wrote|noted|stated|announced|posted)"
                           r"(?:\s+(?:on|in)\s+(?:X|Twitter|Facebook|Telegram|Instagram|a\s+(?:post|statement)))?$")


def _a_proper_name(title: str) -> bool:
    """"Status of Visiting Forces Agreement": a name of capitalized words, not "Memorandum on cooperation"."""
    return sum(1 for word in title.split() if word[:1].isupper()) >= 3


def _name_alone(title: str) -> str:
    """A document's name without its abbreviation in brackets and a year after it, to tell it named again."""
    return re.sub(r"\s*\([^()]*\)|\s+(?:in|for|by|until)\s+(?:19|20)\d\d$", "", title).strip().lower()


_SITTINGS_RECORD = re.compile(r"(?:meeting|session|sitting|council|commission)['’]s$", re.I)


def _title_start(text: str, floor: int, start: int) -> int:
    """Include modifiers and quantifiers before the noun: 'several interregional cooperation agreements'."""
    floor = max(floor, start - _TITLE_REACH)
    position = start
    while True:
        match = _LAST_WORD.search(text, floor, position)
        if not match:
            break
        word = match.group(1)
        if position == start and _SITTINGS_RECORD.match(word) and re.match(r"(?:protocol|minutes)\b", text[start:start + 9], re.I):
            position = match.start(1)  # "the meeting’s protocol": the sitting's own record, named by it
            continue
        if word.startswith("(") and re.search(r"[\w-]\s?$", text[floor:match.start(1)]):
            position = match.start(1)  # the name it abbreviates comes before it
            continue
        if word == "and" and _CAPITAL_AND.search(text, floor, position) and text[position:position + 1].isupper() \
                and position < start:  # "... and Memorandum of ...": the noun right after 'and' opens a new title
            position = match.start(1)  # "Strategic Partnership and Cooperation Agreement"
            continue
        if word == "and":
            previous = _WORD_AND.search(text, floor, position)
            word_before = previous.group(1) if previous else ""
            names_before = word_before[:1].isupper() and text[position:position + 1].isupper()
            if _LEFT_WORDS.match(word_before) and _ADJECTIVE_AND.search(text, floor, position) \
                    and not names_before:  # "... of the Czech Republic and Memorandum of ...": a name ends, a title opens
                position = match.start(1)  # "intergovernmental and interdepartmental documents"
                continue
            joined = _COUNTED_AND.search(text, floor, position)
            counted_again = _QUANTIFIED.match(text, position, start)  # "four agreements and several MoUs": two sets
            if joined and not counted_again and all(DOC_NOUN.fullmatch(kind) for kind in re.split(r",\s+", joined.group(1))):
                position = joined.start(1)  # "16 memorandums and contracts on cooperation": one counted set
                continue
        if word == "of" and text[position:position + 1].isupper() and \
                re.search(r"(?<![\w-])(?!The\b|A\b|An\b)[A-Z][\w-]*\s+$", text[floor:match.start(1)]):
            position = match.start(1)  # "a Status of Visiting Forces Agreement": an "of" inside the capitalized name
            continue
        if word.lower() in _STOP_WORDS or word.lower() in _AMOUNT_WORDS:
            break  # "a $50 million loan agreement": the amount is what it is worth, not its name
        if not _LEFT_WORDS.match(word) or word in ("The", "A", "An"):
            break
        position = match.start(1)
    approximate = _APPROXIMATE.search(text, floor, position) if _COUNT.match(text, position) else None
    if approximate:
        position = approximate.start()  # "more than ten agreements": not ten
    quantifier = _QUANTIFIER.search(text, floor, position)
    if quantifier:
        position = quantifier.start()
    return position


# "The corresponding accord was signed", "the relevant agreements were signed": the document is the one the text
# describes in other words (a loan, a strategy), not a title of its own
# "mutual recognition of documents on education", "the issuance of travel documents": documents as a field's object
_ACTED_ON = re.compile(r"\b(?:recognition|legali[sz]ation|issu(?:ance|ing)|verification|authentication|apostille|"
                       r"forgery|processing|digiti[sz]ation)\s+of\s+(?:[a-z]+\s+)?$", re.I)
# "According to the president, the new deal would ...": a comma after an opening phrase is a list's only when
# another item or the signing follows ("In addition, an agreement on A, an agreement on B ... were signed")
_CLAUSE_COMMA = re.compile(r",\s*(?:and\s+)?(?:[Aa]|[Aa]n|[Tt]he)?\s*$")
_NEXT_ITEM = re.compile(rf"\s*(?:,|;|\s+and\b|\s+as\s+well\s+as\b)\s*(?:(?:an?|the)\s+)?(?:[\w-]+\s+){{0,3}}(?i:{_NOUNS})\b")
_COSIGNED = re.compile(r"\b[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*\s+and\s+I\s+(?:have\s+)?(?:also\s+|just\s+)?signed\b")
# "the corresponding accord": the one told before; "an appropriate protocol was adopted" is a new one, fit for its purpose
_REFERRING = re.compile(r"(?<!\ban\s)(?<!\ba\s)\b(?:corresponding|relevant|respective|appropriate|aforementioned|above-mentioned|said)\s+$",
                        re.I)
REFERS_BACK = "refers to a document the text describes in other words"
# "the freshly signed cooperation pact will deepen ties": the document whose signing the text told, in other words
_JUST_SIGNED = re.compile(r"\b(?:the|this|that)\s+(?:freshly|newly|recently|just)[\s-]+signed\s+$", re.I)
JUST_SIGNED_WHY = "refers to the document the text says was signed"


# "Plan for celebrating the 30th anniversary of diplomatic relations": after a capitalized noun, the purpose is its name
# "Agreement to extend parliamentary cooperation between the State Duma … and the National Assembly … in Moscow": so is
# an infinitive that names its sides, up to where it was signed ("an Action Plan to strengthen ties between their
# governments" is a plan and what it is for)
_NAMED_PURPOSE = re.compile(r"\s+for\s+[a-z]+ing\s+(?:[\w-]+\s+){0,14}?[\w-]+(?=\s*[,.;]|$|\s+and\s+[a-z]+ing\b)|"
                            r"\s+to\s+(?!be\b)(?:extend|expand|develop|strengthen|promote|deepen|enhance|establish|create|"
                            r"set\s+up|boost|increase|facilitate)\s+(?:[\w-]+\s+){0,6}?between\s+(?:the\s+)?[A-Z]"
                            r"[^,.;]*?(?=\s+in\s+[A-Z][\w-]+\s*[,.;]|\s+on\s+[A-Z][a-z]+day\b|\s*[,.;]|$)")
# "memoranda on Wednesday", "an agreement on March 3": the day of the signing, not what the document is about;
# "signed the MOU on behalf of their countries": who signed, not what it is about
_MONTH_WORD = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
               r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.")
_NOT_A_DAY = (r"(?!\s+behalf\b)(?!\s+the\s+(?:occasion|sidelines|margins)\b)"
              rf"(?!\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d)\b)(?!\s+(?:{_MONTH_WORD}))")


# one to three lower-case words naming a field: "higher education", "scientific research" (never "a", "the")
_FIELD_WORDS = r"(?!(?:a|an|the|and)\b)[a-z][\w-]*(?:\s+(?!(?:a|an|the|and)\b)[a-z][\w-]*){0,2}"


_PLURAL_CLASS = r"programs|programmes|agreements|memoranda|memorandums|protocols"


# the words of a list of fields inside a title ("trade, economic and humanitarian"): lower case, never an article
# or a document noun; the head noun they all govern ends the list
_LIST_WORDS = rf"(?!(?:a|an|the|and|or|{_NOUNS})\b)[a-z][\w-]*"
_HEAD_NOUNS = r"(?:cooperation|co-operation|relations|partnership|ties|interaction|collaboration|(?:safety\s+)?control)"
_NOT_A_NOUN = rf"(?!(?i:{_NOUNS})\b)"
_CAPITAL_ITEM = rf"{_NOT_A_NOUN}[A-Z][\w-]*(?:\s+{_NOT_A_NOUN}[A-Z][\w-]*)*"
# "avoidance", "prevention", "development": a noun of action, the subject of a title ("the prevention of ...")
_ACTION_NOUN = r"(?!occasion\b|invitation\b|presence\b|sidelines\b)[a-z]+(?:tion|sion|ment|ance|ence)"  # never "on the occasion of"
# "... a business council and discussed trade": the sentence's next verb, never part of a title
_AND_VERB = r"\s+and\s+(?:also\s+)?(?:[a-z]+ed|held|met|took|made|gave|said|spoke)\b"
# where a subject phrase of a title ends: punctuation, a verb, the sides, the next item of a list
# ("1.5 million tons", "1,000 MW": a number's point or comma ends nothing)
_SUBJECT_END = (r"(?=,(?!\d{3}\b)|\.(?!\d)|;|$|\s+(?:was|were|is|are|has|have|had|will|which|between|signed|adopted|concluded|with\s+(?:respect|"
                r"regard)|and\s+(?:a|an|the|other)\b|as\s+well\s+as|during|at|in\s+the\s+presence|under\s+the\s+witness|witnessed\s+by|today|yesterday|"
                r"(?:last|this|next)\s+(?:week|month|year)|earlier|later)\b|\s+(?:in|on)\s+(?:[A-Z]|\d)|" + _AND_VERB + ")")


# the title patterns, compiled once: there are more patterns in the extractor than the re module's cache holds,
# so going through it they would be compiled again and again in a batch
_compiled = functools.lru_cache(maxsize=None)(re.compile)


_CAPITAL_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,4}"


# "… of Azerbaijan, Kazakhstan, and Uzbekistan": the next country of a list
_NEXT_COUNTRY = re.compile(r"(?P<comma>,)?\s*(?:and\s+)?(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


def _countries_listed_on(text: str, title_end: int, limit: int) -> int:
    """'Memorandum … on the Integration of Energy Systems of Azerbaijan, Kazakhstan, and Uzbekistan': a title that ends
    in a country goes on over the countries listed after it with commas."""
    first = _NEXT_COUNTRY.match(text, title_end, limit)
    if not (first and first.group("comma") and ends_with_country(text[max(0, title_end - 40):title_end])):
        return title_end
    end = title_end
    while (more := _NEXT_COUNTRY.match(text, end, limit)) and country_code(more.group("country")) and \
            (more.group("comma") or re.match(r"\s+and\s", text[end:more.start("country")])):
        end = more.end()
    return end


# the dots of "the U.S. Commission", which end no title: a side's name goes on after them
_ABBREVIATION_DOT = r"(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\.(?=\s+[A-Z])"


def _complements(text: str, end: int, limit: int, body_owned: bool = False) -> int:
    """Extend the title over 'of cooperation', 'on establishing ...', 'in the field of X', 'between A and B'; a
    ``body_owned`` document (a body's rules of procedure, its charter) over the body it belongs to."""
    rest = text[end:limit]
    if body_owned:  # "the Rules of Procedure of the Committee on Consular Affairs": the rules name their body
        owner = _OF_ITS_BODY.match(rest)
        end, rest = (end + owner.end(), rest[owner.end():]) if owner else (end, rest)
    consumed = 0
    patterns: tuple[str, ...] = (
        r"\s*\([A-Za-z]{2,8}\)",
        # "an MOU on cooperating in the exchange of intelligence analyses": what the parties will do together
        r"\s+on\s+(?:cooperating|working\s+together|collaborating)\s+(?:in|on)\s+[^,.;]{2,120}?(?=\s*[,.;]|\s+(?:was|were|is|are|"
        r"signed|in\s+[A-Z])\b|$)",
        # "MoU on political, diplomatic coop.": kinds of one cooperation, listed with commas before it
        rf"\s+(?:on|for)\s+(?:[a-z]+{_ADJECTIVE_ENDING},\s+)+(?:and\s+)?[a-z]+{_ADJECTIVE_ENDING}\s+"
        r"(?:cooperation|co-operation|coop\b\.?|relations|ties)",
        # "Memorandum of Cooperation for a Strengthened Partnership": a capitalized name goes on after "for a"
        r"(?<=\w)\s+for\s+an?\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*",
        rf"\s*\([“\"«]?(?:[A-Za-z-]+\s+){{0,2}}(?i:{_NOUNS})[”\"»]?\)",  # "the action plan (road map) between …": its other name
        rf"/(?i:{_NOUNS})\b",  # "agreements/MoUs": either kind, one title
        # "the Final Protocol/Agreed Minutes of technical Committee discussions": one document under two names, and the
        # talks it records
        rf"/(?:[A-Z][\w-]*\s+){{1,2}}?(?:(?i:{_NOUNS})|Minutes)\b(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?"
        r"(?:discussions|talks|negotiations|meetings?|sessions?)\b)?",
        # "the Protocol on Amendments to the Host Country Agreement", "a Protocol to the Agreement on Trade": the
        # document it amends or adds to is part of its name, not a second document signed
        r"\s+to\s+the\s+(?:[A-Z][\w-]*\s+){0,4}(?:Agreement|Treaty|Convention|Charter|Memorandum|Protocol)\b",
        r"\s+to\s+the\s+(?:(?:intergovernmental|interstate|bilateral|basic|framework)\s+)?(?:agreement|treaty|convention)\b",
        # "a protocol to amend an agreement on air cargo cooperation": the document amended names the protocol
        r"\s+(?:to\s+amend|amending|on\s+(?:making\s+)?(?:amendments|changes)\s+to)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:agreement|treaty|convention|memorandum|protocol)\b(?:\s+(?:on|between)\s+(?:(?!\s+(?:signed|was|were|by)\b)[^,.;])+?)?"
        r"(?=\s+(?:signed|was|were|by|is|are|has|have|will)\b|[,.;]|$)",
        r"(?<![Dd]ocument)(?<![Dd]ocuments)\s+document\b",  # "a roadmap document for 2022": one document, the type first
        rf"\s+{_QUOTED_SUBJECT}",  # "an agreement on the “mutual assistance in customs matters”"
        # "an agreement on mutual recognition of documents on education": documents the agreement is about
        r"\s+on\s+(?:the\s+)?(?:mutual\s+)?(?:recognition|legali[sz]ation|issu(?:ance|ing)|verification)\s+of\s+"
        r"(?:[a-z]+\s+)?documents?(?:\s+(?:on|in)\s+(?!(?:the\s+)?[A-Z])[a-z]+(?:\s+(?!(?:was|were|is|are|has|have|will|between|"
        r"signed)\b)[a-z]+)?(?=[,.;]|\s+(?:was|were|is|are|"
        r"has|have|will|between|signed)\b|$))?",
        # "the protocol for the provision of technical assistance to X on a grant basis was signed": a title whose
        # subject is an action goes on to the verb, never over a place or a day ("in Lima", "on Monday")
        rf"\s+(?:on|for)\s+the\s+{_ACTION_NOUN}(?:\s+and\s+{_ACTION_NOUN})?\s+of\s+(?:(?!\s+(?:in|at|on)\s+[A-Z\d])[^,.;]){{2,160}}?"
        rf"{_SUBJECT_END}",
        # "for the modernization and development of the Ulan Bator Railway": the named thing the action is on
        r"(?<=tion|ment|ance|ence|sion)\s+of\s+the\s+[A-Z][\w-]*(?:\s+(?:of\s+|and\s+|the\s+)*[A-Z][\w-]*)*",
        # "a loan agreement for the project Construction of Schools (Phase 2)": the project it finances names it
        r"\s+for\s+(?:the\s+)?project\s+(?:[\"“«][^\"”»]{3,150}[\"”»]|[A-Z][\w-]*(?:\s+(?:(?:of|and|the|for|in|on)\s+)*"
        r"[A-Z][\w-]*)*(?:\s*\([^()]{1,30}\))?)",
        # "protocol of the 9th meeting of the Joint Commission on Trade": the minutes of a named body's session
        r"\s+of\s+the\s+(?:\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th)|[IVXL]{1,7})\s+(?:meeting|session|sitting)\s+of\s+the\s+"
        r"[A-Z][\w-]*(?:\s+(?:(?:on|of|for|and|the)\s+)*[A-Z][\w-]*)*",
        # "the roadmap for implementing the agreements between the Presidents": what the document puts to work
        r"\s+(?:for|on)\s+(?:implementing|realizing|the\s+implementation\s+of|the\s+realization\s+of)\s+(?:[^,.;]|\.(?=\s?\d)){2,140}?"
        r"(?=\s+(?:was|were|is|are|has|have|will|signed)\b|[,;]|\.(?!\s?\d)|$)",  # "on Dec. 21-22": no sentence end
        # "the Protocol for the 8th term", "the protocol of the 9th session": the minutes of a commission's sitting
        r"\s+(?:for|of)\s+the\s+(?:\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th)|[IVXL]{1,7})\s+(?:term|meeting|session|sitting)\b",
        # "on Ulaanbaatar-Moscow friendly cooperation", never "of Understanding on cooperation" before more of its subject
        r"\s+(?:on|of)\s+(?:[A-Z][\w-]*\s+)+(?:(?!(?:to|for|and|in)\s)[a-z][\w-]*\s+){0,2}(?:cooperation|relations|partnership)\b"
        r"(?!\s+(?!(?:and|between|was|were|is|are|has|have|in|on|at|for|with|to|signed|during)\b)[a-z])",
        # "on trade, economic and humanitarian cooperation": the fields all govern one head noun, so the comma
        # list is inside the title (a list ending in a field, "in mining, fishing and tourism", is not)
        rf"\s+on\s+{_LIST_WORDS}(?:,\s+{_LIST_WORDS})*,?\s+and\s+{_LIST_WORDS}?\s*{_HEAD_NOUNS}\b",
        # a capitalized name, its comma list ending in "and X" ("on Strategic Cooperation, Strengthening Friendship
        # and Trust"); never over the next document of a list ("the Agreement on Trade and the Protocol on ...")
        rf"\s+(?:of|on{_NOT_A_DAY})\s+[A-Z][\w-]*(?:\s+(?:and\s+(?!the\b){_NOT_A_NOUN}|of\s+|on{_NOT_A_DAY}\s+|for\s+|the\s+|[–—]\s+)*"
        rf"[A-Z][\w-]*|"
        rf"(?:,\s+{_CAPITAL_ITEM})*,?\s+and\s+{_NOT_A_NOUN}[A-Z][\w-]*)*",
        # "the Roadmap for Regional Cooperation in Transport and Logistics": a capitalized name goes on over its fields
        r"(?<=Cooperation)\s+in\s+[A-Z][\w-]*(?:(?:,\s+|,?\s+and\s+)[A-Z][\w-]*){0,4}",
        # "a Memorandum of Understanding in direct investment promotion, inked by …": the field it covers, up to the comma
        r"(?:(?<=Understanding)|(?<=Cooperation)|(?<=Agreement)|(?<=Memorandum))\s+in\s+(?!(?:the|a|an|order|presence|its|their|his|her|this|"
        r"that|which|addition|accordance|line|particular)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}"
        r"(?=\s*,|\s+(?:was|were|between|signed|by)\b)",
        # "a letter of exchange on Rohanpur-Singhabad railway route was signed": common nouns after the name, up to
        # the signing verb (the lookbehind sees the title so far: never right after the document noun)
        r"(?<=\w)(?:\s+(?!(?:was|were|is|are|has|have|had|will|and|or|by|in|at|on|of|during|for|with|to|the|a|an|also|"
        r"today|yesterday|earlier|later|recently|finally|then|which|that|who|been)\b)[a-z][\w-]*){1,3}"
        r"(?=(?:\s*\([^()]{1,120}\))?\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+|already\s+)?"
        r"(?:signed|inked|concluded|adopted|exchanged)\b)",
        r"\s+and\s+(?:expansion|development|strengthening|deepening)\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?(?=[,.;]|\s+(?:was|were|between|signed)\b|$)",
        # "a joint statement on strengthening strategic partnership and allied relations": a second ties phrase of the subject
        r"(?:(?<=partnership)|(?<=operation)|(?<=relations))\s+and\s+"
        r"(?:(?!(?:another|other|on|in|of|for|the|a|an)\b)[a-z][\w-]*\s+){1,2}?(?:relations|partnership|cooperation)\b",
        # "a memorandum on expansion of cooperation among the border regions of the two countries": whose cooperation
        r"(?<=cooperation)\s+among\s+(?:the\s+)?[a-z][^,.;]{2,80}?(?=[,.;]|\s+(?:was|were|is|are|signed)\b|$)",
        r"(?i:\s+of\s+understanding\s+and\s+cooperation)\b",  # "Memorandum of Understanding and Cooperation in ..."
        # "the agreement establishing twin-city relations between A and B": what it establishes is its subject
        r"\s+establishing\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:relations|ties|partnership)\b",
        # "memorandums of cooperation and joint implementation of investment projects were signed": the second
        # subject goes on to the signing verb
        r"(?<=cooperation)\s+and\s+(?!the\b|a\b|an\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,6}?"
        r"(?=\s+(?:was|were|have\s+been|has\s+been|will\s+be)\s+(?:signed|inked|concluded|adopted|exchanged)\b)",
        r"(?i:\s+of\s+(?:cooperation|understandings?|intent|intentions?|friendship|partnership|accession|"
        r"mutual understanding|strategic partnership|[\w-]+ cooperation|consultations|actions?|measures|events|"
        r"(?:practical|joint|priority)\s+(?:activities|actions|measures|steps)))\b",
        # "plan of action on expansion of trade, economic and humanitarian cooperation": the fields share one head
        rf"\s+on\s+(?:the\s+)?(?:expansion|development|strengthening|deepening|promotion)\s+of\s+"
        rf"{_LIST_WORDS}(?:,\s+{_LIST_WORDS})*,?\s+and\s+{_LIST_WORDS}?\s*{_HEAD_NOUNS}\b",
        # "on critical minerals" up to the next item of a list ("and a roadmap"), never over another document noun
        # "a roadmap for trade", never "for the first time", "for five years", "for conducting trainings" (a purpose)
        # ("an agreement over exchange and protection of classified information", never "over the weekend")
        rf"\s+(?:on{_NOT_A_DAY}|over(?!\s+(?:the\s+)?(?:weekend|next|past|last|coming|period|years?|months?|\d))|"
        rf"for(?!\s+(?:an?\s|(?:the\s+)?(?:first|second|third|next|last|period|years?|months?|\d|[a-z]+\s+years)|"
        r"[a-z]+ing\b)))\s+"
        rf"(?:(?!(?:{_NOUNS}|another)\b)(?:[A-Za-z][\w-]*|\d{{1,3}}(?:st|nd|rd|th))\s+){{0,8}}?(?!(?:{_NOUNS}|that|which|who)\b)"
        r"(?:[A-Za-z][\w-]*)"  # "on the results of the 10th session": an ordinal inside the subject
        r"(?=\s+between\b|[,.;:]|$|\s+to\s+(?:allow|enable|give|let|help|make)\b|"  # "… on A and B to allow firms …": its aim
        r"\s+(?:that|which|was|were|is|are|will|would|shall|has|have|had|in|at|during|for|today|"
        r"signed|adopted|concluded|inked|"
        r"yesterday|tomorrow|last|this|next|earlier|later|"
        rf"on\s+{_WEEKDAY})\b|\s+and\s+(?:a|an|the|on)\b|\s+(?:along|together)\s+with\b|{_AND_VERB}|"
        rf"\s+on\s+(?:\d|{_MONTH_WORD})|"  # "on trade on 17 July": the day ends the subject
        # "on information exchange with the Presidential Committee on …": the named body it was signed with
        r"\s+with\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,4}(?-i:Ministry|Committee|Agency|Council|Commission|Bank|Chamber|"
        r"University|Institute|Cent(?:re|er)|Corporation|Company|Fund|Authority|Office|Service|Administration|Academy|"
        r"Union|Association)\b|"
        rf"\s+and\s+(?:[a-z][\w-]*\s+){{0,2}}(?i:{_NOUNS})\b|\s+and\s+another\b)",  # "on culture and bilateral documents on ..."
        # "in the fields of energy, education, logistics, and construction": the whole list, up to its "and"
        r"\s+in\s+the\s+(?:fields|spheres|areas)\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:,\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)+,?"
        r"\s+and\s+(?!the\b|a\b|an\b)[a-z][\w-]*(?:\s+(?!as\b|was\b|were\b)[a-z][\w-]*)?(?=[,.;]|\s+(?:was|were|as\s+well\s+as)\b|$)",
        r'\s+in\s+the\s+(?:fields?|spheres?|areas?)\s+of\s+[a-z][\w\s-]{2,120}?'
        r'(?=\s+(?:was|were|will|would|is|are|has|have|between|and (?:the|a|an)|as well as|signed|adopted|concluded|inked)\b|[,.;"”»])',
        # a name in capitals goes on over its field list and its aim: "Agreement on Cooperation in the Field of
        # Trade, Economy, Science and Technology", "Agreement on Cooperation to Combat Terrorism"
        r"\s+in\s+the\s+(?:Fields?|Spheres?|Areas?)\s+of\s+[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)*(?:,?\s+and\s+[A-Z][\w-]*)?",
        r"\s+to\s+(?:Combat|Counter|Prevent|Promote|Protect|Develop|Strengthen|Facilitate|Support|Enhance|Expand|"
        r"Ensure|Establish|Implement|Fight)\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3}",  # a capital verb: a name
        # "in the trade, economic and energy spheres"; never "in the agri-industrial complex, and industry ministers,
        # an agreement ...": a comma and 'and' right before the field word start the next clause
        r"\s+in\s+the\s+[a-z][\w\s,-]{2,80}?(?<!, and)\s+(?:areas|fields|spheres|sectors|sector|sphere|field|industry|complex)\b",
        # "in education was signed", "on cooperation in ICT."; never "in UAE" (a place)
        # "… in sports, Kazinform correspondent reports": the attribution after the comma ends the sentence's news
        r"\s+in\s+(?:[a-z][\w-]*|(?:ICTs?|IT|AI)\b)(?:\s+and\s+[a-z][\w-]*)?(?=\s+(?:was|were|is|are|has|have|will)\b|[.;]|$|"
        r",\s+(?:the\s+)?(?:[\w.-]+\s+){1,4}?(?:reports?|reported|said|says|informs?|informed|noted)\b)",
        # "a Memorandum of Understanding in regional and international relations and infrastructure.": its fields, to the end
        # (never "on cooperation in trade, energy and tourism.": the fields of a lone document are areas, not its name)
        r"(?<!cooperation)\s+in\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|which|order|accordance|line|"
        r"addition|particular|turn|total|person|behalf|favou?r|front|charge|presence|principle|support)\b)[a-z][\w-]*"
        r"(?:(?:,\s+|,?\s+and\s+|\s+)(?!(?:the|a|an|in|at|on|of|by|with|during|after)\b)[a-z][\w-]*){1,7}(?=[.;]|$)",
        # "in road and transportation field"; never "in a range of areas", "in various fields" (no field named)
        r"\s+in\s+(?!(?:a|an|various|several|many|different|multiple|all|other|numerous)\b)[a-z][\w-]*"
        r"(?:\s+(?:and\s+)?[a-z][\w-]*){0,3}\s+(?:field|sphere|sector|area)s?\b",
        # "on cooperation in the prevention and elimination of emergencies": the activity the cooperation is in
        rf"(?<=cooperation)\s+in\s+the\s+{_ACTION_NOUN}(?:\s+and\s+{_ACTION_NOUN})?\s+of\s+"
        rf"(?:[a-z][\w-]*\s+){{0,4}}?[a-z][\w-]*{_SUBJECT_END}",
        # "on the avoidance of double taxation and the prevention of tax evasion": a second subject of the same title
        rf"(?<=[a-z])\s+and\s+(?:the\s+)?{_ACTION_NOUN}\s+of\s+(?:[a-z][\w-]*\s+){{0,4}}?[a-z][\w-]*{_SUBJECT_END}",
        # "on the elimination of double taxation in relation to income taxes": what the subject covers
        rf"\s+(?:with\s+(?:respect|regard)|in\s+relation)\s+to\s+(?:[a-z][\w-]*\s+){{0,8}}?[a-z][\w-]*{_SUBJECT_END}",
        # "on cooperation in preventing crime and providing security,": what the cooperation is in, up to the comma
        r"(?<=cooperation)\s+in\s+[a-z]+ing\s+[a-z][a-z\s-]{2,60}?(?=[,.;]|$)",
        # "a cooperation agreement in education, higher education and scientific research, a ...": the fields of one
        # item of a comma list of documents, up to its 'and' (the next item follows); a lone document's fields
        # ("a roadmap on cooperation in trade, energy and tourism.") are areas, not its name
        rf"\s+in\s+{_FIELD_WORDS}(?:,\s+{_FIELD_WORDS})*,?\s+and\s+{_FIELD_WORDS}"
        rf"(?=,\s+(?:and\s+)?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,3}}(?i:{_NOUNS})\b)",
        r"\s+on\s+(?:cooperation|the\s+)?[\w\s-]{2,40}?(?=\s+between\b)",
        # "on cooperation and exchange of expertise in various areas of urban planning between the Ministry ...",
        # "in fisheries between the Agency ...": a subject in lower-case words runs on to the named sides
        rf"(?:\s+(?:on|in)|(?<=[a-z])\s+and)\s+(?:(?!(?:{_NOUNS}|signed|inked|was|were|is|are|has|have|will)\b)[a-z][\w-]*\s+){{0,14}}?"
        r"[a-z][\w-]*(?=\s+between\s+(?:the\s+)?[A-Z])",
        r"\s+for\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of|and|the|for|in|on)?\s*[A-Z][\w-]*)*",
        r"\s+(?:for|on)\s+(?:[a-z][\w-]*\s+){0,3}(?:cooperation|development|partnership|interaction)\b",
        r"\s+(?:for|in|from)\s+(?:the\s+(?:period|years)\s+)?(?:19|20)\d\d"
        r"(?:(?:\s*[-–−]\s*|\s+(?:to|through)\s+)(?:(?:19|20)\d\d|\d\d(?!\d)))?(?:\s+years?\b)?",  # "for 2023-24", "for 2022 to 2027"
        _UP_TO_YEAR.pattern,  # "programme for economic cooperation until 2030", "roadmap ... for the period up to 2020"
        # "Memorandum of Intent to establish the X Institute at the Y University": what the document sets up
        r"\s+to\s+(?:establish|create|set\s+up|build|open|launch|develop|accelerate|speed\s+up)\s+(?:a|an|the)\s+[^,.;]{2,140}?"
        rf"(?=\s+(?:between|was|were|is|are|has|have|signed)\b|[,.;]|$|\s+and\s+(?:an?\s+|the\s+)?(?i:{_NOUNS})\b)",
        # "Action Plan to expand cooperation in the field of agriculture": what the plan is for, its name
        rf"{_TO_EXPAND_COOPERATION}(?:(?!\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:signed|inked)\b)[^,.;])"
        r"{0,80}?(?=[,.;]|$)",  # never over the verb that signs it
        r"\s+to\s+co-?operate\s+(?:on|in)\s+[^,.;]+?(?=(?:\s+in the near(?:est)? future|\s+soon|\s+next\s+\w+)?[,.;]|"
        r"\s+in the near future|\s+soon\b)",
        # "... between A and B have also been signed", "... are to be signed": the verb phrase is no part of the title
        rf"\s+between\s+(?!(?:on|in|of|to)\s)(?:[^.;]|{_ABBREVIATION_DOT})+?(?=\s+(?:was|were|is|are|has|have|had|will|shall|would|can|could|may|might)"
        r"(?:\s+(?:also|already|now|been|to|be|jointly|officially|expected|set|due|scheduled|planned|likely|going))*"
        r"\s+(?:signed|inked|concluded|adopted|approved|issued)|\s+signed\b|\s+in the near(?:est)? future|"
        # "… between A and B on March 13": the day of the signing, no side of it
        r"\s+(?:on|in)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
        r"\s+and\s+[a-z]+ing\b|"  # "… between two countries and implementing a tourism project": the next matter discussed
        # "… between Tbilisi and Rome with the Mayor of Rome": who signed it with the subject
        r"\s+with\s+(?:the|his|her|their|its)\s+|"
        # "… between A and B provinces under the witness of President X": who watched the signing
        r"\s+(?:under\s+the\s+witness|in\s+the\s+presence)\s+of\b|\s+witnessed\s+by\b|"
        # "signing a memorandum between A and B will strengthen …": what the signing brings, the clause's own verb
        r"\s+(?:will|would|can|could|may|might|should)\s+(?:further\s+|also\s+)?(?!be\b)[a-z]+\b|"
        # "the ceremony of signing the Agreement … between A and B will be held during …": the ceremony's verb
        r"\s+(?:will|would|is\s+to|are\s+to)\s+(?:also\s+)?be\s+(?:held|signed|organi[sz]ed|conducted|hosted|arranged|adopted|approved|concluded)\b|"
        # "talks on the Free Trade Agreement between the two countries have started": the clause's own verb
        r"\s+(?:have|has|had)\s+(?:already\s+|now\s+|just\s+)?(?:[a-z]+(?:ed|en|un)|come|become)\b|"
        # "the signing of a joint statement on … between A and B is of great importance": what is said of it
        r"\s+(?:is|are|was|were|would\s+be|will\s+be)\s+(?:of|an?|the|very|extremely|highly|important|necessary|crucial|"
        r"essential|key|vital)\b|"
        # "... between A and B and the Action Plan for ...": the next document of a coordinated pair
        rf"\s+and\s+(?:the|a|an)\s+(?:[A-Z][\w-]*\s+){{0,4}}(?i:{_NOUNS})\b|"
        rf"\s+and\s+(?:[Jj]oint\s+)?(?=[A-Z])(?i:{_NOUNS})\s+(?:of|on|between)\b|"  # "... and (joint) Memorandum of ..."
        r",\s+(?:which|as well as|and|with|in|during|according)|"
        # "… between the legislatures of the two countries, Bair Zhamsuyev, member of …, said": who told it
        r"(?:,\s+[^,.;]{1,80}?){1,3},?\s+(?:said|says|told|reported|added|noted)\b|"
        # a comma that goes on with a list of fields of one head ("on radiation, chemical and biological safety
        # control") is inside the title; any other before a lower-case word ends it
        rf",\s+(?=[a-z])(?!{_LIST_WORDS}(?:,\s+{_LIST_WORDS})*,?\s+and\s+{_LIST_WORDS}?\s*{_HEAD_NOUNS}\b)"
        # ... nor a city's apposition ("between Khujand, the capital of Sughd Province of X, and Y")
        r"(?!(?:the\s+)?(?:capital|(?:administrative\s+)?cent(?:re|er))\s+of\b)"
        # ... nor does one between three named sides ("between the Republic of A, the B Republic and the Republic of C")
        r"(?!the\s+[A-Z][^,.;]{0,60}?(?:,\s+(?:the\s+)?[A-Z][^,.;]{0,60}?)*,?\s+and\s+(?:the\s+)?[A-Z])|"
        rf"(?!{_ABBREVIATION_DOT})[.;]|\s+in\s+(?:Akorda|order)|\s+during\b|\s+at\s+(?:a|an|its|their)\s|"
        # "... between A and B in Tashkent (city), the agency said": where it was signed, no side of it
        r"\s+in\s+(?:the\s+city\s+of\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:\s+city)?(?=[,.;]|\s+(?:on|at|after|following|today|"
        r"yesterday)\b|$)|"  # ("in New York")
        r"\s+(?:regarding|concerning|aimed|focusing|for the purpose)\b|\s+as\s+well\s+as\b|"
        r"\s+to\s+(?:further\s+)?(?:promote|strengthen|develop|expand|enhance|boost|deepen)\b|$)",  # its aim, after the sides
    )
    if re.search(rf"\b(?i:{_PLURAL_CLASS})$", text[max(0, end - 12):end]):
        # "cooperation programs in sport, youth policy, and architecture": a class named by its fields
        patterns = (*patterns, rf"\s+in\s+{_FIELD_WORDS}(?:,\s+{_FIELD_WORDS})*,?\s+and\s+{_FIELD_WORDS}(?=[,.;]|$)")
    if not re.search(r"s$", text[max(0, end - 2):end]):
        # "The agreement to enhance cooperation in tourism was signed by …": one document, named by its aim up to the
        # verb ("Several agreements to expand cooperation … were signed": a count, its aim no name)
        patterns = (*patterns, rf"{_TO_EXPAND_COOPERATION}[^,.;]{{0,80}}?(?=\s+(?:was|has\s+been)\s+(?:also\s+)?"
                                r"(?:signed|inked)\b)")
    if re.search(r"\b(?:statement|declaration|communiqu[eé])$", text[max(0, end - 12):end], re.I):
        # "the joint statement of the heads of state": who issues the leaders' text is part of its name
        patterns = (r"\s+of\s+the\s+(?i:heads\s+of\s+(?:state|government)|(?:two\s+)?(?:presidents|leaders))\b",
                    # "the joint statement of the committee", "… of the 8th meeting of the Supreme Strategic Committee"
                    r"\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?i:committee|commission|council|summit|meeting|session|"
                    r"conference|forum)\b",
                    # "the Joint Statement of the Republic of X and the Y Republic on …": the two sides that issue it
                    rf"\s+of\s+{_CAPITAL_NAME}\s+and\s+{_CAPITAL_NAME}(?=\s+on\s)", *patterns)
    if re.search(r"\bprotocols?$", text[max(0, end - 10):end], re.I):
        # "a protocol of the session", "the protocol of the meeting of the Joint Commission": the sitting's own record
        patterns = (r"\s+of\s+the\s+(?:meeting|session|sitting)\b(?:\s+of\s+the\s+(?:[A-Z][\w-]*|commission|committee)"
                    r"(?:\s+(?:(?:on|of|for|and|the)\s+)*[A-Z][\w-]*)*)?", *patterns)
    progressed = True
    while progressed:
        progressed = False
        for pattern in patterns:
            match = _compiled(pattern).match(rest, consumed)  # with pos, a lookbehind sees the words before
            if match and match.end() > consumed:
                consumed = match.end()
                progressed = True
                if pattern.startswith(r"\s+between"):
                    return end + consumed
    return end + consumed


_OF_ITS_BODY = re.compile(r"\s+of\s+the\s+[A-Z][\w-]*(?:\s+(?:(?:on|of|for|and|the)\s+)*[A-Z][\w-]*)*")
_BODY_OWNED = frozenset({"rules of procedure", "charter"})


# "… to expand cooperation": what a plan or agreement is for, part of its name
# what a document does for cooperation: "to expand", "to strengthen" it
_COOPERATION_GROWS = r"(?:expand|strengthen|deepen|develop|promote|enhance|boost)"
_TO_EXPAND_COOPERATION = rf"\s+to\s+{_COOPERATION_GROWS}\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?cooperation\b"


_WHEN_AFTER_SIDES = re.compile(rf"\s+(?:on\s+)?(?:(?:{_WEEKDAY}|yesterday|today)\b|"
                               r"on\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                               r"December)\s+\d).*$")


# "… Ministry and Russia’s Digital Development, Communications and Mass Media Ministry": "and" before a country's
# possessive opens the next side
_AND_OWNED_SIDE = re.compile(rf"\s+and\s+(?=(?:the\s+)?{COUNTRY_POSSESSIVE})")
_OWNED = re.compile(rf"(?:the\s+)?{COUNTRY_POSSESSIVE}")


def _sides_owned_by_countries(phrase: str) -> list[str]:
    """'Azerbaijan’s Transport, Communications and High Technologies Ministry and Russia’s Digital Development, …
    Ministry': each side opens with its country's possessive, so the commas and 'and's inside belong to the names."""
    phrase = phrase.strip()
    cuts = [(joiner.start(), joiner.end()) for joiner in _AND_OWNED_SIDE.finditer(phrase)]  # (split() would return
    # the shared pattern's groups too)
    starts, ends = [0, *(end for _, end in cuts)], [*(start for start, _ in cuts), len(phrase)]
    sides = [phrase[start:end] for start, end in zip(starts, ends, strict=True)]
    owned = [_OWNED.match(side) for side in sides]
    if len(sides) < 2 or not all(side and country_code(side.group("country")) for side in owned):
        return []
    return [side.strip(" ,") for side in sides]


def _split_parties(phrase: str, known: t.Sequence[str] = ()) -> list[str]:
    """Sides named in 'A and B'; institutions already known keep their inner 'and'."""
    # "the cabinet of ministers of Kyrgyzstan and the government of Mongolia": each a state's body, as named
    phrase = _LOWER_CASE_STATE_BODY.sub(lambda body: body.group(0).title().replace(" Of ", " of "), phrase)
    owned = _sides_owned_by_countries(re.sub(r"\s*\([^)]*\)", "", phrase))
    if owned:
        return owned
    placeholders = {}
    for index, name in enumerate(sorted(known, key=len, reverse=True)):
        if name in phrase:
            key = f"Party{index}X"
            placeholders[key] = name
            phrase = phrase.replace(name, key)
    phrase = re.sub(r"\s*\([^)]*\)", "", phrase)
    phrase = phrase.rstrip(" :;")  # "between the Ministries of A and B:" and the list of documents below
    phrase = _WHEN_AFTER_SIDES.sub("", phrase)  # "Pakistan and Uzbekistan on Tuesday signed": the day is no side
    phrase = re.sub(r"^.*?\b\d{1,2}\s*[–—]\s+", "", phrase)  # "Sept 16 – Mongolia and X signed": the dateline is none
    # "Ulan Bator: Mongolia and X have signed", "New Delhi/Tashkent: The Government of …": nor is "City:"
    phrase = re.sub(r"^[A-Z][\w'’ /-]{1,40}:\s+(?:The\s+)?", "", phrase)
    phrase = re.sub(r"\s+on\s+[^;]*\b[Cc]ooperation$", "", phrase)  # "... city on Trade, Economic ... Cooperation"
    phrase = re.sub(r"\s+for\s+(?:the\s+(?:period|years?)\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|\d\d(?!\d)))?.*$", "", phrase)
    # "ROSATOM, the State Atomic ..., ": an apposition; but "Georgia, Hungary, Romania and Azerbaijan" lists countries
    phrase = re.sub(r",\s*(?:the\s+)?[A-Z][^,]*,", lambda m: m.group(0) if country_code(m.group(0).strip(" ,")) else "", phrase)
    phrase = re.sub(r",\s*led by [^,]*,?", "", phrase)
    phrase = _CAPITAL_OF.sub("", phrase)  # "Khujand, the capital of Sughd Province of X, and Y": the city is the side
    phrase = _SHARED_PLACE_NOUN.sub(r"\g<last>", phrase)  # "Bac Giang and Xaysomboun provinces": two provinces, each a side
    sides = [side.strip() for side in phrase.split(",")]
    if len(sides) == 2 and all([(0, len(side))] == [found[:2] for found in countries_in(side)] for side in sides):
        # "Ukraine, US sign a memorandum": a headline joins its two sides with a comma
        return [english_name(countries_in(side)[0][2]) for side in sides]
    owners = _DEMONYMS_THEN_BODIES.fullmatch(phrase.strip())
    if owners and all(country_code(owners.group(side)) for side in ("first", "second")):
        # "the Tajik and Russian ministries of foreign affairs": each country's ministry is a side (fresh91)
        body = one_body_of_each(owners.group("body"))
        body = body.title().replace(" Of ", " of ") if body.islower() else body
        return [f"{owners.group(side)} {body}" for side in ("first", "second")]
    shared = _SHARED_BODY.fullmatch(phrase.strip())
    if shared and not all(countries_in(side) for side in (shared.group("first"), shared.group("second"))):
        shared = None  # "the Ministries of Energy and Water of X and the Ministry of Energy of Y": two bodies named
    if shared:  # "the Ministries of Foreign Affairs of Turkmenistan and Kyrgyzstan": each country's ministry (review 29)
        body = one_body_of_each(shared.group("body"))
        # "the governments of A and B": each a Government; "the national museums of A and B": each a National Museum
        body = body.title() if body.islower() and " " in body else body[0].upper() + body[1:]
        return [f"{body} of {side}" for side in (shared.group("first"), shared.group("second")) if countries_in(side)]
    one_each = re.sub(r"^the\s+", "", phrase.strip(), flags=re.I)
    if " and " in one_each and PLURAL_BODY.fullmatch(one_each) and not countries_in(one_each):
        return [one_each]  # "the Ministries of Health and Social Services": its 'and' is the portfolio's, not the sides'
    parts = _split_body_lists(_split_country_lists(_split_sides(phrase)))
    result = []
    for part in parts:
        part = re.sub(r"^\s*(?:the)\s+", "", part.strip(" ,\"“”«»'"), flags=re.I).strip(" \"“”«»")  # not the
        # quote a sentence closes, nor the quotes around a whole name ("the “Blue Marine Foundation”")
        if part.count("“") > part.count("”"):
            part += "”"  # "Company “Dialogue Events Ltd.”": the closing mark the strip took
        part = re.sub(r"\s+within\s+(?:the\s+)?Party\d+X$", "", part)  # "X's Institute within the Ministry of …": the
        # institute signs; the ministry it belongs to is named beside it
        for key, name in placeholders.items():
            part = part.replace(key, name)
        named = _QUOTED_NAME_DESCRIBED.match(part)
        if named:
            part = named.group("name")  # "‘Roscosmos’ state space corporation of Russia": the corporation's name
        described = _COUNTRYS_DESCRIBED.match(part)
        if described and country_code(described.group("country")):
            part = part[described.end():]  # "Azerbaijan's state oil company SOCAR": the company is the side
        if _looks_like_party(part) or _demonym_and_body(part) or _DESCRIBED_BY_ITS_KIND.fullmatch(part):
            # "the Ministries of Energy and Water Resources of Tajikistan and the Ministry of Energy of Mongolia": one
            # country's side is one ministry, whatever number the source wrote
            result.append(one_body_of_each(part) if len(countries_in(part)) == 1 else part)
        else:  # "the ministries of foreign affairs of Kazakhstan": the side is the country
            found = countries_in(part)
            if found:
                result.append(part[found[-1][0]:found[-1][1]])
    return result


_SHARED_PLACE_NOUN = re.compile(r"(?<=\sand\s)(?P<last>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?:provinces|cities|regions|oblasts|states|"
                                r"municipalities|districts|prefectures|counties|aimags|capitals|towns)$")
_LOWER_CASE_STATE_BODY = re.compile(r"\b(?:government|cabinet\s+of\s+ministers|parliament|national\s+assembly|senate)"
                                    r"(?=\s+of\s+(?:the\s+)?[A-Z])")
_QUOTED_NAME_DESCRIBED = re.compile(r"[‘'\"“«](?P<name>[A-Z][^’'\"”»]{1,40})[’'\"”»]\s+[a-z]")
_COUNTRYS_DESCRIBED = re.compile(r"(?P<country>[A-Z][\w-]+)[’']s\s+(?:[a-z][\w-]*\s+){1,4}(?=[A-Z])")
_SHARED_BODY = re.compile(r"(?:[Tt]he\s+)?(?P<body>Ministries\s+of\s+[A-Z][\w\s]+?|(?i:foreign\s+ministries)|[Gg]overnments|[Pp]arliaments|"
                          r"(?!Foreign\s)[A-Z][\w-]*\s+(?:Ministries|Agencies|Committees)|"  # "the Emergencies Ministries of A and B"
                          r"(?i:(?:national|state|central)\s+(?:museums|libraries|universities)))"
                          r"\s+of\s+(?:the\s+)?(?P<first>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+and\s+(?:the\s+)?"
                          r"(?P<second>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
_DEMONYMS_THEN_BODIES = re.compile(r"(?:the\s+)?(?P<first>[A-Z][a-z]+)\s+and\s+(?P<second>[A-Z][a-z]+)\s+"
                                   r"(?P<body>(?i:ministries\s+of\s+foreign\s+affairs|foreign\s+ministries|governments|"
                                   r"parliaments|ministries\s+of\s+[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3}))")
_SIDE_JOINT = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+(?=(?:the\s+)?[\"“«‘]?[A-Z])")  # "... and the “Blue Marine Foundation”"
# what follows the sides in a title: "between A and B on the conditions of ...", "... in the field of ...",
# "... for 2023-2024"; a capitalized word goes on with a name ("Center for Regulation")
_AFTER_SIDES = re.compile(r"\s+(?:on|in|for|regarding|concerning|to|within|about)\s+(?=[a-z\d\"“‘])")
# "Agency for the Development of …", "Fund for the Protection of …": a body's own name goes on after 'for the'
_NAME_GOES_ON = re.compile(r"(?:Agency|Fund|Centre|Center|Council|Committee|Institute|Foundation|Commission|Office|Authority|"
                           r"Association|Ministry)\s+for\s+the\s+[A-Z]")


_ON_A_NAME = re.compile(r"\s+on\s+(?=[A-Z])")


def _sides_only(phrase: str) -> str:
    """The sides after 'between', without what the document is about ('… on trade'), a body's name kept whole."""
    for cut in _AFTER_SIDES.finditer(phrase):
        if not _NAME_GOES_ON.match(phrase, max(0, phrase.rfind(" ", 0, cut.start()) + 1)):
            return phrase[:cut.start()]
    for cut in _ON_A_NAME.finditer(phrase):  # "… and the Government of the Czech Republic on Air Communication"
        before = phrase[:cut.start()]  # (or "… of Tashkent city on Trade": a place in lower case ends the side too)
        if ends_with_country(before) or before.rsplit(None, 1)[-1] in GEO_WORDS:
            return before
    return phrase


def _between_parties(phrase: str, known: t.Sequence[str] = ()) -> list[str]:
    """The sides after 'between' in a title, without what the document is about."""
    return _split_parties(_sides_only(phrase), known)


def _split_sides(phrase: str) -> list[str]:
    """'the Ministry of Natural Resources and Ecology of X and the Government of Y' -> the two sides.
    An 'and' that ends a country ('... of the Kyrgyz Republic and') or opens one ('and UAE's Ministry')
    joins two sides; failing that, 'and the' between names that open with 'the'; else every 'and'."""
    joints = list(_SIDE_JOINT.finditer(phrase))

    def opens_country(rest: str) -> bool:
        rest = re.sub(r"^the\s+", "", rest)
        found = countries_in(rest)
        return bool(found and found[0][0] == 0)

    def ends_country(head: str) -> bool:
        head = head.rstrip()
        found = countries_in(head)
        return head.endswith(")") or bool(found and found[-1][1] == len(head))

    strong = [j for j in joints if ends_country(phrase[:j.start()]) or opens_country(phrase[j.end():])]
    if not strong and phrase.startswith("the "):
        strong = [j for j in joints if phrase.startswith("the", j.end())]
    cuts = strong or joints
    parts, start = [], 0
    for joint in cuts:
        parts.append(phrase[start:joint.start()])
        start = joint.end()
    return [*parts, phrase[start:]]


def _names_signatories(subject: str) -> bool:
    """'Minister of Trade X and Minister of Investment Y signed ...': people sign, their sides are the parties."""
    return any(word.lower() in TITLE_HEADS for word in re.findall(r"\b[A-Z][a-z]+\b", subject))


def _sides_of_signatories(subject: str, known: t.Sequence[str]) -> list[str]:
    """The institutions named in the signatories' offices, else their countries; a name that glues an
    office to a body ('Cabinet of Ministers and Minister of Foreign Affairs of X') is no side, nor is the body of
    one signatory's office when the two sides are countries."""
    institutions = [name for name in known if name in subject and not glued_to_office(name)]
    countries = _countries_named(subject)
    if len(institutions) == 1 and len(countries) >= 2:
        return countries  # one side's body and two countries: the body is an office's, the sides are the states
    return institutions or countries


# "Cabinet of Ministers and Minister of Foreign Affairs of X": 'and' goes on with an office, not with a body
_AND_OFFICE = re.compile(r"\band\s+(?:(?:First|Deputy|Vice|Prime|Foreign|Acting|Executive)\s+)*(?P<head>[A-Z][a-z]+)\b")


def glued_to_office(name: str) -> bool:
    """An institution's name that runs on into a person's office: two offices of one signatory, not a side."""
    return any(joint.group("head").lower() in TITLE_HEADS for joint in _AND_OFFICE.finditer(name))


def _split_country_lists(parts: list[str]) -> list[str]:
    """'Mongolia, China' -> 'Mongolia', 'China' when every piece is a country."""
    result = []
    for part in parts:
        pieces = [p.strip() for p in part.split(",")]
        result.extend(pieces if len(pieces) > 1 and all(country_code(p) for p in pieces) else [part])
    return result


def _split_body_lists(parts: list[str]) -> list[str]:
    """'the Center of A, the Institute of B' -> the two bodies, when each piece is a name."""
    result: list[str] = []
    for part in parts:
        pieces = [p.strip() for p in re.split(r",\s+(?=the\s+[A-Z])", part)]
        names = [re.sub(r"^the\s+", "", p) for p in pieces]
        result.extend(pieces if len(pieces) > 1 and all(_looks_like_party(n) for n in names) else [part])
    return result


# a city's apposition, which says where it is: "Khujand, the capital of Sughd Province of the Republic of Tajikistan"
_CAPITAL_OF = re.compile(r",\s+(?:the\s+)?(?:capital|(?:administrative\s+)?cent(?:re|er))\s+of\s+.+?"
                         r"(?=,|\s+and\s+(?:the\s+)?[A-Z]|$)")


def _looks_like_party(part: str) -> bool:
    """A name: capitalized words joined by 'of', 'the', 'for', 'under', 'and' or a region word; as long as an
    institute of a ministry's department may be ("the Center for Advanced Training … of the Republic of X")."""
    if not part or not part[0].isupper() or len(part.split()) > 26:
        return False
    lower = [w for w in re.findall(r"[\w'’-]+", part) if w[0].islower()]
    allowed = {"of", "the", "for", "under", "and", "on", "in", "region", "oblast", "aimag", "province",
               "district", "city", "institute", "center", "centre", "strategic", "studies", "research",
               "body", "state", "authority", "executive", "government", "administration", "named", "after",
               "ltd", "llc", "llp", "co", "inc", "plc", "jsc"}  # "Xinjiang Huaken Dairy Group Co ltd"
    return all(w in allowed for w in lower)


# "the publishing house “Slovo Kyrgyzstana”": a body named in marks after the kind it is
_DESCRIBED_BY_ITS_KIND = re.compile(NAMED_AFTER_ITS_KIND)
# "the Azerbaijani parliament", "the Kazakh foreign ministry": a state's body named by its people's adjective
_DEMONYM_BODY = re.compile(r"(?P<demonym>[A-Z][a-z]+)\s+(?:parliament|senate|government|cabinet|legislature|"
                           r"(?:[a-z]+\s+){0,2}ministry)")


def _demonym_and_body(part: str) -> bool:
    named = _DEMONYM_BODY.fullmatch(part)
    return named is not None and country_code(named.group("demonym")) is not None


# where the sides after "signed between" end: the day, the aim ("... with a view to ..."), what it does
_SIDES_END = re.compile(rf"\s+(?:on\s+)?{_WEEKDAY}\b|"
                        r"\s+(?:with\s+a\s+view|in\s+order|so\s+as|aimed|with\s+the\s+(?:aim|goal|purpose|objective))\b|"
                        # "… between A and B calls for …": what the document does, after its sides
                        r"\s+(?:calls\s+for|outlines|provides\s+for|envisages|stipulates)\b")


_BUSINESS_SIGNERS = re.compile(r"\b(?:business(?:\s+(?:leaders|people|circles|communities|representatives))?|businessmen|"
                               r"entrepreneurs|companies|firms|enterprises|exporters|investors)\b")


def _business_signers(subject: str) -> bool:
    """'Kazakh and Uzbek business leaders', 'Companies of both countries': firms sign; but a capital inside a name is
    the name's ('the Ministry of Economy, Commerce and Business Environment')."""
    subject = subject.strip()
    return bool(_BUSINESS_SIGNERS.search(subject[:1].lower() + subject[1:]))


def signed_by_business(before: str) -> bool:
    """Whether the words before a document in its sentence make firms its signers ('business leaders signed')."""
    signer = re.search(r"(?P<subject>[^,;]{0,80}?)\s+(?:have\s+|has\s+|had\s+)?(?:signed|inked|concluded)\b", before)
    return bool(signer and _business_signers(signer.group("subject")))


def _parties(text: str, floor: int, limit: int, start: int, end: int,
             resolve_party: t.Callable[[str], str | None], known: list[str]) -> list[str]:
    title = _without_attribution(text[start:end])  # "… between Ankara and Ashgabat, Trend reports": no side of it
    # "A memorandum (and a program) were also signed between A and B on/to ...": the sides, not what it covers;
    # they win over a title's own "between the Ministries of Foreign Affairs", which names no country; "… was signed
    # on plant quarantine between A and B": what it covers may come first
    after = re.match(r"(?:\s+and\s+(?:an?|the)\s+[a-z][\w\s-]{2,40}?)?\s*(?:(?:was|were|has been|have been)\s+)?"
                     r"(?:also\s+)?(?:signed|inked)(?:\s+on\s+[^.;]{2,160}?)?\s+between\s+(.+?)(?=,\s+as well as|\s+in\s+[A-Z]|[.;]|$)", text[end:limit])
    between = re.search(r"\bbetween\s+(.+)$", title)
    if after:  # "… between A and B, Trend reports": the sides without who reports them
        phrase: str | None = _sides_only(_without_attribution(_SIDES_END.split(after.group(1))[0]))
    else:
        phrase = _sides_only(between.group(1)) if between else None
    parties = (_split_parties(phrase, known) if phrase else []) or _sides_in_front(title)
    if not parties:
        clause = _INTRODUCTION.sub("", text[floor:start])  # "As part of the state visit of X to Y, A and B signed"
        clause = _DAY_OPENING.sub("", clause)  # "Today the Assembly of X and Y have signed"
        subject = re.match(r"^(?:[A-Z][\w\s]{0,30},\s+)?(?P<subject>.+?)\s+(?:has|have|had|will|are expected to|"
                           r"is expected to)?\s*(?:signed|inked|sign|concluded|entered\s+into|agreed\s+(?:on|upon))\b", clause)
        if subject and subject.start("subject") and countries_in(clause[:subject.start("subject")]):
            # "Georgia, Hungary, Romania and Azerbaijan have signed": the opening is the first of the countries;
            # "The Prime Minister of Fiji, X met … with Y to sign": the opening holds the first side
            subject = re.match(r"^(?P<subject>.+?)\s+(?:has|have|had|will)?\s*(?:signed|inked|sign|concluded)\b", clause)
        if subject and _business_signers(subject.group("subject")):
            parties = []  # "Kazakh and Uzbek business leaders signed export agreements": deals of firms, not of states
        elif subject and _names_signatories(subject.group("subject")):
            parties = _sides_of_signatories(subject.group("subject"), known)
        elif subject and re.search(r"[A-Z]", subject.group("subject")):
            signer = subject.group("subject")
            # "Chile became the first Latin American country which signed …": the state the relative clause is about
            relative = re.search(r"\b(?:which|that|who)$", signer)
            parties = _countries_named(signer)[:1] if relative else _split_parties(signer, known)
            with_party = re.match(r"\s*with\s+(?:the\s+)?([A-Z][^,.;]+)", text[end:limit])
            if with_party:  # "signed agreements with the Minister of Foreign Affairs of X": X is the other side
                other_side = re.sub(rf"\s+(?:in|on)\s+(?:(?:19|20)\d\d|[A-Z][a-z]+\s+\d|\d{{1,2}}\s+[A-Z]|{_MONTH_WORD}).*$", "",
                                    with_party.group(1).strip())  # "… on July 17", "… on 17 July": the day
                office = re.match(r"(?:(?:First|Deputy|Vice|Prime|Foreign|Acting)\s+)*(?P<head>[A-Z][a-z]+)\b", other_side)
                parties.extend(_countries_named(other_side) if office and office.group("head").lower() in TITLE_HEADS
                               else _split_parties(other_side, known))
    resolved = []
    for party in parties:
        party = _SPEAKING_FOR.sub("", party)  # "Representatives of Georgia and Türkiye signed": the states
        # (a pronoun in lower case only: "the US" is the United States, "us" the speakers)
        if re.match(r"(?i:our|their|both|two|the|we|they|them)\b|us\b", party) or party.lower() in ("parties", "sides"):
            continue
        resolved.append(resolve_party(party) or party)
    sides = [party for party in resolved if not glued_to_office(party)]
    if len(sides) < len(resolved) and not sides:  # a doubtful side: the countries the sentence names
        sides = _countries_named(text[floor:limit])
    return list(dict.fromkeys(sides))


_SPEAKING_FOR = re.compile(r"^(?:the\s+)?(?:representatives|delegations|delegates)\s+of\s+(?:the\s+)?", re.I)


# the adverbial phrases that open a sentence before its subject: "Yesterday, as part of the state visit of X to Y, …"
_INTRODUCTION = re.compile(r"^(?:(?:yesterday|today|earlier|later|on\s+[^,]{1,20}|as\s+part\s+of|during|within|following|"
                           r"after|on\s+the\s+(?:sidelines|margins)\s+of|in\s+the\s+(?:presence|framework)\s+of|at)\b"
                           r"[^,]{0,160},\s+)+", re.I)


# a time that opens the sentence without a comma: "Today the Assembly of X and Y have signed", "Recently Mongolia's
# UBS TV Channel and Khabar TV Channel signed"
_DAY_OPENING = re.compile(r"^(?i:today|yesterday|tonight|recently|earlier|previously|on\s+(?:monday|tuesday|wednesday|"
                          r"thursday|friday|saturday|sunday))\s+(?=the\s|[A-Z])")


# "the Afghanistan-Pakistan Transit Trade Agreement": a name that opens with its two sides
_PAIR_IN_FRONT = re.compile(r"(?<![\w-])(?P<first>[A-Z][a-z]+)[-–](?P<second>[A-Z][a-z]+)\s+(?=[A-Z])")


def _sides_in_front(title: str) -> list[str]:
    pair = _PAIR_IN_FRONT.search(title)
    codes = [country_code(pair.group(side)) for side in ("first", "second")] if pair else []
    return [english_name(code) for code in codes if code] if len(set(filter(None, codes))) == 2 else []


def _countries_named(text: str) -> list[str]:
    return list(dict.fromkeys(english_name(code) for _, _, code in countries_in(text)))


def _signed_today_in_the_quote(context: Context, sentence: Sentence, clause: str) -> bool:
    """'A pleasure to meet X today … We also signed the Joint Declaration': the speaker's own 'we signed' in a
    quotation that tells of today's meeting is this event's signing."""
    if not re.search(r"\b(?:we|I)\s+(?:also\s+|have\s+|jointly\s+)*signed\b", clause, re.I):
        return False
    paragraph = " ".join(s.text for s in context.sentences if s.paragraph == sentence.paragraph)
    return bool(re.search(r"\btoday\b", paragraph, re.I))


# '…," the press service says.': a press unit's own statement, quoted whole after the attribution
_PRESS_ATTRIBUTION = re.compile(r"\s*,?\s*(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:press\s+(?:service|office)|statement|readout|"
                                r"communiqu[eé]|press\s+release)\s+(?:says|said|reported|reports|noted|added|stated|informs|"
                                r"informed|reads|read)\b", re.I)


_OPENING_MARKS = ("'", '"', "“", "«", "‘")
_CLOSING_MARK = re.compile(r"(?<=\w)['\"”»’](?=\s|[,.;:]|$)(?!s\b)")


def _title_in_marks(context: Context, start: int, end: int) -> bool:
    """'An “Agreement on Commercial and Economic Cooperation” was also signed': the marks hold the document's
    name, not anyone's words."""
    span = context.quote_at(start)
    return span is not None and not context.text[span.start + 1:start].strip(" '‘") and \
        not context.text[end:span.end - 1].strip(" .,'’")


def _press_statement_quoted(context: Context, offset: int) -> bool:
    """'"… a package of documents was signed, including: – …," the press service says.': the press service
    tells of the event it reports, not of an earlier one, though its words stand in quotation marks."""
    span = context.quote_at(offset)
    return span is not None and bool(_PRESS_ATTRIBUTION.match(context.text, span.end))


_EARLIER_ON_A_WEEKDAY = re.compile(rf"\bearlier\s+on\s+(?P<day>{_WEEKDAY})\b", re.I)


def _earlier_on_another_weekday(context: Context, told: str) -> bool:
    """'Earlier on Monday, an agreement was signed' in a report of talks on Tuesday: another day's signing."""
    earlier = _EARLIER_ON_A_WEEKDAY.search(told)
    lead_days = context.lead_weekdays()
    return bool(earlier and lead_days and earlier.group("day").lower() not in lead_days)


def _status(clause: str, verb: str, in_quote: bool, context: Context, sentence: Sentence, before: str,
            title: str = "") -> str | None:
    lemma = re.sub(r"(?:ed|ing|s)$", "", verb.lower())
    lemma = {"sign": "sign", "conclud": "conclude", "establish": "establish", "adopt": "adopt", "ink": "sign",
             "initial": "initial", "initiall": "initial", "approv": "approve", "exchang": "exchange",
             "formaliz": "sign", "formalis": "sign", "formalize": "sign", "formalise": "sign"}.get(lemma, lemma)
    after = clause[len(before):][:160]
    own_clause = _COORDINATED_PAST.search(before)
    if own_clause:  # "agreed to open trade houses and signed a memorandum": the plan is another verb's
        before = own_clause.group(0)
    if lemma.startswith("ratif") or _RATIFICATION_OF.search(before):
        return "ratified"  # a parliament ratifies a document signed on another occasion
    # "will develop ties with the agreements signed at the summit": the participle tells of the signing, whatever
    # the clause's own verb says
    after_title = after[len(title):] if title and after.startswith(title) else ""
    told_by_participle = re.match(rf",?\s*{_SIGNED_AT}", after_title)
    # "the signing of X is an event that will have positive consequences": what the signing brings, not a signing to come
    if told_by_participle is None and _FUTURE.search(_CONSEQUENCE.sub("", before)) or re.search(r"\b(?:(?:will|shall)\s+(?:also\s+|soon\s+)?be|to be)\s+"
                                          r"(?:signed|concluded|established|adopted|approved|initial(?:l)?ed)", clause) \
            or re.search(r"\b(?:is|are)\s+(?:anticipated|expected|planned|scheduled)\b"
                         # "…, which is expected to make a contribution": what the document will do, not its signing
                         r"(?!\s+to\s+(?!be\s+(?:signed|concluded|adopted|inked)\b)[a-z])", after) or \
            (_SIGNING_AS_SUBJECT.search(before) and _WOULD_AFTER.match(after) and not _ceremony_held(context)):
        participle = _PARTICIPLE.get(lemma, "signed")
        time = _TIME_PHRASE.search(clause)
        prefix = "expected to be" if re.search(r"\bexpected\b", before) else "to be"
        return f"{prefix} {participle}" + (f" {time.group(0).strip()}" if time else "")
    if lemma == "initial":
        return "initialled"  # agreed text, initialled by the negotiators: a document signed later, not at this event
    if _EVERY.search(clause):
        return "signed every year"
    told = clause.replace(title, " ") if len(title) > 12 else clause  # "Roadmaps for 2025 have been signed": its period
    if _EARLIER.search(_REPORTING.sub("", told)) or _dated_differently(context, sentence, title) or \
            _earlier_on_another_weekday(context, told) or at_another_stop(context, sentence, sentence.start + len(before)) or \
            _during_visit_of_another_month(context, after) or \
            _recalls_earlier_visit(context, sentence) or _signed_in_past_year(context, after) or \
            _signed_in_another_month(context, after) or opens_in_another_month(sentence.text, context, undated_lead=True):
        return "signed earlier"
    # a leader's own words: "within the framework of my visit, we signed ..." is this visit
    # ... and the present perfect of one speaking at the event, "ten documents have been signed": signed now (an
    # earlier occasion is dated, and the checks above find it)
    if in_quote and not re.search(r"\b(?:today|now|are signing|am signing|(?:have|has)\s+(?:just\s+)?(?:been\s+)?"
                                  r"(?:signed|concluded|adopted)|(?:during|within\s+the\s+framework\s+of|in\s+the\s+"
                                  r"course\s+of)\s+(?:your|this|our|my|the current)\s+"
                                  r"(?:visit|stay|meeting|talks)|following\s+(?:the|these|today's)\s+(?:meeting|talks|"
                                  r"negotiations)|at\s+the\s+(?:[\w-]+\s+){0,2}(?:forum|meeting|talks|ceremony|session|summit)|"
                                  # "… were signed at the end of the meeting,” the press service said: this meeting
                                  r"(?:at\s+the\s+(?:end|close|conclusion)|by\s+the\s+results|as\s+a\s+result)\s+of\s+(?:the|this)\s+"
                                  r"(?:[\w-]+\s+){0,2}(?:meeting|talks|session|sitting|negotiations|consultations)|"
                                  r"exchange\s+of\s+(?:the\s+)?signed)\b", clause, re.I) and \
            not _COSIGNED.search(clause) and not _signed_today_in_the_quote(context, sentence, clause) and \
            not _press_statement_quoted(context, sentence.start + len(before)):
        # a press service: "Following the talks, ... were signed"; a minister: "At the business forum, there was an
        # exchange of signed documents"; a leader: "The President of X and I signed ..." (the two signed it together)
        return "signed earlier"
    return None


# "signed the law on the ratification of the agreement": the law is signed, the agreement was signed before
_RATIFIED = "a document a parliament ratifies"
# "another bill about the ratification of", "are proposed for ratification": a ratification still to come
_BILL_PENDING = re.compile(r"\b(?:bills?|draft\s+laws?)\s+[«\"“]?(?:about|on|for)\s+(?:the\s+)?ratification\b|"
                           r"\bproposed\s+for\s+ratification\b|\bsubmitted\s+for\s+ratification\b", re.I)
_RATIFICATION_DONE = re.compile(r"\b(?:ratified|approved|adopted|passed|endorsed|voted\s+(?:for|in\s+favou?r\s+of))\b", re.I)
_RATIFICATION_OF = re.compile(r"\bratification\s+of\s+(?:the\s+|an?\s+)?$", re.I)
# "The Mazhilis has approved a document on ...": a chamber approving a document ratifies it
_CHAMBER_APPROVED = re.compile(rf"\b{CHAMBERS}\b[^.;]{{0,100}}?\b(?:approved|passed|endorsed)\s+(?:a|an|the)\s+$")


# "... and signed a memorandum", "..., then inked an agreement": a past verb of its own, after a coordinator
_COORDINATED_PAST = re.compile(r"\b(?:and|then|but)\s+(?:also\s+|then\s+)?(?:signed|inked|concluded|adopted|initial(?:l)?ed|"
                               r"exchanged)\b[^.;]*$")


def _signed_in_past_year(context: Context, after: str) -> bool:
    """'..., which was signed on February, 26, 1996' in an article of 2017."""
    anchor = context.article.page_date or (context.dateline.date() if context.dateline else None)
    signed = re.search(r"\bsigned\b[^.;]{0,80}?\b((?:19|20)\d\d)\b", after)
    if not (anchor and signed) or len(DOC_NOUN.findall(after[:signed.start()])) > 1:
        return False  # no year, or the year belongs to another document named in between
    if re.match(rf"\s+(?:[\w-]+\s+)?(?:(?i:{_NOUNS})|deals?|accords?)\b", after[signed.end():]):
        return False  # "signed ... on restoring a 2004 deal": the year dates the other document
    return int(signed.group(1)) < anchor.year


def _during_visit_of_another_month(context: Context, after: str) -> bool:
    """'signed during the official visit of the speaker to Hanoi in January', in an article of November: the
    visit the month dates is another occasion, so the document was signed earlier."""
    word = r"(?:[^.;]|\.(?=\w))"  # "of Speaker M.Enkhbold to Hanoi": an initial's point ends no sentence
    visit = re.search(rf"\b(?:during|at|in\s+the\s+course\s+of)\s+(?:the|his|her|their)\s+{word}{{0,80}}?\b(?:visit|trip|"
                      rf"meeting|talks|summit|session)\b(?:(?!,){word}){{0,60}}?\bin\s+(?P<month>{MONTH_PATTERN})"
                      rf"(?:\s+(?P<year>(?:19|20)\d\d))?\b(?!\s+\d)", after)
    return visit is not None and _before_this_month(context, visit)


def _signed_in_another_month(context: Context, after: str) -> bool:
    """'the agreement ..., signed by the governments in March', in an article of May: signed on another occasion."""
    from briefing.ingest import MONTH_PATTERN

    signed = re.search(rf"\bsigned\b[^.;]{{0,80}}?\bin\s+(?P<month>{MONTH_PATTERN})(?:\s+(?P<year>(?:19|20)\d\d))?\b(?!\s+\d)",
                       after)
    return signed is not None and len(DOC_NOUN.findall(after[:signed.start()])) <= 1 and _before_this_month(context, signed)


def _before_this_month(context: Context, dated: re.Match[str]) -> bool:
    """A month (and year, else the last such month) named by the text lies before the article's month."""
    from briefing.extract.dates import article_date
    from briefing.ingest import MONTHS

    anchor = article_date(context)
    if anchor is None:
        return False
    month = MONTHS[dated.group("month")[:3].lower()]
    year = int(dated.group("year")) if dated.group("year") else anchor.year if month <= anchor.month else anchor.year - 1
    return (year, month) < (anchor.year, anchor.month)


def _recalls_earlier_visit(context: Context, sentence: Sentence) -> bool:
    """'Earlier, X paid a visit ... . During the visit, documents were signed.', 'X visited Seoul in April
    2019. The programme signed as part of the visit ...': the visit the sentence before dates is past."""
    if sentence.index == 0 or not re.search(r"\b(?:[Dd]uring|[Ii]n the course of|[Ww]ithin|[Aa]t|[Aa]s part of) "
                                            r"(?:the|that|this) (?:visit|trip)\b", sentence.text):
        return False
    previous = context.sentences[sentence.index - 1].text
    anchor = context.article.page_date or (context.dateline.date() if context.dateline else None)
    years = [int(year) for year in re.findall(r"\b((?:19|20)\d\d)\b", previous)]
    return bool(_EARLIER.search(previous) or (anchor and years and max(years) < anchor.year))


_NEWS_DELAY = 3  # an agency reports a signing the same day or a few days later: "documents signed on February 19"
_FIRST_DAY_DELAY = 7  # the first day an article tells, after an undated lead, at most a week before the page's date


def _reported_next_day(context: Context, phrase: str, delay: int = _NEWS_DELAY) -> bool:
    """'signed on February 19' in an article dated February 20: this event's signing, reported a day late."""
    from briefing.extract.dates import DAY_FIRST, MONTH_FIRST, article_date
    from briefing.ingest import MONTHS

    anchor = article_date(context)
    found = MONTH_FIRST.search(phrase[:60]) or DAY_FIRST.search(phrase[:60])
    if not (anchor and found):
        return False
    month = MONTHS[found.group("month")[:3].lower()]
    year = int(found.group("year")) if found.group("year") else anchor.year
    try:
        signed = dt.date(year, month, int(found.group("day")))
    except ValueError:
        return False
    return 0 <= (anchor - signed).days <= delay


def _dated_differently(context: Context, sentence: Sentence, title: str = "") -> bool:
    """A date in a later sentence ('On March 22 ...', 'In June 2025, ...') dates an earlier signing; a date
    inside the document's own title ('the roadmap for implementing the agreements of Dec. 21-22') does not."""
    from briefing.extract.dates import MONTH_FIRST
    from briefing.ingest import MONTH_PATTERN

    if sentence is context.lead():
        return False
    words = _DATELINE_OPENING.sub("", sentence.text)  # "ULAN BATOR, Sept 16 (AGENCY) –": when the agency filed
    if len(title) > 12:
        words = words.replace(title, " ")
    dated = MONTH_FIRST.search(words)
    if dated and _reported_next_day(context, dated.group(0)):
        return False  # the day of this event, reported a day or two later
    if dated and _first_day_told(context, sentence, dated.group(0)):
        return False  # "During the visit ... on May 26, 2021, the following documents were signed": nothing earlier dates the event
    if dated and any(_same_day(dated.group(0), earlier.group(0))
                     for earlier in MONTH_FIRST.finditer(context.text, context.body_start, sentence.start)):
        return False  # the day a caption or the lead already gave the event ("… in Seoul on November 23")
    return bool(dated or re.search(rf"\b[Ii]n\s+{MONTH_PATTERN}\s+(?:19|20)\d\d\b", words))


def _same_day(a: str, b: str) -> bool:
    """'November 23' and 'On November 23, 2019': the same month and day."""
    def day(phrase: str) -> tuple[str, str] | None:
        found = re.search(r"([A-Z][a-z]{2})[a-z]*\.?\s+(\d{1,2})\b", phrase)
        return (found.group(1), found.group(2)) if found else None
    return day(a) is not None and day(a) == day(b)


def _first_day_told(context: Context, sentence: Sentence, phrase: str) -> bool:
    """No sentence before this one names a day, and the article has no date of its own (no dateline date, no page
    date) or one at most a week after this day: the day this sentence names is the event's, not an earlier
    occasion's ("Tajikistan and Kuwait have signed a program. … the parties signed on November 11 the Program …"
    on a page of November 15)."""
    from briefing.extract.dates import MONTH_FIRST, article_date

    if article_date(context) is not None and not _reported_next_day(context, phrase, _FIRST_DAY_DELAY):
        return False
    return MONTH_FIRST.search(context.text, context.body_start, sentence.start) is None


# a dateline the reader did not take as one (after a repeated headline): a city in capitals, a date, an agency
_DATELINE_OPENING = re.compile(r"^[A-Z][A-Z .'’-]{2,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?"
                               r"\s*(?:\([^)]{1,40}\))?\s*[–—-]\s*")


# -- documents named by their subjects ----------------------------------------------------
# "Ten MoUs were signed, involving areas such as A, B and C", "Several MoUs including in the fields of A, B
# were exchanged", "These are agreements on cooperation between regions, in the field of A, B, ...",
# "Other MoUs covered A, B and C", "a memorandum on A and other MoUs on B, C and D": one document per subject.

# what may follow the noun before its subjects: "of understanding", "(MoU)", "on cooperation" (before a list)
_NOUN_TAIL = re.compile(r"(?:['’]s)?(?:\s+of\s+(?i:understanding|cooperation))?(?:\s*\([A-Za-z'’]{2,8}\))?"
                        r"(?:\s+(?:on|for)\s+cooperation(?=\s+(?:between|in)\b))?")
# after a signing verb, a list of subjects each with its own "on": "were signed on A, on B and on C" (one "on" alone may
# be a day or an occasion); _ON_LIST reads the same list right after the document noun
_ON_EACH = (r"on\s+(?!(?:the\s+)?(?:sidelines|margins|occasion|eve|basis|behalf|results|same|day)\b)"
            r"(?=[a-z][^.;]*?(?:,|\s+and)\s+on\s+[a-z])")
_FIELD_LEAD = (r"(?:(?:the\s+)?(?:areas?|fields?|spheres?|sectors?)\s+(?:such\s+as|of|like|including)\s+|"
               r"in\s+(?:the\s+)?(?:fields?|spheres?|areas?|sectors?)\s+(?:of\s+|such\s+as\s+)?|such\s+as\s+)?")
_COVERING = (r"(?:also\s+)?(?:covered|covers?|covering|involved|involving|included|including|spanning|concerning|"
             r"providing\s+for|(?:which|that)\s+provides?\s+for)\s+")
# "signed ten MoUs in Yerevan on Tuesday, covering A, B and C": where and when, then the fields
_PLACE_DAY_BEFORE_FIELDS = re.compile(rf"(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}})?"
                                      rf"(?:\s+(?:on|last|this)\s+{_WEEKDAY})?(?<=\w)(?=,\s+{_COVERING})")
# "documents aimed at the development of A, on B and on C": the subjects follow the document noun
_AIMED_AT_LIST = re.compile(r"\s+aimed\s+at\s+(?=[a-z][^.;]*?,\s+on\s+[a-z])")
_SUBJECT_LEADS = (
    # "were signed, involving areas such as ...": the list follows the verb
    re.compile(rf"\s*(?:were|was|(?:have|has)(?:\s+also)?\s+been)\s+(?:also\s+)?(?:signed|exchanged|concluded|inked|adopted)"
               rf",?\s+(?:{_COVERING}|in\s+(?=(?:the\s+)?(?:fields?|spheres?|areas?)\b)|"
               rf"on\s+cooperation\s+in\s+(?=(?:the\s+)?(?:fields?|spheres?|areas?)\b)|{_ON_EACH}){_FIELD_LEAD}"),
    # "covered ...", "including in the fields of ... were exchanged" (never "agreements, including a roadmap for …":
    # documents of their own, not subjects)
    re.compile(rf",?\s+{_COVERING}(?!(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?i:{_NOUNS})\b){_FIELD_LEAD}"),  # "a Memorandum …" too
    # "agreements on cooperation between regions, in the field of industry, ...", "MoUs on A, B and C"
    # "the two MoUs which are on health and communication sectors"
    re.compile(r"\s+(?=between\s+[a-z]|in\s+the\s+fields?\s+of\b)|(?:,?\s+(?:which|that)\s+(?:are|were))?\s+(?:on|in)\s+(?=[a-z])"),
    _AIMED_AT_LIST,
)
# "Memoranda of Understanding (MoUs) and agreements, covering A, B, C": two kinds of document share one list of
# fields; the text never says which kind covers which field, so the pair is one package with all the fields
_PAIR_AFTER = re.compile(rf"(?:\s+of\s+(?:understanding|cooperation))?(?:\s*\([A-Za-z'’]{{2,8}}\))?\s+(?:and|as\s+well\s+as)\s+(?:other\s+|several\s+|various\s+)?(?:{_NOUNS})\b"
                         r"(?:\s+of\s+(?:understanding|cooperation))?(?:\s*\([A-Za-z'’]{2,8}\))?", re.I)
_PAIR_BEFORE = re.compile(rf"\b(?:{_NOUNS})(?:\s+of\s+(?:understanding|cooperation))?(?:\s*\([A-Za-z'’]{{2,8}}\))?"
                          r"\s+(?:and|as\s+well\s+as)\s+(?:other\s+|several\s+|various\s+|trade\s+|commercial\s+|"
                          r"investment\s+|export\s+|business\s+)?$", re.I)  # "agreements, memorandums and trade contracts"
_PACKAGE_BY_FIELDS = "a package of documents of two kinds, named only by their fields"
_GENERAL_THEN_INCLUDING = re.compile(r"(?:[a-z-]+\s+)?cooperation,?\s+including\s+(?:(?:one|ones|those|two|three)\s+)?"
                                     r"(?:on|in)\s+(?:the\s+(?:fields?|spheres?|areas?)\s+of\s+)?(?=[a-z])")
# where a list of subjects ends: the verb that signs them, the next document, the end of the clause
_LIST_END = re.compile(rf",?\s+(?:were|was|have\s+been|has\s+been|will\s+be|along\s+with|together\s+with)\b|"
                       rf",?\s+{_SIGNED_AT}|,?\s+as\s+well\s+as\s+on\b|,?\s+(?:as\s+well\s+as|and)\s+"
                       rf"(?:(?:a|an|the|other)\s+)?(?:[\w-]+\s+){{0,3}}(?:{_NOUNS})\b|"
                       rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?:{_NOUNS})\b|\s+in\s+(?=[A-Z])|\s+(?:during|at|in\s+the\s+presence|under\s+the\s+witness|witnessed\s+by|"
                       rf"on\s+{_WEEKDAY})\b|,?[\"”»]|[.;:(]|$|"
                       r",\s+and\s+[a-z]+ed\s+(?:them|it|this|that|these|the|to)\b")  # ", and welcomed them as …": a new clause
_ITEM_SPLIT = re.compile(r",?\s+as\s+well\s+as\s+|\s*,\s*(?:and\s+)?|,?\s+and\s+(?=on\s+[a-z])")
_ITEM_LEAD = re.compile(r"^(?:on\s+(?=[a-z])|(?:cooperation\s+)?in\s+(?:the\s+)?(?:fields?|spheres?|areas?)\s+of\s+|"
                        r"cooperation\s+in\s+(?:the\s+)?|in\s+(?:the\s+)?(?=[a-z]))")


# the next item of a list of documents ends the subjects of the one before: "contracts on oil, an agreement on milk"
_NEXT_DOCUMENT_ITEM = re.compile(rf",\s*(?:and\s+)?(?:(?:a|an|the|\d+|two|three|four|five|six|several)\s+)?(?:{_NOUNS})\b", re.I)
# the next sentence names the documents one by one: "Notable deals include …", "Among them are …", "They include …"
_ITEMISED_NEXT = re.compile(r"\s*(?:(?:Notable|Key|Major|Main|Important|Other)\s+(?:deals|documents|agreements|accords)\s+"
                            r"(?:include|included|are)|Among\s+(?:them|the\s+documents|the\s+agreements|the\s+(?:major|main|key|largest|biggest)\s+ones)|"
                            r"(?:They|These|The\s+documents|The\s+agreements)\s+(?:include|included))\b")
_REACHED_BEFORE = re.compile(r"\breach(?:es|ed|ing)?\s+(?:(?:an?|the|mutual|mutually\s+acceptable|new)\s+)*$", re.I)


def _by_subject(context: Context, mentions: list[DocMention],
                in_list: t.Sequence[tuple[int, int]] = ()) -> list[DocMention]:
    """Documents named by their subjects replace the noun that counts or names them as a class; an item of a list
    set out line by line stays one entry ("– Intergovernmental agreements on cooperation in A, B and C;"), as the
    source lists it."""
    text = context.text
    result = list(mentions)
    for sentence in context.sentences:
        if _in_a_list(sentence, in_list):
            continue
        for match in DOC_NOUN.finditer(text, sentence.start, sentence.end):
            if _REACHED_BEFORE.search(text, max(sentence.start, match.start() - 30), match.start()):
                continue  # "to reach agreements on measures to …": to agree, no document
            found = _subject_list(context, sentence, match, result)
            if not found:
                continue
            result = [m for m in result if not _names_same_noun(m, match, max(f.end for f in found))]
            result.extend(found)
    return [m for m in result if not _itemised_elsewhere(m, result)]


def _itemised_elsewhere(package: DocMention, mentions: list[DocMention]) -> bool:
    """'Several MoUs in the fields of A, B were exchanged' where the text also lists the MoUs one by one: the
    package names them again."""
    if _SEVERAL_BY_FIELDS not in package.why or not package.subject:
        return False
    others = [m.subject for m in mentions if m is not package and m.subject]
    return all(any(_same_subject(field, other) for other in others) for field in package.subject.split(", "))


def _subject_list(context: Context, sentence: Sentence, match: re.Match[str],
                  mentions: list[DocMention]) -> list[DocMention]:
    text = context.text
    noun = match.group("noun")
    if noun.lower().startswith("document"):
        package = _package_by_fields(context, sentence, match, mentions)
        counted = re.search(rf"(?:\d|\b{_NUMBER_WORDS})\s+(?:[a-z-]+\s+)?$", text[max(sentence.start, match.start() - 30):match.start()])
        listed = _SUBJECT_LEADS[0].match(text, match.end(), sentence.end) or \
            _AIMED_AT_LIST.match(text, match.end(), sentence.end)
        if package or counted or not listed:
            return package  # else "documents were signed providing for A, B and C": one document per subject
    if noun.lower().startswith(("statement", "plan", "letter", "exchange")):
        return []
    if _ABBREVIATION.fullmatch(noun) and re.search(r"\bthe\s+$", text[max(sentence.start, match.start() - 5):match.start()]) \
            and _abbreviation_defined(noun, mentions):
        return []  # "… a memorandum of understanding (MOU) … the MOU covers A, B and C": what that one covers
    if _PUT_TO_WORK.search(text, max(sentence.start, match.start() - 60), match.start()):
        return []  # "to facilitate the implementation of the agreements between the leaders, including …": they exist
    if _PAIR_BEFORE.search(text, max(sentence.start, match.start() - 60), match.start()):
        return []  # "MoUs and agreements covering A, B": the second noun of a package read with the first
    tail = _NOUN_TAIL.match(text, match.end(), sentence.end)
    end = tail.end() if tail else match.end()
    paired = _PAIR_AFTER.match(text, end, sentence.end)
    if paired:
        end = paired.end()  # "MoUs and agreements": which kind covers which field, the text does not say
    if noun.lower() in _PLURAL_NOUNS and _ON_LIST.match(text, end, sentence.end):
        return []  # "agreements on A and on B were signed": each is already a document of its own title
    where_and_when = _PLACE_DAY_BEFORE_FIELDS.match(text, end, sentence.end)
    if where_and_when:
        end = where_and_when.end()  # "signed ten MoUs in Yerevan on Tuesday, covering A, B": the place and day told
    rest = text[end:sentence.end]
    lead = next((m for m in (p.match(rest) for p in _SUBJECT_LEADS) if m and m.end() > 0), None)
    if lead is None:
        return []
    plural = noun.lower() in _PLURAL_NOUNS or bool(tail and tail.group(0)[:2] in ("'s", "’s"))
    if not plural and re.search(r"\b[A-Z][\w-]*\s+$", text[max(sentence.start, match.start() - 30):match.start()]) and \
            noun[:1].isupper():
        return []  # "The Strategic Partnership Agreement, which provides for X": a named document and what it does
    signed_here = bool(_SIGNING.search(sentence.text))
    if _ITEMISED_NEXT.match(text, sentence.end):
        return []  # "approved agreements covering A, B, C. Notable deals include X, Y": the fields sum up the deals named next
    earlier = [m for m in mentions if m.start < match.start() and m.subject is None]
    if not (signed_here or earlier):
        return []  # a document noun no signing governs: "MoUs on A and B are under discussion"
    list_start = end + lead.end()
    including = _GENERAL_THEN_INCLUDING.match(text, list_start, sentence.end)
    if including:  # "memoranda on cooperation, including one on A, B and C": the subjects are those after 'including'
        list_start = including.end()
    vague = _VAGUE_FIELDS.match(text, list_start, sentence.end)
    counted = re.search(rf"\b(?:\d+|{_NUMBER_WORDS})\s+(?:[\w-]+\s+)?$", text[max(sentence.start, match.start() - 30):match.start()])
    # (a count says how many: "five agreements in various areas including A, B": the count, read on its own)
    named_after = _FIELDS_NAMED_AFTER.match(text, vague.end(), sentence.end) if vague and not counted else None
    if vague and named_after is None:
        return []  # "documents covering a wide range of areas of the partnership": no field named
    if named_after:  # "agreements covering a wide range of important areas including A, B and C": one set, those its fields
        list_start = named_after.end()
    stop = _LIST_END.search(text, list_start, sentence.end)
    list_end = stop.start() if stop else sentence.end
    next_document = _NEXT_DOCUMENT_ITEM.search(text, list_start, list_end)
    if next_document:
        list_end = next_document.start()  # "three contracts on supplies of oil, an agreement between A and B on …"
    items = _subject_items(text[list_start:list_end])
    in_fields = _IN_FIELD_BEFORE.search(text, max(0, list_start - 40), list_start) or \
        _IN_FIELDS_OPENING.match(text, list_start, list_end)
    if len(items) == 1 and plural and (in_fields or lead.re is _SUBJECT_LEADS[2]):
        items = _two_fields(items[0])  # "agreements on cooperation in healthcare and education": two agreements
    count_before = max(sentence.start, match.start() - 30) + counted.start() if counted else match.start()
    if len(items) == 1 and _stated_count(text[count_before:match.end()]) == 2:
        items = _each_with_the_head(items[0])  # "two MoUs on political and economic collaboration"
    loose_lead = lead.re is _SUBJECT_LEADS[2]
    why = NAMED_BY_SUBJECT
    fields_listed = _FIELDS_AFTER.match(text, end, sentence.end) or _IN_FIELD_BEFORE.search(text, max(0, list_start - 40), list_start) \
        or named_after
    if plural and fields_listed and "," in text[list_start:list_end] and not DOC_NOUN.search(text, list_start, list_end) and \
            (not items or named_after or _uncounted(text[max(sentence.start, match.start() - 40):match.start()]) and
             "including" not in lead.group(0)):  # "several MoUs, including in the fields of …": some of them, named again
        # "memoranda in the fields of A, B and the export of C from X to Y": fields no list splits into documents,
        # so one package with all of them (which memorandum covers which, the text does not say)
        # "several agreements in the fields of A, B and C": as many as the text says, 'several', not one per field
        why = _SEVERAL_BY_FIELDS if items else _PACKAGE_OF_FIELDS
        items = [", ".join(items) or _ITEM_LEAD.sub("", text[list_start:list_end].strip())]
    elif _fields_of_one_head(items, loose_lead and plural and signed_here) and \
            not any(_names_same_noun(m, match, list_end) for m in mentions):
        # "Agreements on cooperation in trade, economic and humanitarian areas were signed": qualifiers of one head
        # noun, which no title reads; one package, the fields as written
        items = [_ITEM_LEAD.sub("", text[list_start:list_end].strip())]
    elif not items or (loose_lead and (len(items) < 2 or not plural)):
        return []  # "an agreement on trade": a title, read as such; "agreements on trade and energy cooperation": one
    if not plural or paired:
        items = [text[list_start:list_end].strip()]  # "a memorandum covering A, B and C": one document, its subjects
    overlapping = [m for m in mentions if _names_same_noun(m, match, list_end)]
    how_many = _stated_count(overlapping[0].title) if overlapping else None
    if how_many and how_many == len(items) + 1 and len(items) > 1 and items[-1].count(" and ") == 1:
        items[-1:] = items[-1].split(" and ")  # "three MoUs in A, B reduction and C production": the count splits B and C
    items = [_FIELD_OPENING.sub("", item) for item in items]
    if how_many and len(items) > 1 and how_many != len(items) and not overlapping[0].subject:
        # "signed ten memoranda covering A, B and C": which of the ten covers which field the text does not say;
        # the fields are the counted set's
        overlapping[0].subject = ", ".join(items)
        overlapping[0].why.append(_FIELDS_OF_THE_COUNTED)
        return []
    same_kind = [m for m in earlier if m.type == doc_type(noun)]  # "10 agreements and a joint statement. The agreements"
    source = overlapping[0] if overlapping else (same_kind or earlier)[-1] if earlier else None
    status = source.status if source else _status(sentence.text, "signed", context.in_quote(match.start()), context,
                                                  sentence, text[sentence.start:match.start()])
    title = re.sub(r"\s+", " ", text[match.start():end]).strip()
    title = re.sub(r"['’]s$", "", title)
    parties = list(source.parties) if source and overlapping else []
    if paired:
        return [DocMention(noun, match.start(), list_end, title, "other", parties, status, context.in_quote(match.start()),
                           False, [], match.start(), [_PACKAGE_BY_FIELDS], subject=items[0])]
    kind = doc_type(noun)
    if source and not overlapping and source.generic and \
            _BACK_REFERENCE.search(text, max(sentence.start, match.start() - 20), match.start()):
        # "signed five memorandums of understanding. The agreements cover areas such as A, B": the memoranda told
        # before, each named by its field
        how_many = _stated_count(source.title)
        if how_many and how_many != len(items):
            # "signed 10 agreements. The agreements, including cooperation in A, B and C, …": which of the ten
            # covers which field the text does not say; the fields are the counted set's
            source.subject = _ITEM_LEAD.sub("", text[list_start:list_end].strip())
            source.why.append(_FIELDS_OF_THE_COUNTED)
            return []
        noun, kind, title, parties = source.noun, source.type, source.title, list(source.parties)
        title = _COUNTED.sub("", title, count=1) if _COUNTED.match(title) else title
    result = []
    for item in items:
        result.append(DocMention(noun, match.start(), list_end, title, kind, parties, status,
                                 context.in_quote(match.start()), False, [], match.start(), [why], subject=item))
    return result


_FIELD_OPENING = re.compile(r"^(?:the\s+)?(?:areas?|fields?|spheres?|sectors?)\s+of\s+(?=[a-z])")  # "the areas of energy"
_FIELDS_OF_THE_COUNTED = "the fields of the counted documents, which the text does not split among them"
NAMED_BY_SUBJECT = "a document named by its subject in a list of subjects"
_BACK_REFERENCE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll)\s+$")


_FIELDS_NAMED_AFTER = re.compile(r",?\s+(?:including|such\s+as|like)\s+(?=[a-z])")
_VAGUE_FIELDS = re.compile(r"(?:the\s+|a\s+)?(?:(?:wide|broad|whole|vast)\s+)?(?:range|array|spectrum|variety|number)\s+of\s+"
                           r"(?:(?:important|key|priority|strategic|promising)\s+)?(?:areas|fields|spheres|sectors|issues|directions)\b|(?:various|many|all|numerous|different|"
                           r"several)\s+(?:areas|fields|spheres|sectors|issues|directions)\b|"
                           # "covering 27 agreements, including the key areas of cooperation": which areas, untold
                           r"the\s+(?:(?:main|key|major|priority|principal)\s+)+(?:areas|fields|spheres|sectors|directions)\b", re.I)


def _fields_of_one_head(items: list[str], signed_plural: bool) -> bool:
    """'trade, economic, scientific and technical, and humanitarian areas': one subject, a list of qualifiers."""
    return signed_plural and len(items) == 1 and "," in items[0] and \
        bool(re.search(r"\b(?:cooperation|areas|spheres|fields|sectors)$", items[0]))


_FIELDS_AFTER = re.compile(r"(?:\s+of\s+cooperation)?\s+in\s+(?:the\s+|various\s+|different\s+|many\s+|a\s+number\s+of\s+)?"
                           r"(?:fields?|spheres?|areas?|sectors?)\s+"
                           r"(?:of|such\s+as|like)\s+(?=[a-z])")
_PACKAGE_OF_FIELDS = "a package of documents named by its fields"
_SEVERAL_BY_FIELDS = "several documents named by their fields"


def _package_by_fields(context: Context, sentence: Sentence, match: re.Match[str],
                       mentions: list[DocMention]) -> list[DocMention]:
    """'signed 17 documents of cooperation in the fields of A, B, and C': one package, its subject the fields
    (which document covers which field the text does not say); '18 documents including agreements on ...'
    leaves the subjects to the agreements."""
    text = context.text
    fields = _FIELDS_AFTER.match(text, match.end(), sentence.end)
    counted = [m for m in mentions if m.start <= match.start() < m.end]
    if fields is None or not counted:
        return []
    stop = _LIST_END.search(text, fields.end(), sentence.end)
    list_end = stop.start() if stop else sentence.end
    if "," not in text[fields.end():list_end]:
        return []  # "important documents in the field of energy": one field, named in the title
    head = counted[0]
    of_cooperation = re.match(r"\s+of\s+cooperation", text[match.end():fields.end()])
    title_end = match.end() + (of_cooperation.end() if of_cooperation else 0)
    title = re.sub(r"\s+", " ", text[head.start:title_end]).strip()
    package = DocMention(match.group("noun"), head.start, list_end, title, "other", list(head.parties), head.status,
                         head.in_quote, False, list(head.signatories), head.start, [*head.why, _PACKAGE_OF_FIELDS],
                         subject=text[fields.end():list_end].strip())
    return [package]


# "memorandum of understanding (MOU) to cooperate in sports", "an MoU was signed for political consultation ..."
# "memorandum", "Ten memorandums", "bilateral documents": a kind of document the text tells apart by what it covers
_GENERIC_HEAD = (r"(?:(?:[a-z][\w-]*|\d+|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several)\s+)?(?:memorand(?:um|a|ums)|mous?|mocs?|agreements?|protocols?|treat(?:y|ies)|roadmaps?|documents)"
                 r"(?:\s+of\s+(?:understanding|cooperation))?(?:\s*\([A-Za-z]{2,8}\))?")
_OWN_SUBJECT = re.compile(rf"{_GENERIC_HEAD}\s+(?:to\s+co-?operate\s+(?:in|on)|in\s+the\s+(?:fields?|spheres?)\s+of|"
                          r"on\s+cooperation\s+in)\s+(?:the\s+)?(?P<subject>[a-z][^,;]{1,80})")
# "... was signed on tourism", "A memorandum and a program were signed between A and B to develop cooperation in the
# field of X", "... was signed between A and B on expanding trade": what it covers, after the verb and the sides
_SUBJECT_AFTER_VERB = re.compile(r"(?:\s+and\s+(?:an?|the)\s+[a-z][\w\s-]{2,40}?)?\s*(?:was|were|has\s+been|have\s+been)\s+"
                                 r"(?:also\s+)?(?:signed|inked|concluded)(?:\s+(?:between|with)\s+[^.;]{2,160}?)?\s+"
                                 r"(?:for|on|to\s+(?:develop|expand|strengthen|promote|deepen)\s+cooperation\s+in)\s+"
                                 r"(?:the\s+(?:fields?|spheres?|areas?)\s+of\s+)?"
                                 r"(?P<subject>(?!the\s+(?:sidelines|basis|occasion)\b)[a-z][^,.;]{2,160}?)"
                                 # "… on the purchase of oil and an agreement on its transit": the next document; "… on
                                 # plant quarantine between A and B": the sides after it (not "cooperation between A and B")
                                 rf"(?=[,.;]|\s+(?:during|at|in\s+the\s+presence|under\s+the\s+witness|witnessed\s+by)\b|"
                                 r"(?<!cooperation)(?<!relations)(?<!partnership)(?<!interaction)(?<!consultation)(?<!consultations)"
                                 r"\s+between\s+(?:the\s+)?(?-i:[A-Z])|"
                                 r"\s+and\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
                                 rf"(?:{_NOUNS})\b|$)")


# "memorandum of understanding between the agencies of A and B on cooperation in agriculture", "... between X
# Bank and Y Bank in the field of banking": a generic name, the sides, then what the document covers
_SUBJECT_AFTER_SIDES = re.compile(r"(?P<head>.+?)\s+between\s+.+?\s+(?:on\s+(?:cooperation\s+in\s+(?:the\s+(?:fields?|"
                                  r"spheres?|areas?)\s+of\s+)?)?|in\s+the\s+(?:fields?|spheres?|areas?)\s+of\s+)"
                                  r"(?P<subject>[a-z][^,;]{1,80})")
# "A memorandum was signed between A and B on Tuesday with a view to increasing cooperation": the aim, after the
# verb and the sides, is what the document is for
_AIM_AFTER_VERB = re.compile(r"\s*(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:signed|inked|concluded)\b"
                             r"(?P<between>[^.;]{0,160}?)\s+(?:with\s+a\s+view\s+to|in\s+order\s+to|so\s+as\s+to|"
                             r"aimed\s+at|with\s+the\s+(?:aim|goal|purpose|objective)\s+of)\s+"
                             r"(?P<subject>[a-z][^,.;]{2,120}?)(?=[,.;]|$)")


def _own_subject(context: Context, mention: DocMention) -> str | None:
    """What a document named by a generic noun covers, when its title or its verb says so."""
    own = _OWN_SUBJECT.fullmatch(mention.title)
    if own:
        return own.group("subject")
    sides_first = _SUBJECT_AFTER_SIDES.fullmatch(mention.title)
    if sides_first and re.fullmatch(_GENERIC_HEAD, sides_first.group("head")):
        return sides_first.group("subject")
    if re.fullmatch(_GENERIC_HEAD, mention.title, re.I):  # "a Protocol was signed on holding ...", capitalized too
        after = _SUBJECT_AFTER_VERB.match(context.text, mention.end)
        if after:
            return after.group("subject")
        sentence = context.sentence_at(mention.start)
        aim = _AIM_AFTER_VERB.match(context.text, mention.end, sentence.end)
        if aim and not DOC_NOUN.search(aim.group("between")):
            return _DEGREE_VERB.sub("", aim.group("subject"))
        purpose = _TO_DO_AFTER.match(context.text, mention.end, sentence.end)
        if purpose:  # "signed the agreement to carry out the joint project for the construction of a wind plant"
            return purpose.group("subject")
        field_before = _FIELD_SIGNED_IN.search(context.text, sentence.start, mention.start)
        if field_before:
            return field_before.group("subject")
        return _aim_told_next(context, mention) or _agreed_just_before(context, mention)
    return None


# "have formalized their partnership in the field of nuclear energy with the signing of a memorandum of cooperation":
# the field the signing puts in writing is what the bare document covers
_FIELD_SIGNED_IN = re.compile(r"\b(?:partnership|cooperation|ties|relations)\s+in\s+the\s+(?:field|sphere|area)s?\s+of\s+"
                              r"(?P<subject>[a-z][^,.;]{2,60}?)\s+(?:with|through|by)\s+(?:the\s+)?(?:signing|conclusion)\s+of\s+"
                              r"(?:a|an|the)\s+$")


# what a bare document is for, right after it: "the agreement to carry out the joint project for …"
_TO_DO_AFTER = re.compile(r"\s+(?P<subject>to\s+(?!be\b)(?:carry\s+out|implement|build|construct|establish|create|set\s+up|"
                          r"develop|launch|open|supply|finance|fund|jointly\s+\w+)\s+[^,.;]{3,160}?)(?=[,.;]|$)")


# "Kazakhstan and Uzbekistan have agreed to establish a working group on geology": what the sides agreed to do
_AGREED_TO = re.compile(r"\b(?:have|has)\s+agreed\s+to\s+(?P<subject>(?:establish|create|set\s+up|form|launch|open|build)\s+"
                        r"[^,;]{3,160}?)(?=\s*,|\s*$)")


def _agreed_just_before(context: Context, mention: DocMention) -> str | None:
    """'… have agreed to establish a working group … The agreement was signed by the Presidents': the agreement
    the sentence before told of, its subject what they agreed to do."""
    sentence = context.sentence_at(mention.start)
    if mention.noun.lower() != "agreement" or sentence.index == 0 or \
            not re.match(r"\W*The\s+agreement\s+(?:was|has\s+been)\s+signed\b", sentence.text):
        return None
    agreed = _AGREED_TO.search(context.sentences[sentence.index - 1].text)
    return agreed.group("subject") if agreed else None


# "The memo is purposed to create favorable conditions for agricultural cooperation": the sentence after a bare
# "signed a memorandum" that says what the document is for
_AIM_OPENING = re.compile(r"\W*(?:The|This|That)\s+(?P<noun>memo|memorandum|MoU|agreement|accord|protocol|treaty|roadmap|"
                          r"document|deal)\s+(?:is|was|has\s+been)?\s*(?:purposed|aimed|intended|designed|meant|aims|seeks)"
                          r"\s+(?:to|at)\b", re.I)
_COOPERATION_FIELD = re.compile(r"\b(?P<subject>(?:[a-z]+(?:al|ic|ary|ian|ive)\s+(?:and\s+[a-z]+(?:al|ic|ary|ian|ive)\s+)?)"
                                r"(?:cooperation|co-operation)(?:\s+in\s+(?:the\s+)?(?:fields?|areas?|spheres?)\s+of\s+[a-z][^,.;]{2,80}?)?"
                                r"|(?:cooperation|co-operation)\s+in\s+(?:the\s+(?:fields?|areas?|spheres?)\s+of\s+)?"
                                r"(?!the\b)[a-z][^,.;]{2,80}?)(?=\s+(?:on|with|between|through|by|and\s+to)\b|[,.;]|$)")


def _aim_told_next(context: Context, mention: DocMention) -> str | None:
    """The field a bare document is for, as the next sentence tells it of the same kind of document."""
    sentence = context.sentence_at(mention.start)
    if sentence.index + 1 >= len(context.sentences):
        return None
    following = context.sentences[sentence.index + 1].text
    opening = _AIM_OPENING.match(following)
    noun = opening.group("noun").lower() if opening else ""
    if not opening or (noun not in ("document", "memo") and doc_type(noun) != mention.type):
        return None
    field = _COOPERATION_FIELD.search(following, opening.end())
    return field.group("subject") if field else None


# what a generic document is for, after its other side: "a framework agreement with X for the fourth plant at
# the Y field", "a cooperation agreement with X to resume operations at the Z plant", "MoUs to set up a committee,
# to boost cooperation in A and promote cooperation in B" (never "for five years", "to be signed", "to cooperate")
_PURPOSE_VERBS = (r"activate|accelerate|speed\s+up|advance|boost|promote|enhance|strengthen|deepen|expand|develop|foster|facilitate|increase|improve|"
                  r"support|establish|create|build|resume|launch|set\s+up|open|train|exchange|modernize|modernise|"
                  r"construct|supply|provide|implement|attract|protect|prevent|combat|introduce|abolish|waive|"
                  r"eliminate|simplify|ease|avoid|regulate|ensure|reduce|document|record|formali[sz]e")
_DEGREE_VERB = re.compile(r"^(?:boost|promote|enhance|strengthen|deepen|expand|foster|facilitate|increase|improve|"
                          r"support)\s+(?=cooperation|co-operation|collaboration|ties|relations)")
_WITH_SIDE = (r"(?:\s+with\s+[^,.;]{2,80}?)?"  # "agreements on Friday to abolish visas": the day comes between
              rf"(?:\s+(?:on\s+{_WEEKDAY}|today|yesterday))?"
              r"(?:\s+in\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)?"  # "an agreement in Budapest to establish …"
              r"(?:\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:signed|exchanged|concluded|inked))?")  # "a protocol was signed to document the outcomes"
# "…, transport, and health.": more items of a list (never ", the ministry said.", ", which …")
_LIST_GOES_ON = (r"(?:and\s+)?(?!(?:the|a|an|which|who|he|she|they|it)\b)[a-z][\w-]*"
                 r"(?:\s+(?!(?:said|says|reported|reports|noted|added|stated|informed)\b)[a-z][\w-]*){0,3}(?:,|[.;]|$)")
_PURPOSE = re.compile(
    rf"{_WITH_SIDE}\s+(?:for\s+(?P<object>(?:the|an?)\s+(?!(?:(?:first|second|third|next|last|coming)\s+(?:time|years?|months?|"
    r"decade)|period|term|years?|months?)\b)"
    # "a roadmap for supporting investment projects": what it is for, named by a gerund
    # (a number's point or comma goes on: "for the transportation of 1.5 million tons")
    rf"[a-z](?:[^,.;]|[.,](?=\d)){{2,120}}?|(?!during\b)[a-z]{{3,}}ing\s+[a-z][^,.;]{{2,120}}?)"
    rf"(?=\s+with\s+|\s+in\s+the\s+presence\b|\s+under\s+the\s+witness\b|\s+witnessed\s+by\b|\s+on\s+{_WEEKDAY}\b|\s+and\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_NOUNS})\b|"
    r"[,.](?!\d)|;|$)"
    # (a list of fields inside a purpose goes on: "to support projects across energy, transport, and health")
    rf"|to\s+(?P<purposes>(?:{_PURPOSE_VERBS})\b[^.;]*?)(?=,\s+(?!(?:and\s+)?(?:to\s|(?:{_PURPOSE_VERBS})\s))(?!{_LIST_GOES_ON})|\s+in\s+the\s+presence\b|"
    r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:signed|adopted|concluded)\b|\s*[—–]|[.;]|$))")
# what a generic document sets out, described after it: "a memorandum aimed at strengthening business ties", "a
# protocol under the commission, outlining specific steps to …", "a Protocol which outlined the current trends of …"
_AIM = re.compile(r"(?:\s+(?:was|were|has\s+been|have\s+been)\s+(?:signed|adopted|approved|concluded|inked))?"  # "… was adopted, reflecting"
                  r"(?:\s+(?:under|within|in\s+the\s+framework\s+of)\s+[^,.;]{2,120}?)?,?\s+(?:aimed\s+at|outlining|reflecting|"
                  r"describing|detailing|"
                  r"(?:which|that)\s+(?:outlines|outlined|sets\s+out|set\s+out|defines|defined|reflects|reflected)|"
                  r"(?:which|that)\s+(?:will|would)(?=\s+[a-z]+\s+))\s+"  # "an agreement that will strengthen …"
                  r"(?P<aim>[a-z][^.;]{3,200}?)(?=,?\s+and\s+(?:elevating|raising|bringing|taking)\b|,\s+(?-i:[A-Z])|"
                  r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:signed|adopted|approved)\b|[.;]|$)")
_NEXT_PURPOSE = re.compile(rf",\s*(?:and\s+)?to\s+|,?\s+and\s+(?:to\s+)?(?=(?:{_PURPOSE_VERBS})\b)|,\s*(?=(?:{_PURPOSE_VERBS})\s)")


def _by_purpose(context: Context, mention: DocMention) -> list[DocMention]:
    """A generic document told apart by what it is for; a plural one with several purposes is one
    document per purpose ("MoUs to set up a committee, to boost trade and promote tourism": three)."""
    plural = mention.noun.lower() in _PLURAL_NOUNS
    head = mention.title
    first_purpose = re.match(rf"(.+?)(?=\s+to\s+(?:{_PURPOSE_VERBS})\b)", head)
    if first_purpose and generic_document_title(first_purpose.group(1)):
        head = first_purpose.group(1)  # "MoUs to set up a council, to boost ...": the title took the first purpose
    if mention.subject or not generic_document_title(head) or _listed_item(mention):
        return [mention]
    title_end = context.text.find(head, mention.start)
    if title_end < 0:
        return [mention]
    title_end += len(head)
    acronym = re.match(r"\s*\([A-Za-z]{2,8}\)", context.text[title_end:title_end + 12])
    title_end += acronym.end() if acronym else 0  # "memoranda of understanding(MOUs) to activate …"
    sentence = context.sentence_at(mention.start)
    purpose = _PURPOSE.match(context.text, title_end, sentence.end)
    aim = _AIM.match(context.text, title_end, sentence.end) if purpose is None and not plural else None
    if aim is not None:  # "a protocol …, outlining specific steps to deepen relations": what it sets out
        mention.subject = aim.group("aim")
        mention.why.append("the subject: what the document sets out")
        return [mention]
    if purpose is None:
        return [mention]
    if purpose.group("object"):
        purposes = [re.sub(r"^the\s+", "", purpose.group("object"))]  # "for the fourth plant": the plant
    else:
        purposes = [_DEGREE_VERB.sub("", p.strip()) for p in _NEXT_PURPOSE.split(purpose.group("purposes"))]
    if head != mention.title and len(purposes) < 2 and plural:
        return [mention]  # one purpose the title already holds
    if not plural or len(purposes) == 1:
        mention.title = head  # "a Memorandum of Understanding to boost cooperation in A, B and C": what it is for
        mention.subject = " and ".join(purposes) if not plural else purposes[0]
        mention.why.append("the subject: what the document is for")
        return [mention]
    told = []
    for purpose_text in purposes:
        one = DocMention(**{**mention.__dict__, "parties": list(mention.parties), "why": [*mention.why],
                            "signatories": list(mention.signatories)})
        one.title, one.subject, one.generic = head, purpose_text, False
        one.why.append("one of the purposes of a plural document noun")
        told.append(one)
    return told


# "signed two cooperation documents. They feature the construction of a road and also a power line.": what each
# of the counted documents covers, in the sentence right after the count
_COUNT_LEAD = re.compile(r"(?:(?P<digits>\d{1,2})|(?P<word>two|three|four|five|six|seven|eight|nine|ten))\s+(?P<rest>.+)$", re.I)
_DESCRIBED = re.compile(r"(?:They|These|These\s+documents|The\s+documents|Both)\s+(?:also\s+)?(?:feature|include|cover|"
                        r"concern|involve|envisage|provide\s+for|deal\s+with|relate\s+to|focus\s+on|are\s+(?:on|about))\s+"
                        r"(?P<items>[^.;:]+)[.;]?\s*$")
# between the counted documents' subjects: 'and also', 'as well as', a semicolon; failing those, a comma list
_STRONG_SPLIT = re.compile(r"\s*;\s*(?:and\s+)?|\s+and\s+also\s+|,?\s+as\s+well\s+as\s+")
_COMMA_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?")
_WEAK_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_DESCRIBED_NEXT = "one of the counted documents, its subject in the next sentence"
# "signed six cooperation agreements … The memorandums of understanding signed are on cooperation in A, B, … and F": the
# counted documents named again by a narrower noun, a few sentences on, with their subjects ("The agreements cover …"
# after "three memorandums" is the wider word: the memoranda keep theirs, and _by_subject reads them)
_DESCRIBED_BY_NOUN = re.compile(
    r"(?:The|These)\s+(?P<noun>(?:memorand(?:a|ums)(?:\s+of\s+understanding)?|MoUs|protocols))"
    r"(?:\s+(?:signed|inked|concluded))?\s+(?:(?:are|were)\s+(?:on|about)|include|included|cover|covered|concern|concerned)\s+"
    r"(?:cooperation\s+(?:in|on)\s+)?(?:the\s+(?:fields?|areas?|spheres?)\s+of\s+)?(?P<items>[^.;:]+)[.;]?\s*$")
_DESCRIBED_WITHIN = 4  # sentences after the count
_PACKAGE_REACH = 600  # characters after a package within which its itemised documents share its sides
_ONE_OF_PLURAL = re.compile(r"^(?:memoranda|memorandums|MoUs|protocols)\b", re.I)


def _described_next(context: Context, mention: DocMention) -> list[DocMention]:
    """'signed two documents ... They feature A and also B': as many documents as counted, each with its subject,
    when the next sentence names exactly that many things; else the count stays one entry."""
    counted = _COUNT_LEAD.match(mention.title)
    if not (mention.generic and counted and mention.subject is None):
        return [mention]
    how_many = _how_many(counted)
    sentence = context.sentence_at(mention.start)
    if sentence.index + 1 >= len(context.sentences):
        return [mention]
    described = _DESCRIBED.match(context.sentences[sentence.index + 1].text) or _described_later(context, sentence)
    if described is None:
        return [mention]
    items = _STRONG_SPLIT.split(described.group("items").strip())
    if len(items) != how_many:  # "A, B, housing and infrastructure, and F": the commas part them, the "and"s may not
        items = _COMMA_SPLIT.split(described.group("items").strip())
    if len(items) != how_many:
        items = _WEAK_SPLIT.split(described.group("items").strip())
    if len(items) != how_many or any(not item or len(item.split()) > 20 for item in items):
        return [mention]
    if sum(bool(_OPENS_WITH_A_DOCUMENT.match(item.strip())) for item in items) * 2 >= len(items):
        return [mention]  # "The documents include the Action Plan on X, MoU on Y …": documents named on their own
    told = []
    for item in items:
        one = DocMention(**{**mention.__dict__, "parties": list(mention.parties), "why": [*mention.why, _DESCRIBED_NEXT],
                            "signatories": list(mention.signatories)})
        one.title, one.subject, one.generic = counted.group("rest"), re.sub(r"^the\s+", "", item.strip()), False
        own_noun = described.groupdict().get("noun")
        if own_noun:  # "The memorandums of understanding signed are on …": MoUs
            single = _ONE_OF_PLURAL.sub(lambda plural: SINGULAR_DOCUMENTS[plural.group(0).lower()], own_noun)
            one.title, one.noun, one.type = single, single, doc_type(single.split()[0])
        told.append(one)
    return told


# an item that is a document's own name ("the Action Plan on Science", "MoU on Film"), never a subject that names one
# ("implementation of protocol on defense supplies")
_OPENS_WITH_A_DOCUMENT = re.compile(rf"(?:the\s+|an?\s+)?(?:[A-Z][\w-]*\s+){{0,3}}(?i:{_NOUNS})\b")


def _described_later(context: Context, counted_in: Sentence) -> re.Match[str] | None:
    later = context.sentences[counted_in.index + 1:counted_in.index + 1 + _DESCRIBED_WITHIN]
    return next((found for found in (_DESCRIBED_BY_NOUN.match(s.text) for s in later) if found), None)


def _names_a_described_package(context: Context, mention: DocMention, mentions: list[DocMention]) -> bool:
    """'The memorandums of understanding signed are on A, B and C' after a count that sentence itemised: the
    counted documents again, not one more (nor the "protocol" a subject names: "implementation of protocol on …")."""
    if _DESCRIBED_NEXT in mention.why:
        return False
    sentence = context.sentence_at(mention.start)
    return bool(_DESCRIBED_BY_NOUN.match(sentence.text)) and any(
        _DESCRIBED_NEXT in other.why and other.start < sentence.start for other in mentions)


# "The first agreement between the two countries focused on A.", "The fourth agreement was within the sector of B":
# the counted documents told one sentence each, by their subjects
_ORDINAL_ITEM = re.compile(
    r"(?:The|the)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|next)\s+"
    r"(?P<noun>agreement|memorandum|document|deal|MoU|MOU|MoC|MOC|accord|protocol)\b(?P<rest>[^.;]*)")
# "Next was an MoU to step up cooperation in Digital Government": the next of the counted documents
_NEXT_OF_A_COUNT = re.compile(r"Next\s+(?:was|is|came)\s+(?:an?|the)\s+(?P<noun>agreement|memorandum|document|deal|MoU|accord)\b"
                        r"(?P<rest>[^.;]*)")
_ORDINAL_FIELD = re.compile(r"\b(?:within|in)\s+the\s+(?:sector|domain|field|area|sphere)s?\s+of\s+(?P<subject>.+)$")
# "The second MOU, signed between A and B, calls for …", "The first MOU signed by A and B outlines …": its own sides
_ORDINAL_SIDES = re.compile(r"^,?\s+(?:(?:which|that)\s+(?:was|is)\s+)?(?:signed|inked|concluded)\s+(?:between|by|with)\s+"
                            r"(?P<sides>[^,]+?)(?=\s*,|\s+(?:calls|outlines|provides|envisages|stipulates|aims|focuses|"
                            r"covers|concerns|deals|seeks|sets)\b)")
_ORDINAL_VERB = re.compile(r"^(?:\s+between\s+[^,]+?)?,?\s+(?:focused|focuses|focusing|concerned|concerns|covered|covers|"
                           r"dealt\s+with|deals\s+with|related\s+to|relates\s+to|aimed\s+at|aims\s+at|(?:was|is)\s+(?:on|about)|"
                           # "is to intensify cooperation on ICT", "an MoU to step up cooperation in Digital Government"
                           rf"(?:(?:was|is)\s+)?to\s+(?:intensify|step\s+up|{_COOPERATION_GROWS})\s+cooperation\s+(?:on|in)|"
                           # "calls for increasing cooperation on A", "outlines measures to strengthen X cooperation for B"
                           r"(?:calls|provides)\s+for(?:\s+(?:increasing|expanding|strengthening|deepening|enhancing|promoting)"
                           r"\s+cooperation\s+(?:on|in))?|envisages|stipulates|"
                           rf"(?:outlines|sets\s+out)(?:\s+(?:measures|steps|ways)\s+to\s+{_COOPERATION_GROWS}\s+"
                           r"(?:[\w-]+\s+){0,3}?cooperation\s+(?:for|on|in))?)"
                           r"(?:\s+on)?\s+(?:cooperation\s+(?:on|in)\s+)?(?P<subject>.+)$")
_ORDINAL_SUBJECT_END = re.compile(r",?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is)\s+)?(?:sign|signed|inked)\s+(?:by|between)\b.*$|"
                                  r",.*$")
TOLD_BY_ORDINAL = "one of the counted documents, told by its order ('the first agreement focused on …')"


def _how_many(counted: re.Match[str]) -> int:
    """The number a count of documents gives ('three memorandums', '4 agreements')."""
    return int(counted.group("digits")) if counted.group("digits") else COUNT_WORDS[counted.group("word").lower()]


def _told_by_ordinal(context: Context, mention: DocMention, mentions: list[DocMention],
                     resolve_party: t.Callable[[str], str | None], known: t.Sequence[str]) -> list[DocMention]:
    """'signing of 4 agreements … The first agreement focused on A. The second agreement was a protocol to …': each
    counted document its sentence describes, by its subject and its own sides ('The second MOU, signed between A and
    B, calls for …'); one named there by its own noun is already a document, and one found at the ordinal's own noun
    is that item."""
    counted = _COUNT_LEAD.match(mention.title)
    if not (mention.generic and counted):
        return [mention]
    told: list[DocMention] = []
    adopted: list[tuple[DocMention, str, list[str]]] = []
    for sentence in (s for s in context.sentences if s.start > mention.start):
        item = _ORDINAL_ITEM.match(sentence.text) or _NEXT_OF_A_COUNT.match(sentence.text)
        if item is None or doc_type(item.group("noun")) not in (mention.type, "other"):
            continue
        rest = item.group("rest")
        sides = _ORDINAL_SIDES.match(rest)
        parties = [resolve_party(side) or side for side in _split_parties(sides.group("sides"), known)] if sides else []
        found = _ORDINAL_FIELD.search(rest) or _ORDINAL_VERB.match(rest[sides.end():] if sides else rest)
        subject = _ORDINAL_SUBJECT_END.sub("", found.group("subject")).strip() if found else ""
        start = sentence.start + item.start("noun")
        own = [m for m in mentions if m is not mention and sentence.start <= m.start < sentence.end]
        if own:  # "The second agreement was a protocol to amend …": a document in its own words
            if len(own) == 1 and own[0].start == start and (subject or parties):
                adopted.append((own[0], subject, parties))  # the ordinal's own noun, found as a document already
            continue
        if not subject or len(subject.split()) > 15:
            continue
        noun = item.group("noun").lower()
        title = item.group("noun") if item.group("noun").isupper() or noun == "mou" else SINGULAR_DOCUMENTS.get(noun, noun)
        told.append(DocMention(**{**mention.__dict__, "noun": noun, "title": title,
                                  "subject": subject, "generic": False, "start": start, "last_start": start,
                                  "end": sentence.start + item.end(), "parties": parties or list(mention.parties),
                                  "signatories": [], "why": [*mention.why, TOLD_BY_ORDINAL]}))
    # a count whose subjects the lead lists ("three MOUs on trade, energy and mining") is replaced only by as many
    # documents told one by one
    if len(told) + len(adopted) < 2 or mention.subject and len(told) + len(adopted) != _how_many(counted):
        return [mention]
    for document, subject, parties in adopted:
        document.subject = document.subject or subject or None
        document.parties = parties or document.parties
        document.why.append(TOLD_BY_ORDINAL)
    return told


# "entered into two memoranda - one with A (in the field of X) and another with B (for cooperation in Y)"
_ONE_AND_ANOTHER = re.compile(
    r"\s*[-–—:,]\s*one\s+with\s+(?:the\s+)?(?P<a>[^()]{3,120}?)\s*\((?P<sa>[^()]{3,120})\)\s*,?\s+and\s+"
    r"(?:another|the\s+other)\s+with\s+(?:the\s+)?(?P<b>[^()]{3,120}?)\s*\((?P<sb>[^()]{3,120})\)")
_FIELD_LEAD_WORDS = re.compile(r"^(?:(?:for\s+)?cooperation\s+)?(?:in\s+the\s+(?:fields?|areas?|spheres?)\s+of|in|on|for)\s+",
                               re.I)
_ONE_AND_ANOTHER_WHY = "one of two documents told apart by their sides ('one with A … and another with B …')"


def _one_and_another(context: Context, mention: DocMention) -> list[DocMention]:
    """'The ministry entered into two memoranda - one with A (in forestry) and another with B (for cooperation in
    ecology)': a document with each side, its field in brackets."""
    counted = _COUNT_LEAD.match(mention.title)
    told = _ONE_AND_ANOTHER.match(context.text, mention.end) if counted and mention.generic else None
    if counted is None or told is None:
        return [mention]
    own = mention.parties[:1]
    return [DocMention(**{**mention.__dict__, "title": counted.group("rest"), "generic": False,
                          "parties": [*own, clean(told.group(side))], "signatories": [],
                          "subject": _FIELD_LEAD_WORDS.sub("", clean(told.group(field))),
                          "why": [*mention.why, _ONE_AND_ANOTHER_WHY]})
            for side, field in (("a", "sa"), ("b", "sb"))]


# "memoranda … were signed between Termez and Bilasuvar, Namangan and Mingachevir, Gulistan and Fuzuli": pairs of
# places or bodies, each a pair of one or two capitalized words
_DIVISIONS = r"\s+(?:provinces|regions|cities|districts|oblasts|aimags)"
# "Jizzakh and Issyk-Kul regions, Andijan and Osh regions": each pair may name its kind of division
_PAIR = rf"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:{_DIVISIONS}(?=,|\s*[.;]|$))?"
_PAIRS = re.compile(rf"\bbetween\s+(?P<pairs>{_PAIR}(?:,\s+(?:and\s+)?{_PAIR})+)"
                    rf"(?:{_DIVISIONS})?(?=[,.;]|\s+(?:were|was|have|had)\b|$)")
_ONE_PER_PAIR = "one document for each pair of sides the sentence lists"
# "Comprehensive programs … between A and B regions, C and D regions": programmes are counted by pairs here only
_PLURAL_PROGRAMMES = {"programs": "program", "programmes": "programme"}


def _one_per_pair(context: Context, mentions: list[DocMention]) -> list[DocMention]:
    """Plural documents signed 'between A and B, C and D, E and F': one document for each pair, named as the
    sentence names them (their subject is the title's or the purpose the sentence gives, never the list of pairs)."""
    result: list[DocMention] = []
    done: set[int] = set()
    for mention in mentions:
        if mention.noun.lower() not in _PLURAL_NOUNS | _PLURAL_PROGRAMMES.keys():
            result.append(mention)
            continue
        sentence = context.sentence_at(mention.start)
        listed = _PAIRS.search(context.text, sentence.start, sentence.end)
        if listed is not None and re.search(r"\bbetween\b|\bas\s+well\s+as\b", context.text[mention.start:listed.start()]):
            listed = None  # "… as well as on expanding cooperation between Baku and Tashkent and establishing sister city
            # relations between A and B, and C and D": the pairs of another phrase, not of these documents
        if listed is None:
            result.append(mention)
            continue
        if sentence.start in done:
            continue  # the sentence's documents are told once, pair by pair
        done.add(sentence.start)
        # the name as the sentence gives it, up to the pairs or the verb: "agreements on trade-economic, … cooperation"
        named = clean(context.text[mention.start:listed.start()]) if mention.start < listed.start() else mention.title
        signed = re.search(r"\s+(?:were|was|have|has)\s+(?:also\s+)?(?:been\s+)?(?:signed|adopted|concluded|inked)\b\s*", named)
        title = (named[:signed.start()] if signed else named).strip(" ,")
        # "… were signed to enhance cooperation for 2023-2025 between A and B, C and D": what each one is for
        purpose = re.match(rf"to\s+(?P<what>(?:{_PURPOSE_VERBS})\b.+)$", named[signed.end():].strip(" ,")) if signed else None
        subject = _DEGREE_VERB.sub("", purpose.group("what")) if purpose else None
        one = SINGULAR_DOCUMENTS.get(mention.noun.lower()) or _PLURAL_PROGRAMMES.get(mention.noun.lower(), mention.noun)
        title = re.sub(rf"\b{re.escape(mention.noun)}\b", one, title, count=1, flags=re.I)  # one each: "memorandum"
        for pair in re.split(r",\s+(?:and\s+)?", listed.group("pairs")):
            sides = [side.strip() for side in re.split(r"\s+and\s+", re.sub(rf"{_DIVISIONS}$", "", pair))]
            result.append(DocMention(**{**mention.__dict__, "noun": one, "title": title, "subject": subject, "generic": False,
                                        "parties": sides, "signatories": [], "why": [*mention.why, _ONE_PER_PAIR]}))
    return result


def _names_same_noun(mention: DocMention, noun: re.Match[str], list_end: int) -> bool:
    """'Ten MoUs', 'MoUs on A, B and C' read before as a count or a title: the noun of the list itself."""
    return mention.subject is None and mention.start <= noun.start() < mention.end <= list_end + 1 or \
        mention.subject is None and noun.start() <= mention.start < list_end


# "... cooperation in ", "... in the fields of ": what follows names fields, never a head noun's modifiers
_IN_FIELD_BEFORE = re.compile(r"\b(?:cooperation\s+in|in\s+the\s+(?:fields?|spheres?|areas?)\s+of)\s+$")
_IN_FIELDS_OPENING = re.compile(r"in\s+the\s+(?:fields|spheres|areas)\s+of\s")  # "agreements in the fields of A and B"


_SECTORS_AFTER = re.compile(r"\s+(?:sectors|fields|spheres|areas)$")
_ADJECTIVE = re.compile(rf"{_ADJECTIVE_ENDING}$")  # "trade and economic sectors": one subject


def _two_fields(phrase: str) -> list[str]:
    """'healthcare and education' after a plural noun and 'cooperation in': one field each; 'trade and economic
    cooperation', 'oil and gas production' (a head noun the two words share) or longer phrases stay one subject."""
    if not any(_ADJECTIVE.search(word) for word in _SECTORS_AFTER.sub("", phrase).split(" and ")):
        phrase = _SECTORS_AFTER.sub("", phrase)  # "health and communication sectors": the sectors of each
    parts = phrase.split(" and ")
    if len(parts) == 2 and all(len(p.split()) == 1 for p in parts) and \
            not re.search(rf"\b{_HEAD_NOUNS}$", phrase):
        return [p.strip() for p in parts]
    return [phrase]


_TWO_KINDS_OF_ONE_HEAD = re.compile(r"(?P<a>[a-z][\w-]*)\s+and\s+(?P<b>[a-z][\w-]*)\s+(?P<head>[a-z][\w-]*)")


def _each_with_the_head(phrase: str) -> list[str]:
    """'political and economic collaboration' where two documents are counted: one of each kind."""
    kinds = _TWO_KINDS_OF_ONE_HEAD.fullmatch(phrase)
    if kinds is None:
        return [phrase]
    return [f"{kinds.group('a')} {kinds.group('head')}", f"{kinds.group('b')} {kinds.group('head')}"]


def _subject_items(phrase: str) -> list[str]:
    """'cultural exchange, geology and mineral resources, yoga, and the renovation of X' -> the subjects;
    a last 'A and B' splits only in a list of single words ('finance, justice and emergencies')."""
    pieces = _qualifiers_joined(_names_rejoined([p.strip(" ,") for p in _ITEM_SPLIT.split(phrase.strip()) if p.strip(" ,")]))
    pieces = [piece for piece in pieces if not _OPEN_END.fullmatch(piece)]  # "..., and more": no subject of its own
    if not pieces:
        return []
    last = pieces[-1].split(" and ")
    if len(pieces) > 1 and len(last) == 2 and all(len(p.split()) == 1 for p in [*pieces[:-1], *last]):
        pieces[-1:] = last
    elif len(pieces) > 1 and len(last) == 3 and len(last[-1].split()) == 1:
        # "…, veterinary and animal husbandry and agriculture": the last 'and' joins the list, the first a pair
        pieces[-1:] = [" and ".join(last[:2]), last[2]]
    items = _ellipsis_filled([_ITEM_LEAD.sub("", piece).strip() for piece in pieces])
    if any(not item or len(_NAME_RUN.sub("N", item).split()) > 14 or _FINITE.search(item) for item in items):
        return []  # a clause, not a list of fields
    return items


def _ellipsis_filled(items: list[str]) -> list[str]:
    """'interaction between the foreign ministries, as well as the Ministry of A and the Agency of B': the bare pair
    of bodies takes the words its item left out ('interaction between the Ministry of A and the Agency of B')."""
    filled = list(items)
    for index in range(1, len(items)):
        head = re.match(r".+?\bbetween\s+", filled[index - 1])
        if head and re.fullmatch(r"(?:the\s+)?[A-Z][\w\s,'’-]*?\s+and\s+(?:the\s+)?[A-Z][\w\s,'’-]*", items[index]) and \
                not re.search(r"\b(?!of\b|and\b|the\b|for\b|on\b|region\b|province\b|city\b|oblast\b)[a-z]", items[index]):
            filled[index] = head.group(0) + items[index]
    return filled


_NAME_RUN = re.compile(r"\b[A-Z][\w-]*(?:,?\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w-]*)*")  # a name counts as one word


def _names_rejoined(pieces: list[str]) -> list[str]:
    """'the Ministry of Investments', 'Industry and Trade of X': a name with a comma inside is one piece."""
    joined: list[str] = []
    for piece in pieces:
        if joined and piece[:1].isupper() and re.search(r"\b[A-Z][\w-]*\s+of\s+(?:the\s+)?[A-Z][\w-]*$", joined[-1]):
            joined[-1] = f"{joined[-1]}, {piece}"
        else:
            joined.append(piece)
    return joined


# the end of a list that says it goes on: "A, B and more", "A, B, etc."
_OPEN_END = re.compile(r"(?:and\s+)?(?:more|others|so\s+on|etc\.?|other\s+(?:fields|areas|spheres|sectors))", re.I)
# a count that says how many documents no better than 'some': "several agreements in the fields of A, B and C"
_VAGUE_COUNT = re.compile(r"\b(?:several|some|various|multiple|a\s+(?:number|series|range)\s+of)\s+(?:[\w-]+\s+){0,2}$", re.I)
# what stands right before a plural document noun that gives no number: "signed [cooperation] agreements"
_NO_COUNT_BEFORE = re.compile(rf"\b(?:signed|inked|concluded|exchanged|adopted|and|also)\s+(?:(?!{_NUMBER_WORDS}\b)[a-z-]+\s+)?$")


def _uncounted(before: str) -> bool:
    """'several agreements in the fields of A, B and C', 'signed cooperation agreements in the fields of A, B and
    C': the text does not say how many documents, so the fields are not one document each."""
    return bool(_VAGUE_COUNT.search(before) or _NO_COUNT_BEFORE.search(before))


# the noun a run of qualifiers ends in: "trade, economic, cultural, humanitarian cooperation"
_QUALIFIED_NOUN = re.compile(r"^[a-z-]+(?:\s+and\s+[a-z-]+)?\s+(?:cooperation|relations|ties|partnership|interaction|collaboration|"
                             r"areas|spheres|fields|sectors)\b")


def _qualifiers_joined(pieces: list[str]) -> list[str]:
    """'trade', 'economic', 'humanitarian cooperation between A and B' -> one subject: single words
    before a qualified noun qualify it too (as 'trade and energy cooperation' is one subject)."""
    joined: list[str] = []
    for piece in pieces:
        run = 0  # single words, or a pair of them ("scientific and technical"), qualify the noun that ends the run
        while run < len(joined) and re.fullmatch(r"[a-z-]+(?:\s+and\s+[a-z-]+)?", joined[-1 - run]):
            run += 1
        if run and _QUALIFIED_NOUN.match(piece):
            joined[-run:] = [", ".join([*joined[-run:], piece])]
        else:
            joined.append(piece)
    return joined


def _same_subject(a: str | None, b: str | None) -> bool:
    """'mineral' is one of 'geology and mineral resources'; 'culture' names 'cultural exchange'."""
    if not a or not b:
        return a == b
    stems = [{w[:5] for w in re.findall(r"[a-z][\w-]*", x.lower()) if w not in ("and", "the", "of", "in")} for x in (a, b)]
    return bool(stems[0] and stems[1]) and (stems[0] <= stems[1] or stems[1] <= stems[0])


# -- merging ------------------------------------------------------------------------------


def _without_sides(title: str) -> str:
    """'Agreement between A and B on the state border' → 'agreement on the state border': the name without its sides,
    as the lead names it."""
    named = re.sub(r"\s+between\s+.+?(?=\s+(?:on|for|in|regarding|concerning)\s)", "", title, count=1).lower()
    # "an agreement on the border junction point with two neighbouring countries": the sides said another way
    return re.sub(r"\s+with\s+(?:the\s+)?(?:two|three|both|all|its|their|other|neighbou?ring)\b[^,;]*$", "", named)


# "strategic partnership agreement" is the "agreement on strategic partnership" said the other way round
_SUBJECT_BEFORE_NOUN = re.compile(r"(?P<subject>[a-z][\w\s-]*?)\s+(?P<noun>agreement|memorandum|treaty|convention|"
                                  r"protocol|declaration|program|programme|roadmap)")


def _cooperation_said_plainly(a: str, b: str) -> bool:
    """'the memorandum of understanding on cooperation which was signed today' after the 'Memorandum of Understanding
    on development cooperation' the lead names: the one memorandum, its field left out."""
    plain, full = sorted((_core(a), _core(b)), key=len)
    head = plain.removesuffix(" on cooperation")
    return head != plain and re.fullmatch(rf"{re.escape(head)}\s+on\s+[\w\s-]+\s+cooperation", full) is not None


def _core(title: str) -> str:
    """The name that tells a document apart: 'new bilateral investment agreement', 'bilateral investment
    agreement', 'investment agreement' and 'agreement on investment' are one document named four ways."""
    core = re.split(r"\s+between\s+", title)[0].lower()
    core = re.sub(r"\s*\([^)]*\)", "", core)
    core = re.sub(r"^(?:a|an|the)\s+", "", core).strip()
    core = re.sub(r"^(?:(?:new|bilateral)\s+)+(?=[\w-]+\s)", "", core)
    core = re.sub(r"^mous?\b", "memorandum of understanding", core)  # "the MOU" the body names in full
    core = re.sub(r"^memos?\b", "memorandum", core)  # "a memo of cooperation" is the memorandum of cooperation
    # "a memorandum on mutual understanding": «меморандум о взаимопонимании» put back into English word for word
    core = re.sub(r"^memorandum\s+(?:on|of)\s+mutual\s+understanding\b", "memorandum of understanding", core)
    core = re.sub(r"^([\w-]+)\s+(?:for|of)\s+cooperation$", r"\1 on cooperation", core)  # "agreement of/for cooperation"
    if subject_first := _SUBJECT_BEFORE_NOUN.fullmatch(core):
        return f"{subject_first['noun']} on {subject_first['subject']}"
    return core


_PERIOD = re.compile(r"\b(?:19|20)\d\d\s*[-–]\s*(?:(?:19|20)\d\d|\d\d)\b")
_UP_TO_YEAR = re.compile(r"\s+(?:for\s+the\s+period\s+)?(?:until|till|through|up\s+to)\s+(?:19|20)\d\d\b")
_SUBJECT_BEYOND_SIDES = re.compile(r"\s+between\s+.+?\s+(?P<subject>(?:on|in\s+the\s+(?:fields?|spheres?|areas?)\s+of)\s+.+)$", re.I)


def _subjects_after_sides_differ(a: str, b: str) -> bool:
    """'Agreement between A and B on military cooperation' and '... between A and B on military-technical
    cooperation': the same sides, two subjects, two documents (a title without its subject may be either)."""
    subjects = [_SUBJECT_BEYOND_SIDES.search(title) for title in (a, b)]
    if not (subjects[0] and subjects[1]):
        return False
    return _core(subjects[0].group("subject")) != _core(subjects[1].group("subject"))


def _named_sides_differ(a: str, b: str) -> bool:
    """'agreement between the Halal Accreditation Institution of Türkiye and …' and 'agreement between Türkiye's
    Information Technologies and Communication Authority and …': the names tell two sets of sides, two documents."""
    sides = [re.split(r"\s+between\s+", title, maxsplit=1) for title in (a, b)]
    if len(sides[0]) < 2 or len(sides[1]) < 2:
        return False
    first, second = (re.sub(r"\bthe\s+|\s*\([^)]*\)", "", side[1].lower()).strip() for side in sides)
    return first not in second and second not in first and not _same_sides_named(first, second)


def _same_sides_named(first: str, second: str) -> bool:
    """'Kazakhstan and Mongolia' and 'the Republic of Kazakhstan and Mongolia': the same states, named twice."""
    return {code for _, _, code in countries_in(first)} == {code for _, _, code in countries_in(second)} != set() and \
        not re.search(r"\b(?:institution|authority|agency|ministry|foundation|institute|company|university|chamber|"
                      r"federation|council|committee|bank|fund|museums?)\b", f"{first} {second}")


_FIELDS_NAMED = re.compile(r"\s(?:on|for|in)\s+(?P<fields>.+)$")
_NO_FIELD = frozenset("a an the of in on for and cooperation co-operation coop coop. fields field areas area spheres sphere "
                      "relations sectors".split())


def _field_words(title: str) -> set[str]:
    named = _FIELDS_NAMED.search(title)
    return {word for word in re.findall(r"[a-z-]+", named.group("fields").lower()) if word not in _NO_FIELD} if named else set()


def _names_several(mention: DocMention) -> bool:
    return mention.noun.lower() in _PLURAL_NOUNS or bool(re.fullmatch(r"(?i)mous|mocs|memos", mention.noun)) or \
        bool(_COUNTED.match(mention.title))


def _fields_within(mention: DocMention, other: DocMention) -> bool:
    """'MoU on cooperation in political and diplomatic fields' in the lead and 'Memorandum … for cooperation in the
    political, diplomatic and international relations fields' below: the fields of one are among the other's (two
    of them at least, or one in a headline's short name)."""
    if mention.type != other.type or mention.title.lower() == other.title.lower() or \
            any(_names_several(m) for m in (mention, other)):
        return False  # "several MOUs on A and B" holds the MOU on A, it is not that one
    pair = sorted(((mention, _field_words(mention.title)), (other, _field_words(other.title))), key=lambda x: len(x[1]))
    (short, fewer), (_, more) = pair
    least = 1 if _IN_HEADLINE in short.why else 2
    return len(fewer) >= least and fewer <= more


def _subject_of_the_fuller(a: str, b: str) -> bool:
    """"memorandum on joint exploration and development" in the lead and "Memorandum of Understanding between A and
    B on joint exploration and development of X" below: the shorter one's subject (three words or more) is in the
    fuller name."""
    if a.lower() == b.lower():
        return False
    # either way round: "Memorandum of Understanding on the preparation of X" is "memorandum on the preparation of X
    # for Azerbaijan", though the shorter name is the second
    for short, full in sorted(((a, b), (b, a)), key=lambda pair: len(pair[0])):
        found = re.search(r"\s(?:on|in\s+the\s+field\s+of)\s+(?P<subject>.+)$", short)
        subject = found.group("subject") if found else ""
        if len(subject.split()) >= 3 and f" {subject.lower()}" in full.lower():
            return True
    return False


def _short_name_of(a: str, b: str) -> bool:
    """'cooperation program for 2022-2023' in the lead and 'Program of Cooperation between the Ministries ...
    for 2022-2023' below: one document when both name the same period and the shorter one's words are all
    in the longer one."""
    periods = [_PERIOD.search(x) or _UP_TO_YEAR.search(x) for x in (a, b)]
    if bool(periods[0]) != bool(periods[1]):
        # "roadmap for cooperation between the senates" and "Roadmap for Cooperation for 2021-2022" (or "for the
        # period up to 2020"): the same name, one of them with its period
        dated, plain = (a, b) if periods[0] else (b, a)
        undated = _UP_TO_YEAR.sub("", re.sub(rf"\s+(?:for|in)\s+(?:the\s+(?:period|years)\s+)?{_PERIOD.pattern}", "",
                                             dated))
        return _core(undated) == _core(plain)
    if not (periods[0] and periods[1]) or re.sub(r"\s", "", periods[0].group(0)) != re.sub(r"\s", "", periods[1].group(0)):
        return False
    words = [{w[:6] for w in re.findall(r"[a-z]+", x.lower()) if w not in ("a", "an", "the", "of", "for", "on")}
             for x in (a, b)]
    short, long = sorted(words, key=len)
    return bool(short) and short <= long


def _parties_compatible(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return True
    return all(any(_same_party(x, y) for y in b) for x in a) or all(any(_same_party(x, y) for y in a) for x in b)


def _same_party(a: str, b: str) -> bool:
    """One side, however written: 'Kazakh' (his Kazakh counterpart) is Kazakhstan."""
    if same_institution(a, b) or a.lower() == b.lower():
        return True
    code = country_code(a)
    return code is not None and code == country_code(b)


_SENTENCE_LIST_ITEM = "item of a list of documents"


def _items_of_one_sentence_list(a: DocMention, b: DocMention) -> bool:
    """Two differently named items of one list written inside a sentence."""
    return _SENTENCE_LIST_ITEM in a.why and _SENTENCE_LIST_ITEM in b.why and abs(a.start - b.start) < _MAX_ITEM and \
        a.title.lower() != b.title.lower() and not (a.generic or b.generic)


def _listed_item(mention: DocMention) -> bool:
    return bool({_BULLETED_ITEM, _TITLE_PARAGRAPH} & set(mention.why))


def _part_of_a_larger_count(generic: DocMention, mentions: list[DocMention]) -> bool:
    """A counted class told after a larger count of documents of the same occasion is part of it."""
    count = _stated_count(generic.title)
    return bool(count) and any(
        other is not generic and other.generic and other.status == generic.status and other.start < generic.start
        and other.noun.lower() in ("documents", "agreements") and (_stated_count(other.title) or 0) > (count or 0)
        for other in mentions)


def _own_sides(generic: DocMention, peers: list[DocMention]) -> bool:
    """A class of documents whose named sides (two or more, institutions and not only the event's countries) no
    document of its kind shares."""
    sides = set(generic.parties)
    institutions = [side for side in sides if not country_code(side)]
    return len(sides) >= 2 and bool(institutions) and not any(sides & set(peer.parties) for peer in peers)


def _institutions_of(parties: list[str], countries: list[str]) -> bool:
    """'the Government of Tajikistan', 'the Government of Kuwait' told later for a document first said to be between
    Tajikistan and Kuwait: the institutions of those same countries, which name the sides more exactly."""
    codes = [code for side in countries if (code := country_code(side))]
    if not codes or len(codes) < len(countries) or any(country_code(side) for side in parties):
        return False
    owners = [{code for _start, _end, code in countries_in(side)} for side in parties]
    return all(len(owner) == 1 for owner in owners) and sorted(o for owner in owners for o in owner) == sorted(codes)


# "following the meeting, the corresponding protocol was signed": the protocol of the meeting the text reports
_AFTER_THE_MEETING = re.compile(r"\b(?:following|after|at\s+the\s+(?:end|close|conclusion)\s+of|as\s+a\s+result\s+of|"
                                r"by\s+the\s+results\s+of)\s+(?:the|this|today's)\s+(?:meeting|session|sitting|talks|"
                                r"negotiations)\b|\bcorresponding\s+protocol\b", re.I)
# "A regular meeting of the government delegations of A and B on the delimitation of the border was held": what the
# meeting was on, up to its verb
_MEETING_ON = re.compile(r"\b(?i:meeting|session|sitting|talks|negotiations|consultations)\b(?P<sides>[^.;]*?)\s+on\s+"
                         r"(?:the\s+)?(?P<subject>[a-z][^.;,]*?)(?=\s+(?:was|were|has|have|is|are|held|took)\b|[.;,]|$)")
_OF_THE_MEETING = "the protocol of the meeting the text reports, on its subject"


def protocols_of_the_meeting(context: Context, mentions: list[DocMention]) -> None:
    """A bare protocol signed after the meeting is that meeting's: it covers what the meeting was on, between the
    sides the meeting's sentence names ("… delegations of A and B on the delimitation of the state border")."""
    for mention in mentions:
        if mention.type != "protocol" or mention.subject or mention.status is not None or \
                not generic_document_title(mention.title) or \
                not _AFTER_THE_MEETING.search(context.sentence_at(mention.start).text):
            continue
        meeting = next((found for sentence in context.sentences if sentence.start < mention.start
                        for found in [_MEETING_ON.search(sentence.text)] if found), None)
        if meeting is None:
            continue
        mention.subject = meeting.group("subject")
        mention.parties = mention.parties or _countries_named(meeting.group("sides"))
        mention.why.append(_OF_THE_MEETING)


def merge_documents(mentions: list[DocMention]) -> list[DocMention]:
    """One entry per document: later mentions add parties; a vague 'document' joins a specific one."""
    kept: list[DocMention] = []
    for mention in mentions:
        twin = None
        for other in kept:
            if mention.one_more or not _statuses_compatible(mention, other):
                continue
            if _listed_item(mention) and (_listed_item(other) or other.generic) or _listed_item(other) and mention.generic:
                continue  # two items of a list are two documents; a count heads its list, it is none of its items
            if _items_of_one_sentence_list(mention, other):
                continue  # "a memorandum between A and B, an MoU between C and D": two memoranda
            if _bare_plan_told_again(mention, other):
                twin = other  # "may sign an agreement on X … the possibility of signing an agreement was noted"
                break
            if _restated_in_quote(mention, other) or _restated_in_quote(other, mention):
                twin = other  # "We have signed bilateral agreements," said the minister of the visa agreements
                break
            headline_short = any(_IN_HEADLINE in m.why and not m.subject for m in (mention, other))
            if (mention.subject or other.subject) and not _same_subject(mention.subject, other.subject) and \
                    not headline_short and not _subject_in_title(mention, other) and not _subject_in_title(other, mention):
                continue  # "MoUs on geology" and "MoUs on yoga" are two memoranda (a headline's "MOU" is the body's)
            same_kind = mention.type == other.type and (_core(mention.title) == _core(other.title) or
                                                        _short_name_of(mention.title, other.title) or
                                                        _without_sides(mention.title) == _without_sides(other.title) or
                                                        _subject_of_the_fuller(mention.title, other.title) or
                                                        _fields_within(mention, other) or
                                                        _cooperation_said_plainly(mention.title, other.title)) and \
                not _subjects_after_sides_differ(mention.title, other.title) and \
                not _named_sides_differ(mention.title, other.title)
            # "signed a number of documents" beside "inked the joint communique": the leaders' joint text is one
            # document of its own, never the whole package
            vague = ("document" in mention.noun.lower() or "document" in other.noun.lower()) and \
                not any(_JOINT_TEXT.match(m.noun) for m in (mention, other)) and \
                not any(m.generic and _stated_count(m.title) for m in (mention, other))  # "ten documents" are many
            if (same_kind or (vague and mention.parties and other.parties)) and \
                    _parties_compatible(mention.parties, other.parties):
                twin = other
                break
        if twin is None:
            kept.append(mention)
            continue
        twin.last_start = max(twin.last_start, mention.start)
        if mention.subject and len(mention.subject) > len(twin.subject or ""):
            twin.subject = mention.subject  # "geology" and later "geology and mineral resources": the fuller one
        if " between " in mention.title and " between " not in twin.title and \
                (_without_sides(mention.title) == _without_sides(twin.title) or
                 _core(mention.title) == _core(twin.title) and re.search(r"\bbetween\s+(?:the\s+)?[A-Z]", mention.title)):
            twin.title, twin.noun = mention.title, mention.noun  # the lead's name, then the full one with its sides
        if _fields_within(twin, mention) and len(_field_words(mention.title)) > len(_field_words(twin.title)):
            twin.title, twin.noun = mention.title, mention.noun  # the headline's fields, then all of them below
        if _subject_of_the_fuller(twin.title, mention.title) and len(mention.title) > len(twin.title):
            twin.title, twin.noun, twin.parties = mention.title, mention.noun, mention.parties  # the full name below
        if _short_name_of(twin.title, mention.title) and (len(mention.title) > len(twin.title) or
                                                           (_PERIOD.search(mention.title) and not _PERIOD.search(twin.title))):
            twin.title, twin.noun = mention.title, mention.noun  # the lead's short name, then the full (or dated) one
        if "document" in twin.noun.lower() and "document" not in mention.noun.lower():
            twin.noun, twin.title, twin.type = mention.noun, mention.title, mention.type
        if not twin.parties or _institutions_of(mention.parties, twin.parties) or \
                len(mention.parties) > len(twin.parties) and " between " in twin.title:
            twin.parties = mention.parties  # ... or all the sides its full name names
        if twin.in_quote and not mention.in_quote:
            twin.in_quote, twin.status = False, mention.status
        if mention.status == "ratified":
            twin.status = "ratified"  # the agreement ratified now, told again as signed on its own occasion
    specific = [m for m in kept if not m.generic]

    def covered(generic: DocMention) -> bool:
        """'several memoranda' itemised below, 'documents' of which two or more are named, or 'a series of
        agreements' followed by the list of what was signed."""
        if _part_of_a_larger_count(generic, kept):
            return True  # "24 documents were signed … including 15 trade contracts": the 15 are among the 24
        if _COUNTS_THE_PACKAGE.search(generic.title) and any(not m.generic and m.status == generic.status and
                                                             m.start > generic.end for m in kept):
            return True  # "a package of documents, covering 27 agreements … among them an agreement on X": the count
            # is how many were signed (the total), the agreement one of them
        peers = [s for s in specific if s.status == generic.status]
        quantified = bool(re.match(r"(?:series|number|package|set|range|several|some|a few|\d+|two|three|four|five|six|"
                                   r"seven|eight|nine|ten|eleven|twelve)\b", generic.title, re.I))
        # the parts of a larger count never cover it ("24 documents … 10 agreements and 15 contracts")
        items = [m for m in _package_peers(kept) if m is not generic and m.status == generic.status and m.start > generic.start
                 and not re.match(r"(?:series|number|package|set|range|several|some)\b", m.title, re.I)
                 and not _part_of_a_larger_count(m, kept)]
        later = [s for s in _package_peers(peers) if s.start > generic.start]  # a count heads the list of what it counts
        if not quantified and _own_sides(generic, [s for s in peers if s.type == generic.type]):
            return False  # "X signed agreements with Y and Z" beside agreements of other sides: documents of their own
        return sum(1 for s in peers if s.type == generic.type) >= 2 or \
            (generic.type == "other" and len(_package_peers(peers)) >= 2) or (quantified and len(later) >= 2) or \
            (generic.noun.lower() == "documents" and quantified and len(items) >= 2)

    def told_below(generic: DocMention) -> bool:
        """'Mongolia, ADB Sign Grant Agreements' over 'signed two agreements': the headline's class is the body's."""
        return _IN_HEADLINE in generic.why and any(
            _IN_HEADLINE not in m.why and m.type == generic.type and m.status == generic.status for m in kept)

    for generic in [m for m in kept if m.generic and covered(m) and _VAGUE_COUNT_TITLE.match(m.title)]:
        for item in kept:  # "several documents, including A and B": A and B are some of them, their number untold
            if not item.generic and item.status == generic.status and item.start > generic.start \
                    and ONE_OF_SEVERAL not in item.why:
                item.why.append(ONE_OF_SEVERAL)
    for generic in [m for m in kept if m.generic and m.parties and covered(m)]:
        # "A and B agreed on five agreements. The five … are X, Y and Z": their sides are the package's, and so are
        # those of the documents a count says it holds ("signed three agreements … Earlier, an agreement …")
        counted = [item for item in kept if not item.generic and item.status == generic.status and
                   item.start > generic.end][:_stated_count(generic.title) or 0]
        for item in kept:
            if not item.generic and not item.parties and item.status == generic.status and \
                    (0 < item.start - generic.end <= _PACKAGE_REACH or item in counted):
                item.parties = list(generic.parties)
    kept = [m for m in kept if not (m.generic and (covered(m) or told_below(m) or _unnamed_prospect(m)))
            and not _the_counted_documents(m, kept)]
    kept = _resolve_references(kept)
    kept = _named_below(kept)
    return [m for m in kept if not _inside_fuller_subject(m, kept)]


# a document the opening names only by its kind: "have signed an agreement", "signed a framework agreement"
_ONLY_ITS_KIND = re.compile(r"(?:(?:an?|the)\s+)?(?:(?:new|bilateral|framework|cooperation|intergovernmental)\s+)?"
                            r"(?:agreement|memorandum(?:\s+of\s+understanding)?|mou|treaty|protocol|declaration|roadmap)", re.I)


def _named_below(kept: list[DocMention]) -> list[DocMention]:
    """'The two governments have signed an agreement … X and Y signed the “Framework Agreement between …”': the one
    document of its kind the text then names in full, by its proper name, is the one it first called by its kind
    alone."""
    result = list(kept)
    for mention in kept:
        if mention.generic or mention.subject or mention.one_more or not _ONLY_ITS_KIND.fullmatch(mention.title.strip()):
            continue
        named = [m for m in result if m is not mention and m.type == mention.type and m.start > mention.end and
                 m.status == mention.status and not m.generic and not _ONLY_ITS_KIND.fullmatch(m.title.strip())
                 and m.title.strip()[:1].isupper()]  # its proper name, not "a memorandum on expansion of …", another one
        if len(named) != 1 or len([m for m in result if m.type == mention.type]) != 2:
            continue
        target = named[0]
        target.parties = target.parties or list(mention.parties)
        target.signatories = list(dict.fromkeys([*target.signatories, *mention.signatories]))
        target.why.append("named first by its kind as " + mention.title)
        result.remove(mention)
    return result


# "The MoU was signed to strengthen cooperation in the field of X", "The agreement aims to develop cooperation in X"
_SIGNED_FOR = re.compile(r"\s+(?:(?:was|were|has\s+been|have\s+been)\s+signed\s+(?:in\s+order\s+)?to|aims?\s+(?:at|to)|"
                         r"(?:is|are)\s+aimed\s+at)\s+(?:(?:further\s+)?(?:strengthen|develop|expand|promote|deepen|boost|enhance)"
                         r"(?:ing)?\s+)?(?:the\s+)?(?P<subject>cooperation\s+(?:in|on)\s+[^,.;]{3,80}?)(?=\s+between\b|[,.;]|$)")


# "This would provide for co-operation in areas such as A and B", "It covers cooperation in X": what the document
# the sentence before named is about
_PROVIDES_FOR = re.compile(rf"(?:This|It|The\s+(?:new\s+)?(?:{_NOUNS}))\s+(?:(?:would|will|shall)\s+)?(?:provides?\s+for|"
                           r"covers?|envisages?|focus(?:es)?\s+on)\s+(?P<subject>(?:co-?operation|collaboration)\s+(?:in|on)\s+"
                           r"[^.;]{3,120}?)\s*[.;]?$", re.I)


def _provided_for_next(context: Context, mention: DocMention, mentions: list[DocMention]) -> str | None:
    """What a document is about, told by the next sentence ('The ministries signed a memorandum. This would provide
    for co-operation in X'), when the memorandum is the last document named before it and a generic one."""
    sentence = context.sentence_at(mention.start)
    if mention.generic or mention.status is not None or not generic_document_title(mention.title) or \
            sentence.index + 1 >= len(context.sentences):
        return None
    following = context.sentences[sentence.index + 1]
    if any(mention.start < other.start < following.end for other in mentions):
        return None
    described = _PROVIDES_FOR.match(following.text.strip())
    return described.group("subject") if described else None


def _purpose_as_subject(after: str, noun: str, named_before: list[DocMention]) -> None:
    """'The MoU was signed to strengthen cooperation in the field of X': what the memorandum named before covers."""
    purpose = _SIGNED_FOR.match(after)
    kind = doc_type(noun)
    told = [m for m in named_before if (m.type == kind or noun.lower() == "document") and not m.generic]
    if purpose and told and told[-1].subject is None and generic_document_title(told[-1].title):
        told[-1].subject = purpose.group("subject")


def _subject_in_title(plain: DocMention, subjected: DocMention) -> bool:
    """'an agreement on the border junction point with two neighbours' names the subject another mention has."""
    subject = re.sub(r"^(?:the|a|an)\s+", "", subjected.subject or "", flags=re.I).lower()
    return not plain.subject and len(subject) > 12 and \
        re.search(rf"\bon\s+(?:the\s+)?{re.escape(subject)}\b", plain.title.lower()) is not None


def _bare_plan_told_again(mention: DocMention, other: DocMention) -> bool:
    """A document still to come named by its type word alone, after one of that type still to come with a name: the
    same plan told again."""
    still_to_come = all((m.status or "").startswith(("to be", "expected")) for m in (mention, other))
    return still_to_come and mention.type == other.type and mention.title.lower() == mention.noun.lower() and \
        other.title.lower() != other.noun.lower() and _parties_compatible(mention.parties, other.parties)


def _statuses_compatible(mention: DocMention, other: DocMention) -> bool:
    """The same status, a quote's own words for it, two ways to say it is still to come, or a document ratified now
    and told as signed earlier."""
    if mention.status == other.status or mention.in_quote or other.in_quote:
        return True
    if all((m.status or "").startswith(("to be", "expected")) for m in (mention, other)):
        return True  # "will sign an agreement on X" and "agreed to conclude an agreement on X": one to come
    return {mention.status, other.status} == {"ratified", "signed earlier"}


def _the_counted_documents(mention: DocMention, kept: list[DocMention]) -> bool:
    """'the ceremony of signing the documents between the two countries' beside 'they signed 6 agreements today':
    the plain 'documents' are the counted ones."""
    return mention.title.lower() == "documents" and any(
        other is not mention and other.generic and _stated_count(other.title) and other.status == mention.status
        for other in kept)


def _restated_in_quote(quoted: DocMention, told: DocMention) -> bool:
    """A speaker's 'we have signed agreements' after the text told of agreements signed: the same documents, in the
    speaker's words, when the quote names no subject, no count and the same kind."""
    if quoted.in_quote and not told.in_quote and not quoted.subject and quoted.type == told.type and \
            told.status is None and _stated_count(quoted.title) is None and \
            generic_document_title(quoted.title) and not quoted.title.lower().endswith("s"):
        return True  # '"We signed a memorandum of understanding in Bucharest …," the minister said' of the one told
    return quoted.in_quote and not told.in_quote and quoted.generic and told.generic and not quoted.subject and \
        quoted.type == told.type and told.status is None and quoted.status is None and \
        _stated_count(quoted.title) is None and _parties_compatible(quoted.parties, told.parties)


_VAGUE_COUNT_TITLE = re.compile(r"(?:several|some|various|a\s+number\s+of|number\s+of|a\s+series\s+of|series\s+of|"
                                r"a\s+package\s+of|package\s+of|a\s+range\s+of|range\s+of|a\s+set\s+of|set\s+of|multiple)\b",
                                re.I)


def stated_total(found: list[DocMention], kept: list[DocMention]) -> int | None:
    """'A total of six documents were signed' over four documents the text names: how many it says were signed
    here, when a count stood for the named ones (and was dropped for them) and says more than they are."""
    ids = {id(mention) for mention in kept}
    counts = [count for mention in found if id(mention) not in ids and mention.generic and mention.status is None
              and not mention.in_quote for count in [_stated_count(mention.title)] if count]
    named = sum(1 for mention in kept if mention.status is None)
    best = max(counts, default=0)
    return best if best > named else None


_STATED_COUNT = re.compile(r"\b(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                           r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:[\w-]+\s+){0,3}?(?:documents|agreements|"
                           r"memoranda|memorandums|mous|treaties|protocols|contracts|deals|accords)\b", re.I)


def _stated_count(title: str) -> int | None:
    """'six documents', 'a package of 11 agreements' → 6, 11; None for 'several documents'."""
    found = _STATED_COUNT.search(title)
    if found is None:
        return None
    number = found.group("n").lower()
    return int(number) if number.isdigit() else COUNT_WORDS[number]


_BARE_DOCUMENTS = re.compile(r"(?:(?:new|other|more|further|additional)\s+)?documents", re.I)


def _unnamed_prospect(mention: DocMention) -> bool:
    """'will ink new documents', 'documents, which will be signed': documents still to come that the text
    neither counts, names nor gives a subject tell the reader nothing a briefing could list."""
    return mention.status is not None and mention.subject is None and bool(_BARE_DOCUMENTS.fullmatch(mention.title))


def _resolve_references(kept: list[DocMention]) -> list[DocMention]:
    """'The corresponding accord was signed ... "X and Y signed a cooperative strategy for 2018-2021"': when the
    text names one other document of the same occasion (or one before it, or one of its kind), the accord is that
    document; the narrative's status wins over a quotation's. With none or several, it stays (the confidence says
    it refers back)."""
    result = list(kept)
    for mention in kept:
        if not mention.refers_back:
            continue
        named = [m for m in result if m is not mention and not m.refers_back and not m.generic and
                 (m.status == mention.status or m.in_quote or mention.in_quote or
                  JUST_SIGNED_WHY in mention.why and m.status in (None, "signed earlier"))]
        before = [m for m in named if m.start < mention.start]  # a reference points back
        # "the corresponding agreement" with one agreement among other kinds: that agreement
        groups = (named, before, [m for m in named if m.type == mention.type], [m for m in before if m.type == mention.type])
        target = next((group[0] for group in groups if len(group) == 1), None)
        if target is None:
            continue
        if target.in_quote and not mention.in_quote:
            target.in_quote, target.status = False, mention.status
        if not target.parties:
            target.parties = list(mention.parties)
        target.signatories = list(dict.fromkeys([*target.signatories, *mention.signatories]))
        target.why.append("named again as " + mention.title)
        result.remove(mention)
    return result


def _package_peers(peers: list[DocMention]) -> list[DocMention]:
    """The documents a package may stand for: the leaders' joint statement or communique named in a sentence
    of its own ("inked the joint communique ... The governments signed a number of documents") is no part of it."""
    return [p for p in peers if not _JOINT_TEXT.match(p.noun)]


def _inside_fuller_subject(mention: DocMention, kept: list[DocMention]) -> bool:
    """'mineral' after 'geology' took 'geology and mineral resources': one memorandum, named twice."""
    return bool(mention.subject) and any(
        other is not mention and other.type == mention.type and other.subject and
        len(other.subject) > len(mention.subject or "") and _same_subject(mention.subject, other.subject)
        for other in kept)


# "was signed by A and B", "was signed on July 3 by A and B", "The signatures were put by A and B", "The signatories were A and B"
_SIGNED_BY = re.compile(rf"\b(?:(?:signed|inked|concluded)(?:\s+(?:on|in|at|yesterday|today|here|{_WEEKDAY})\b[^.;]{{0,40}}?|"
                        # "signed in the presence of the heads of state of A and B by X and Y": the watchers, then who signed
                        r"\s+in\s+the\s+presence\s+of\s+[^.;]{0,120}?)?\s+(?:by|between)|signatures\s+(?:were|was)\s+(?:put|affixed|placed)\s+by|"
                        r"(?:signatories|signers)\s+(?:were|are))\s+(.+?)"
                        # "… in the presence of the heads of state X and Y": those who watched, not who signed
                        # ("signed by Dr. A and Mr. B": the full stop of a style or an initial ends nothing)
                        r"(?:(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bH\.E)(?<!\b[A-Z])[.;]|$|"
                        r"\s+(?=(?:in\s+the\s+presence\s+of|witnessed\s+by|following|during)\b)|"
                        # "…, with the presidents of the two countries, X and Y, in attendance"
                        r",?\s+(?=with\s+[^.;]{0,160}?\b(?:in\s+attendance|present|looking\s+on|witnessing)\b))", re.M)


# "Ambassador X signed on Tuesday two memoranda", "A and B signed an agreement": the signers are the subject
_SIGNED_AS_SUBJECT = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:signed|inked)\b")
_NAME_BEFORE_AND = re.compile(r",?\s+and\s+(?:(?:the|his|her)\s+)?(?:[\w'’.-]+,?\s+){0,8}")  # "A and Executive Secretary of the ECA, Dr. B"


def _subject_signers(context: Context, documents: list[DocMention], names_in: t.Callable[[int, int], list[str]]) -> None:
    """'Ambassador X signed on Tuesday two memoranda': X signed the documents the sentence names after the verb;
    'X, director general at the ministry, signed the MOU with Y': X and Y signed the memorandum named before."""
    text = context.text
    for sentence in context.sentences:
        verb = _SIGNED_AS_SUBJECT.search(text, sentence.start, sentence.end)
        if verb is None:
            continue
        own = [d for d in documents if verb.end() <= d.start < sentence.end and d.status is None and not d.signatories]
        told_again = _THE_DOCUMENT.match(text, verb.end(), sentence.end) if not own else None
        if told_again:  # "… signed the MOU with Y": the memorandum the text named before
            earlier = [d for d in documents if d.start < sentence.start and d.status is None and not d.signatories]
            own = [max(earlier, key=lambda d: d.last_start)] if earlier else []
        elif not own and _ON_BEHALF.match(text, verb.end()):
            # "Ghana's Minister …, X, signed on behalf of her country.": the one document signed at the event
            signed = [d for d in documents if d.start < sentence.start and d.status is None]
            own = signed if len(signed) == 1 else []
        signers = _named_subject(text[sentence.start:verb.start()], names_in(sentence.start, verb.start()))
        if not own or not signers:
            continue  # "During the visit of X, the ministers signed": X is no signer
        after = told_again.end() if told_again else max(d.end for d in own)
        partner = next((name for name in names_in(after, sentence.end)
                        if _WITH_PARTNER.fullmatch(text, after, text.find(name.split()[0], after))), None)
        for document in own:
            document.signatories = list(dict.fromkeys([*document.signatories, *signers, *([partner] if partner else [])]))


def _named_subject(before: str, names: list[str]) -> list[str]:
    """The people a clause before a signing verb names as its subject: 'Minister A and his counterpart B', 'A, the
    director of X,' (an apposition after the name)."""
    if not names:
        return []
    before = before.rstrip(" ,")  # "The minister, X, signed on behalf of …": the name set off by commas
    apposition = _APPOSITION_AT_END.search(before + ",")
    if not before.endswith(names[-1].split()[-1]) and apposition and \
            any(word.lower() in TITLE_HEADS for word in apposition.group(0).split()):
        before = before[:apposition.start()]  # "X, director general at the ministry, signed": his office set off
    if not before.endswith(names[-1].split()[-1]):
        return []  # "During the visit of President X, the ministers signed": X is no signer
    signers = [names[-1]]
    if len(names) > 1:
        last_start = before.rfind(names[-1].split()[-1])  # the family name: "Sanhueza and Jara signed" names no first name
        previous_end = before.rfind(names[-2].split()[-1], 0, last_start) + len(names[-2].split()[-1])
        if _NAME_BEFORE_AND.fullmatch(before, previous_end, last_start):
            signers.insert(0, names[-2])  # "Minister A and his Turkish counterpart B signed"
    return signers


_ON_BEHALF = re.compile(r"\s+on\s+behalf\s+of\b")
_THE_DOCUMENT = re.compile(rf"\s+the\s+(?:{_NOUNS})\b(?:{_OF_KIND})?", re.I)
_APPOSITION_AT_END = re.compile(r",\s*[^,;]{1,160},\s*$")
_WITH_PARTNER = re.compile(r"\s+with\s+(?:(?:his|her|the|their)\s+)?(?:[\w’'.-]+\s+){0,6}?")


def attach_signatories(context: Context, documents: list[DocMention], names_in: t.Callable[[int, int], list[str]]) -> None:
    """'The document was signed by A and B': A and B signed the document mentioned last; 'A signed two memoranda':
    A signed both."""
    _subject_signers(context, documents, names_in)
    for match in _SIGNED_BY.finditer(context.text[context.body_start:]):
        start = context.body_start + match.start(1)
        end = context.body_start + match.end(1)
        names = names_in(start, end)
        # ("The Agreement on Friendship was signed by Presidents A and B in 1997": an earlier document's signers, told in
        # its own sentence)
        sentence = context.sentence_at(start)
        before = [d for d in documents if d.start < start and (d.status is None or d.start >= sentence.start)]
        if names and before:
            last = max(before, key=lambda d: d.last_start)
            for target in before:  # "The two MoUs, on A and on B, were signed by …": both, split from one mention
                if (target.start, target.last_start) == (last.start, last.last_start):
                    target.signatories = list(dict.fromkeys(target.signatories + names))


def _tidy_parties(parties: list[str]) -> list[str]:
    """"Turkmenistan's" (with Turkmenistan's state-run company) is Turkmenistan, and "Turkmen" beside it is no
    second side."""
    tidy: list[str] = []
    for party in parties:
        party = re.sub(r"['’]s$", "", party)
        code = country_code(party)
        if code and party.lower() in DEMONYMS:  # "the Turkish leader said they signed …": Türkiye is the side
            party = english_name(code)
        if not any(_same_party(party, other) for other in tidy):
            tidy.append(party)
    return tidy


_SIGNED_IN_A_YEAR = re.compile(r"\s+in\s+(?P<year>(?:19|20)\d\d)$")


def _before_the_article(context: Context, year: int, noun: str) -> bool:
    """A year before the article's: when a document was signed. With no page date, a plan's or roadmap's year is
    the one it covers ("Roadmaps for cooperation in 2025"), any other document's the year it was signed."""
    page = context.article.page_date
    return year < page.year if page else not re.match(r"(?:road\s?map|plan|program)", noun)


def to_document(context: Context, mention: DocMention) -> SignedDocument:
    subject = _ACCORDING_TO.sub("", mention.subject) if mention.subject else mention.subject
    return SignedDocument(mention.type, mention.title, _tidy_parties(mention.parties), mention.signatories, mention.status,
                          context.evidence(mention.start, mention.end), subject=subject)


_ACCORDING_TO = re.compile(r",?\s+according\s+to\s+[^,;]+$")  # "…, according to the Ministry of Foreign Affairs"


# "Agreement on Scientific Cooperation between …", "Roadmap for Tourism Development", "Memorandum on Cooperation in the
# Field of Education": the field a document's proper name gives, in the name's capitals
_FIELD_IN_TITLE = re.compile(
    r"\b(?:on|for|in)\s+(?:the\s+)?(?:(?:Cooperation|Collaboration|Partnership)\s+in\s+(?:the\s+)?)?"
    r"(?:(?:Fields?|Spheres?|Areas?)\s+of\s+)?"
    r"(?P<field>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})(?=\s+(?:of|for|under)\b|\s*$)")


def field_in_title(mention: DocMention) -> str | None:
    """The field a document's proper name gives ('Agreement on Scientific Cooperation between …' names
    'scientific cooperation'); None for a generic document, one named by a subject, or one named by no field."""
    if mention.subject or not mention.title[:1].isupper():
        return None
    # only the document's own words: "Memorandum between the Institute for Legislative Problems" and "Protocol of
    # the meeting of the Commission on Economic Cooperation" name a body
    own_words = re.split(r"\s+(?:between|among|with|of\s+the)\s", mention.title)[0]
    found = _FIELD_IN_TITLE.search(own_words) or _FIELDS_AFTER_SIDES.search(mention.title)
    return found.group("field").lower() if found else None


# "Agreement between the Government of X and Y on Trade, Economic, Cultural and Humanitarian Cooperation": the fields
# its name gives after its sides
_FIELDS_AFTER_SIDES = re.compile(r"\bbetween\s.+?\s+on\s+(?P<field>[A-Z][\w-]*(?:(?:,\s+(?:and\s+)?|\s+and\s+)[A-Z][\w-]*){0,6})"
                                 r"\s+(?:Cooperation|Co-operation|Collaboration|Partnership)\s*$")


def fields_named(mention: DocMention) -> tuple[str | None, bool]:
    """The fields of cooperation a document is named by, and whether the text calls them fields ("ten agreements
    …, including cooperation in A, B and C") or only lists subjects ("agreements on air transport, road transport
    and agriculture", of which only the fields the vocabulary knows are areas)."""
    called_fields = (_SEVERAL_BY_FIELDS, _PACKAGE_OF_FIELDS, _PACKAGE_BY_FIELDS, _FIELDS_OF_THE_COUNTED)
    if mention.subject and any(reason in mention.why for reason in called_fields):
        return mention.subject, True
    if mention.subject and NAMED_BY_SUBJECT in mention.why:
        return mention.subject, False
    on = _ON_A_FIELD.fullmatch(mention.title)
    if on and not re.match(r"[a-z]+ing\b", on.group("subject")):
        return on.group("subject"), False  # "an MoU on sports and the youth": its fields, where the vocabulary knows them
    return None, False


# a document named by its kind and what it is on, in lower case: "MoU on sports and the youth", "an agreement on
# economic cooperation" (never a proper name, which field_in_title reads)
_ON_A_FIELD = re.compile(r"(?:an?\s+)?(?:MoU|MOU|memorandum(?:\s+of\s+understanding)?|agreement|protocol)\s+on\s+"
                         r"(?P<mark>[‘'“\"])?(?P<subject>[a-z][a-z\s,-]{2,60}?)(?:\s+(?:cooperation|co-operation))?"
                         r"(?(mark)[’'”\"])")  # "an MoU on 'sanitary and phytosanitary affairs'": the marks only set it off
