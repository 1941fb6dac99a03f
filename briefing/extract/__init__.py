"""Stage 2: read the facts of one article, each with the evidence it was read from.

``extract(article, termbase=None) -> Facts`` runs the concerns in order: text (sentences,
quotations), people, organizations, dates, event and place, documents, areas, quotes,
planned events, source and key points. ``explain(facts, article)`` lists every fact next to
the sentence it came from, for ``briefing extract --explain``.
"""

from __future__ import annotations

import functools
import re
import typing as t
from dataclasses import replace

from briefing.extract import areas, confidence, dates, documents, event, offices, orgs, people, planned, quotes
from briefing.extract.lexicon import (
    CHAMBERS,
    CITY_TO_COUNTRY,
    INTERNATIONAL_ACRONYMS,
    KNOWN_INSTITUTIONS,
    OUTLET_COUNTRIES,
    OUTLET_HOSTS,
    OUTLETS,
    PLURAL_BODY,
    TALKED_ABOUT,
    TITLE_HEADS,
    countries_in,
    country_code,
    country_codes_in,
    english_name,
    one_body_of_each,
)
from briefing.extract.text import Context, Sentence, clean, fold
from briefing.ingest import MONTH_PATTERN
from briefing.ingest.text import AGGREGATOR_TAG
from briefing.models import DEFAULT_REVIEW_BELOW, Article, Evidence, Facts, Location, Person, PlannedEvent
from briefing.vocabulary import COOPERATION_AREAS, COUNTRY_POSSESSIVE, match_term

__all__ = ["extract", "explain"]

# (a parliament's own "Inter-Parliamentary Cooperation Board" is no body of many states: the Union and Assembly are)
_INTERNATIONAL = re.compile(r"\b(?:International|United Nations|UN|World|OSCE|Inter-Parliamentary(?=\s+(?:Union|Assembly))|IOM|"
                            r"European Union|Eurasian|Shanghai Cooperation|CIS|Commonwealth)\b")
_TITLE_TO_BODY = {"minister": "ministry", "akim": "akimat", "khokim": "khokimiyat", "hokim": "hokimiyat",
                  "ministers": "ministry"}


def extract(article: Article, termbase: t.Any = None, review_below: float = DEFAULT_REVIEW_BELOW,
            progress: t.Callable[[str], None] | None = None) -> Facts:
    """The facts of ``article``; ``termbase`` (optional, duck-typed ``find(text, type=)``) canonicalizes names.

    Every fact carries a confidence and why; those below ``review_below`` are marked ``needs_review``.
    ``progress`` hears each stage by name, so a long article shows that work goes on.
    """
    step = progress or (lambda _stage: None)
    step("sentences and dateline")
    context = Context.of(article)
    facts = Facts(headline=article.headline, source_path=article.source_path,
                  article_date=dates.article_date(context))
    facts.source_agency, agency_span = _source_agency(context)
    if agency_span:
        facts.evidence["source_agency"] = context.evidence(*agency_span)

    step("people and organisations")
    descriptor_orgs = orgs.find_organizations(context, facts.source_agency)
    blocked = [(o.start, o.end) for o in descriptor_orgs if not any(w.lower() in orgs.ORG_HEADS for w in o.name.split())]
    candidates = people.collect_people(context, blocked)
    people.upgrade_bare_titles(context, candidates)
    people.respective_offices(context, candidates)
    person_starts = [m.start for p in candidates for m in p.mentions] + people.lone_family_name_starts(context, candidates)
    found_orgs = orgs.find_organizations(context, facts.source_agency, person_starts)

    step("the event and its documents")
    kind = event.event_kind(context)
    facts.event_type, facts.event_status, facts.format = kind.type, kind.status, kind.format
    facts.occasion = event.occasion(context) if kind.type == "other" else None
    facts.evidence["event_type"] = context.evidence(kind.start, kind.end)
    if kind.status:
        facts.evidence["event_status"] = context.evidence(kind.start, kind.end)

    resolve_party = _party_resolver(found_orgs)
    found_documents = documents.find_documents(context, resolve_party, [o.name for o in found_orgs], kind.type)
    if kind.type == "signing" and not any(mention.status is None for mention in found_documents):
        found_documents += _signed_in_the_headline(context, resolve_party, [o.name for o in found_orgs], kind.type)
    doc_mentions = documents.merge_documents(list(found_documents))
    documents.protocols_of_the_meeting(context, doc_mentions)
    facts.documents_total = documents.stated_total(found_documents, doc_mentions)
    documents.attach_signatories(context, doc_mentions, _names_in(candidates))
    found_orgs = _add_party_orgs(context, found_orgs, doc_mentions, candidates)
    candidates = _outside_bodies(context, candidates, found_orgs, doc_mentions)

    place = event.find_place(context, _org_country(found_orgs), kind.status == "planned") \
        if kind.type != "phone_call" else None
    if place and (place.city or place.country):
        facts.location = Location(place.city, place.country, context.evidence(place.start, place.end), why=place.why)

    writers = _writers(context, candidates)
    people.classify(context, candidates, writers, planned=kind.status == "planned", phone_call=kind.type == "phone_call",
                    visit_under_way=kind.type == "visit" and kind.status == "in progress")
    people.drop_anothers_office(context, candidates)
    _signatories_take_part(candidates, doc_mentions)
    _assign_organizations(candidates, found_orgs, doc_mentions, context)
    event_countries = _event_countries(candidates, doc_mentions, facts.location.country, context)
    people.assign_countries(candidates, event_countries, _org_country(found_orgs), context)
    _minister_of_the_ministry_named(candidates, found_orgs)
    _home_side(candidates, event_countries, facts.source_agency)
    _host_side(candidates, facts.location.country)
    _home_delegation_abroad(context, candidates, facts.source_agency, facts.location.country)
    _speaker_of_the_parliament_named(candidates, found_orgs)
    _mongolian_press_names(context, candidates)
    _mongolian_patronymic_first(candidates)
    _first_ladies(candidates)
    facts.reported_by, reporter_span = _reported_by(context, found_orgs, candidates)
    if reporter_span:
        facts.evidence["reported_by"] = context.evidence(*reporter_span)
    _offices_the_lead_gives(context, candidates)
    offices.assign_offices(offices.find_offices(context), candidates)
    for person in candidates:
        if person.organization and _INTERNATIONAL.search(person.organization):
            person.country = None
    _canonicalize(candidates, termbase)
    subjects = people.sentence_subjects(context, candidates)  # whom each sentence's pronouns stand for
    people.tell_genders(context, candidates, subjects)
    for candidate in candidates:
        record = people.to_person(context, candidate)
        if _part_of_an_institution(record.name, record.title, record.country, found_orgs):
            continue
        record.confidence, record.why = confidence.person(record, candidate.why, candidate.tokens, people.genre_word,
                                                          candidate.participant)
        (facts.participants if candidate.participant else facts.mentioned_people).append(record)

    if facts.location and facts.location.why == event.DATELINE_ONLY and \
            event.filed_from_home(facts.location.country, {p.country for p in facts.participants if p.country},
                                  facts.source_agency):
        facts.location = Location()
    _the_host_mayors_city(facts)
    if kind.type in ("meeting", "talks") and facts.event_status is None:
        facts.received_by = _the_one_who_received(context, candidates)
    unplaced = not (facts.location.city or facts.location.country) or facts.location.why == event.DATELINE_ONLY
    if unplaced and kind.type in ("meeting", "talks"):
        # the host a guest thanked or called on says more than the town an agency filed from
        hosts = _the_hosts_country(context, candidates) or _the_country_called_on(context, candidates)
        if hosts and hosts.country != facts.location.country:
            facts.location = hosts
    _parties_of_people_who_signed(context, doc_mentions, candidates)
    _parties_of_the_signatories(doc_mentions, facts.participants, facts.mentioned_people)
    # a side the pairing found only now ("… with his Kyrgyz counterpart" and a Turkish minister): both sides are known
    sides = event_countries if len(event_countries) >= 2 else \
        list(dict.fromkeys([*event_countries, *(p.country for p in facts.participants if p.country)]))
    _fill_parties(context, doc_mentions, sides)
    _parties_of_political_signatories(doc_mentions, facts.participants)
    _cities_the_title_names(doc_mentions, facts.participants)
    for mention in doc_mentions:
        target = facts.documents_signed if mention.status is None else facts.documents_referenced
        document = documents.to_document(context, mention)
        document.confidence, document.why = confidence.document(document, mention.why, mention.generic, mention.in_quote)
        target.append(document)

    facts.organizations = [o.name for o in found_orgs]
    facts.evidence["organizations"] = {o.name: context.evidence(o.start, o.end) for o in found_orgs}
    facts.confidence["organizations"] = {o.name: _judged(*confidence.organization(o.name, o.why, orgs.ORG_HEADS, TITLE_HEADS))
                                         for o in found_orgs}
    facts.countries = _countries(context, facts, doc_mentions, found_orgs)

    step("date, areas, quotes and plans")
    _set_date(context, facts)
    _set_areas(context, facts, doc_mentions)
    facts.quotes = quotes.extract_quotes(context, _speaker_resolver(context, candidates, found_orgs, facts.source_agency))
    facts.planned_events = _planned_events(context, facts, candidates, found_orgs, doc_mentions, subjects)
    _set_key_points(context, facts, doc_mentions)
    _counterpart_offices(facts)
    _the_commission_named(facts, context.text)
    _judge(facts, kind)
    facts.mark_review(review_below)
    return facts


def _part_of_an_institution(name: str | None, title: str | None, country: str | None, found: list[t.Any]) -> bool:
    """A "person" with no office and no country whose name ends an institution's name is that
    institution ("… News Agency Rossiya Segodnya" signed a memorandum), not someone at the event."""
    if not name or title or country:
        return False
    return any(o.name != name and o.name.endswith(" " + name) for o in found)


# "his Uzbek counterpart", "his Uzbek colleague" (TASS): the one who holds the same office on the other side
_COUNTERPART = re.compile(r"^(?:his|her|their|the)?\s*(?P<side>[\w\s.’'-]*?)\s*(?:counterpart|colleague)s?$", re.IGNORECASE)

_COUNTERPART_WITH_OFFICE = re.compile(r"^(?:his|her|their|the)?\s*(?P<side>[\w\s.’'-]*?)\s*(?:counterpart|colleague),?\s+"
                                      r"(?P<office>[A-Z].*)$")


# Styles of one country's ministers: the counterpart on the other side holds the office by its common name
# (Kenya's Cabinet Secretaries are ministers; the US Secretary of State is a foreign minister). Not "Foreign
# Secretary": in South Asia the top diplomat of the service, whose counterpart holds the same office.
_OFFICE_ELSEWHERE = {"cabinet secretary": "Minister", "secretary of state": "Minister of Foreign Affairs"}


def _counterpart_offices(facts: Facts) -> None:
    """'his Qatari counterpart' holds the same office as the person he met, for his own country:
    the title becomes that office ("Minister of Foreign Affairs"), the country stays his."""
    people = [*facts.participants, *facts.mentioned_people]
    for person in people:
        if not person.title and person.name and person.evidence:
            person.title = _counterpart_from(person.name, person.evidence.sentence) or person.title
        stated = _COUNTERPART_WITH_OFFICE.match(person.title or "")
        if stated:  # "his Russian counterpart Speaker of the State Duma": the office is told, the relation is no title
            side = countries_in(stated.group("side"))
            if person.country is None and len(side) == 1:
                person.country = side[0][2]
            person.title = stated.group("office")
            continue
        match = _COUNTERPART.match(person.title or "")
        if not match:
            continue
        side = countries_in(match.group("side"))
        if person.country is None and len(side) == 1:
            person.country = side[0][2]  # "his Peruvian counterpart": the side is his country, whatever his office
        others = [p for p in facts.participants if p is not person and p.title and not _COUNTERPART.match(p.title)
                  and p.country != person.country]
        offices = {_office_without_country(p.title or "") for p in others}
        offices.discard("")
        lead = facts.participants[0] if facts.participants else None
        his = _named_just_before(person, others)
        if his is not None:  # "Egyptian Minister of Agriculture X and his Tajik counterpart Y": X's office
            offices = {_office_without_country(his.title or "")}
        elif len(offices) > 1 and lead in others:
            # several offices: "his" is the lead's subject, the first participant ("Batbold … met his counterpart")
            offices = {_office_without_country(lead.title or "")}
        if len(offices) == 1:
            office = _NATIONAL_CHAMBER.sub("Parliament", _office_alone(offices.pop()))
            # "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates": one country's
            # portfolios; what the counterpart shares is the first
            office = _OWN_PORTFOLIOS.sub("", office)
            office = re.sub(r"\s*\([^)]*\)$", "", office)  # "Foreign Secretary (Senior Secretary)": one service's rank
            office = _OFFICE_ELSEWHERE.get(office.lower(), office)
            city = facts.location.city
            if city and facts.location.country == person.country and re.fullmatch(_CITY_OFFICE, office, re.I):
                office = f"{office} of {city}"  # "his Russian counterpart" met in Moscow: the Mayor of Moscow
            person.title = office
        elif not offices:
            # "his Russian counterpart" with no office to share says who he is to the other side, not what
            # office he holds: no title rather than a relation a briefing would print as one
            person.title = None


def _counterpart_from(name: str, sentence: str) -> str | None:
    """'met with his counterpart from Uzbekistan Bakhtiyor Saidov': the counterpart of that side ("Uzbekistan
    counterpart"), which the counterpart rule then reads as the other's office."""
    found = re.search(rf"\b(?:his|her)\s+(?P<noun>counterpart|colleague)\s+from\s+(?:the\s+)?"
                      rf"(?P<side>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s*,?\s+{re.escape(name)}", sentence)
    return f"{found.group('side')} {found.group('noun')}" if found and countries_in(found.group("side")) else None


def _named_just_before(person: Person, others: list[Person]) -> Person | None:
    """The person whose "his counterpart" ``person`` is: the last of ``others`` first named earlier in the sentence
    that first names ``person``."""
    here = person.evidence
    if here is None:
        return None
    before = [p for p in others if p.evidence is not None and p.evidence.sentence == here.sentence
              and p.evidence.start < here.start]
    if before:
        return max(before, key=lambda p: p.evidence.start if p.evidence else 0)
    # "FM Asselborn is set to meet with Macedonian counterpart Nikola Dimitrov": named again there, by surname
    at = here.sentence.find(person.name or "\0")
    again = [(here.sentence.rfind(p.name.split()[-1], 0, at), p) for p in others if p.name and at > 0]
    again = [(position, p) for position, p in again if position >= 0]
    return max(again, key=lambda found: found[0])[1] if again else None


# the portfolios a ministry adds to its first one: ", African Cooperation and …", " and European Integration"
_OWN_PORTFOLIOS = re.compile(r"(?<=\bMinister of Foreign Affairs)(?:,\s+[^,]+)*(?:,?\s+and\s+.+)?$")


# a chamber one country names its own way: the counterpart's is his own country's parliament ("National Assembly
# speaker Kim … with his Kyrgyz counterpart": the Speaker of the Jogorku Kenesh, not of a National Assembly)
_NATIONAL_CHAMBER = re.compile(r"\b(?:Grand\s+)?National\s+Assembly|State\s+Duma|Ma[zj]h?ilis|Milli\s+Majlis|Oliy\s+Majlis|"
                               r"(?:Jogorku|Zhogorku)\s+Kenesh|(?:State\s+Great\s+)?Khural|Majlisi\s+Oli|Mejlis\b", re.I)


# an office a city has, which the counterpart holds for the city where they meet
_CITY_OFFICE = r"(?:deputy\s+)?(?:mayor|governor|akim|hokim|khokim)"


# "the Kazakhstan-Mongolia intergovernmental commission for trade-economic … cooperation": the commission the text names
_NAMED_COMMISSION = re.compile(r"\b(?P<name>(?:[A-Z][\w’'-]*\s+)?(?:[Ii]ntergovernmental|[Jj]oint)\s+[Cc]ommission)\b")
_OF_THE_COMMISSION = re.compile(r"\bof\s+the\s+commission$")


def _the_commission_named(facts: Facts, text: str) -> None:
    """'co-chairman of the commission': of the one intergovernmental or joint commission the text names."""
    names = {re.sub(r"\s+", " ", found.group("name")) for found in _NAMED_COMMISSION.finditer(text)}
    named = {name.lower(): name for name in names}
    if len(named) != 1:
        return
    name = next(iter(named.values()))
    for person in [*facts.participants, *facts.mentioned_people]:
        if person.title and _OF_THE_COMMISSION.search(person.title):
            person.title = _OF_THE_COMMISSION.sub(f"of the {name}", person.title)


def _office_alone(office: str) -> str:
    """'Mayor of Ulaanbaatar' is not the office of his counterpart in Moscow: the office without its place; of
    'State Councilor and Foreign Minister', the portfolio the two share, the last office."""
    offices = re.split(r"\s+and\s+(?=(?:the\s+)?[A-Z])|,\s*(?:and\s+)?", office)
    if len(offices) > 1 and all(any(word.lower() in TITLE_HEADS for word in part.split()) for part in offices):
        office = offices[-1]
    return re.split(r"\s+of\s+(?=(?:the\s+)?[A-Z])", office, maxsplit=1)[0] if not _OWN_BODY.search(office) else office


# the body an office belongs to, which a counterpart's office shares: "Chairman of the Senate", "Minister of Finance"
_OWN_BODY = re.compile(r"\bof\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*(?:Senate|Parliament|Assembly|Council|Chamber|House|"
                       r"Majlis|Mazhilis|Khural|Duma|Government|Cabinet|Affairs|Finance|Defen[cs]e|Justice|Health|"
                       r"Education|Economy|Energy|Agriculture|Culture|Transport|State|Ministers)\b")


def _office_without_country(title: str) -> str:
    """'Iranian Foreign Minister' or 'Minister of Foreign Affairs of Iran' → the office alone."""
    text = title
    for start, end, _code in reversed(countries_in(title)):
        text = text[:start] + text[end:]
    text = re.sub(r"\s+of(?:\s+the)?\s*$|^\s*the\s+|'s\b", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text).strip(" ,")


def _judged(score: float, why: str) -> dict[str, t.Any]:
    return {"confidence": score, "why": why, "needs_review": False}


def _judge(facts: Facts, kind: event.EventKind) -> None:
    """Confidence and why of the facts not judged where they were built."""
    if facts.location.city or facts.location.country:
        facts.location.confidence, facts.location.why = confidence.place(facts.location)
    facts.confidence["event_type"] = _judged(*confidence.event_type(kind.why))
    for quote in facts.quotes:
        quote.confidence, quote.why = confidence.quote(quote)
    for planned_event in facts.planned_events:
        planned_event.confidence, planned_event.why = confidence.planned(planned_event)
    sides = {p.country for p in facts.participants if p.country}
    parties = {code for d in [*facts.documents_signed, *facts.documents_referenced] for party in d.parties
               for _, _, code in countries_in(party)[:1]}
    facts.confidence["countries"] = {
        code: _judged(*confidence.country(code, "a participant's country" if code in sides else
                                          "a document party's country" if code in parties else
                                          "only the place of the event"))
        for code in facts.countries}


# -- source -------------------------------------------------------------------------------


# "the press service of the Ministry of Foreign Affairs (MFA) reported", "the Parliament’s press service said",
# "Press service of the Parliament reported.", "the White House announced on February 10": who told the news
_OWNER_WORDS = r"(?:[A-Z][\w’'-]*)(?:\s+(?:(?:of|the|and|for|on)\s+)*[A-Z][\w’'-]*)*"
_REPORTED_BY = re.compile(
    rf"(?P<who>(?:\b[Tt]he\s+)?[Pp]ress\s+(?:service|office|secretariat)\s+of\s+(?:the\s+)?(?P<owner>{_OWNER_WORDS})"
    rf"|(?:\b[Tt]he\s+)?(?P<possessor>{_OWNER_WORDS})['’]s\s+press\s+(?:service|office)"
    r"|\b[Tt]he\s+(?:White\s+House|Kremlin)|\bAkorda)"
    r"(?:\s*\([A-Z]{2,8}\))?\s*,?\s+(?:has\s+)?(?:reported|reports|said|says|informs|informed|announced|stated)\b")
# "…, reported Akorda press service on June 26", "…, reported the Kazakh Foreign Ministry’s press service"
_REPORTED_THE_PRESS = re.compile(rf"\b(?:reported|reports|informs|said)\s+(?:the\s+)?(?P<who>(?P<possessor>{_OWNER_WORDS})"
                                 r"(?:['’]s)?\s+press\s+(?:service|office))")
_ACCORDING_TO_PRESS = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<who>(?:the\s+)?press\s+(?:service|office)\s+of\s+(?:the\s+)?"
                                 rf"(?P<owner>{_OWNER_WORDS}))")


def _reported_by(context: Context, found: list[orgs.Org],
                 candidates: list[people.Candidate]) -> tuple[str | None, tuple[int, int] | None]:
    """The press service or institution the opening says told the news, its owner named in full where the text does
    ("the Parliament" of the "Parliament of Kyrgyzstan" it names) and with the country of the one who serves in it
    ("the Ministry of Foreign Affairs" of Uzbekistan's minister); None when it names none."""
    for sentence in context.sentences[:3]:
        for pattern in (_REPORTED_BY, _REPORTED_THE_PRESS, _ACCORDING_TO_PRESS):
            told = pattern.search(sentence.text)
            if told is None or context.in_quote(sentence.start + told.start()):
                continue
            owner = told.groupdict().get("owner") or told.groupdict().get("possessor")
            owner = re.sub(r"['’]s$", "", owner) if owner else owner  # "the Kazakh Foreign Ministry’s press service"
            if owner is None:
                who = told.group("who")
                return "the " + re.sub(r"^[Tt]he\s+", "", who) if who != "Akorda" else who, \
                    (sentence.start + told.start("who"), sentence.start + told.end("who"))
            named = [org.name for org in found if org.name.lower().startswith(owner.lower())]
            full = re.sub(r"^the\s+", "", named[0] if len(set(named)) == 1 else owner)
            # "of the Ministry …", "of the Kazakh Foreign Ministry", "of Akorda"
            article = "the " if full.split()[0].lower() in orgs.ORG_HEADS or \
                len(full.split()) > 1 and full.split()[-1].lower() in orgs.ORG_HEADS else ""
            served = {p.country for p in candidates if p.country and p.organization == full}
            if len(served) == 1 and not country_codes_in(full):
                full = f"{full} of {english_name(served.pop())}"
            return f"the press service of {article}{full}", \
                (sentence.start + told.start("who"), sentence.start + told.end("who"))
    return None, None


def _source_agency(context: Context) -> tuple[str | None, tuple[int, int] | None]:
    """The outlet: from the dateline or '..., Trend reports'; cited press services are not outlets."""
    dateline = context.dateline
    if dateline and dateline.agency:
        name = dateline.agency
        start = context.text.find(name, dateline.start)
        return _outlet_name(name), (start, start + len(name))
    lead = context.lead()
    scope = context.text[context.body_start:lead.end] if lead else ""
    relayed = AGGREGATOR_TAG.search(scope[:120])
    if relayed:  # "(MENAFN- AzerNews) President …": the outlet an aggregator relays, by its letters when given
        group = "letters" if relayed.group("letters") else "name"
        start = context.body_start + relayed.start(group)
        return _outlet_name(relayed.group(group)), (start, start + len(relayed.group(group)))
    opening = _OUTLET_OPENS.match(scope)
    if opening and opening.group("name").lower() in OUTLETS:  # "PanARMENIAN.Net - Armenia and Georgia …"
        start = context.body_start + opening.start("name")
        return OUTLETS[opening.group("name").lower()], (start, start + len(opening.group("name")))
    for pattern in (r"(?P<name>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}?)(?:'s)?\s+(?:correspondent\s+|[Nn]ews [Aa]gency\s+)?"
                    r"(?:reports?|learned|learnt|informs|cites|quotes)\b",
                    r"\breports?\s+(?P<name>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})(?!\s+press)",
                    r"(?<!\S)[–—-]{1,2}\s*(?P<name>[A-Z][\w.]+)\s*[:.]?\s*$"):  # "… — Kazinform", never "TAE-YUL"
        for match in re.finditer(pattern, scope):
            name = match.group("name")
            if "press service" in scope[match.end():match.end() + 20] or name.split()[0] in ("The", "It", "He", "She"):
                continue
            if name.endswith(".") and "." not in name[:-1] or re.fullmatch(MONTH_PATTERN, name, re.I):
                continue  # "Monday the 3rd November. reports that he …": the end of a sentence, and a month, no outlet
            if name.lower() in KNOWN_INSTITUTIONS:
                continue  # "Akorda reports": a press service, not the outlet
            if country_code(name) or re.search(r"\bof\s+(?:the\s+)?$", scope[:match.start("name")]):
                continue  # "Ministry of Foreign Affairs of the Republic of Kazakhstan reports": a ministry, no outlet
            start = context.body_start + match.start("name")
            return _outlet_name(name), (start, start + len(name))
    credit = _CREDIT_LINE.search(context.text, max(0, len(context.text) - 120)) or \
        _CREDIT_AFTER_TEXT.search(context.text, max(0, len(context.text) - 60))  # the last line, or "….- Bernama"
    credited = next((group for group in ("name", "bracketed", "letters") if credit and credit.groupdict().get(group)), None)
    if credit and credited and credit.group(credited).lower() in OUTLETS:
        return OUTLETS[credit.group(credited).lower()], (credit.start(credited), credit.end(credited))
    for key, name, outlet in _outlet_patterns():
        cited = outlet.search(context.text)
        if cited:
            return name, (cited.start(), cited.start() + len(key))
    for told in _TOLD_THE_OUTLET.finditer(context.text, context.body_start):
        if told.group("name").lower() in OUTLETS:  # "Al-Bannai said in a statement to KUNA": the outlet he told
            return OUTLETS[told.group("name").lower()], (told.start("name"), told.end("name"))
    return _outlet_from_address(context)


_TOLD_THE_OUTLET = re.compile(r"\b(?:(?:has\s+|had\s+)?told|[Ii]n\s+(?:a|an)\s+(?:statement|interview|comment)\s+to|"
                              r"(?:release|statement|communiqu[eé])\s+sent\s+to|"  # "a Foreign Ministry release sent to AGERPRES"
                              r"[Ii]n\s+an\s+interview\s+with)\s+(?P<name>[A-Z][\w-]*(?:\.[\w-]+)*(?:\s[A-Z][\w-]*){0,2}?)(?=[\s,.;]|$)")


# the outlet opening the text before a dash: "PanARMENIAN.Net - Armenia and Georgia …"
_OUTLET_OPENS = re.compile(r"\s*(?P<name>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})\s+[-–—]{1,2}\s+")
# the outlet after the last sentence on its line: "… in conjunction with the ceremony.- Bernama"
# ("… by parliament. (Yonhap)": in brackets after it)
# ("… their professional teaching staff. GNA": the agency's letters after the last full stop)
_CREDIT_AFTER_TEXT = re.compile(r"[.!?”\"]\s*(?:[-–—―]{1,2}\s*(?P<name>[A-Z][\w.]+)|\((?P<bracketed>[A-Z][\w.]+)\)|"
                                r"(?<=\.)[ \t]+(?P<letters>[A-Z][A-Za-z]?[A-Z]{1,4}))\s*$")
# the outlet credited on the article's last line: "UzA", "Source: AKIpress", "(Kabar)"
# ("(Xinhua News Agency July 27, 2004)": with the day it filed)
_CREDIT_LINE = re.compile(rf"\n[ \t]*(?:Source:[ \t]*)?\(?(?P<name>[A-Z][\w.\-]*(?:[ ][A-Z][\w.\-]*){{0,2}}?)"
                          rf"(?:[ ]+News[ ]+Agency)?(?:,?[ ]+{MONTH_PATTERN}\.?[ ]+\d{{1,2}},?[ ]+\d{{4}})?\)?\.?[ \t]*\s*$")


@functools.cache
def _outlet_patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    """'Trend reports', 'Kazinform correspondent': one pattern per outlet, compiled on first use."""
    return [(key, name, re.compile(rf"(?<![\w.]){re.escape(key)}(?![\w])\s+(?:correspondent|reports|informs)", re.I))
            for key, name in OUTLETS.items()]


def _outlet_from_address(context: Context) -> tuple[str | None, tuple[int, int] | None]:
    """'link: https://24.kg/english/288598/': the page's own address names the outlet.

    Only an address on a line of its own counts; a 'Source: ...' line names the agencies copied from.
    """
    for match in re.finditer(r"(?im)^[ \t]*(?:link|url|address)?:?[ \t]*(?:https?://)?(?:www\.|en\.|m\.|eng\.)?"
                             r"(?P<host>[a-z0-9.-]+\.[a-z]{2,})(?:/\S*)?[ \t]*$", context.text):
        host = match.group("host").lower()
        name = next((outlet for known, outlet in OUTLET_HOSTS.items() if host == known or host.endswith("." + known)), None)
        if name:
            return name, (match.start("host"), match.end("host"))
    return None, None


def _outlet_name(name: str) -> str:
    key = name.strip().lower()
    if key in OUTLETS:
        return OUTLETS[key]
    key = re.sub(r"\.(?:com|kz|uz|az|kg|mn|ru|by|net|org)$", "", key)
    key = re.sub(r"^(?:niat|mia|ia|nia|ria)\s+(?=\w)", "", key) if key not in OUTLETS else key  # "NIAT Khovar": the agency's kind
    return OUTLETS.get(key, name.title() if name.isupper() and name.isalpha() and len(name) > 4 else name)


# -- organizations and parties ----------------------------------------------------------------


def _outside_bodies(context: Context, candidates: list[people.Candidate], found: list[orgs.Org],
                    docs: list[documents.DocMention]) -> list[people.Candidate]:
    """"the Institute of Seismology and Atmospheric Physics of the Academy of Sciences": words of a body's name (an
    organisation found, or a document's side), every time they occur, are no person."""
    bodies = [(org.start, org.end) for org in found]
    for party in {party for doc in docs for party in doc.parties if len(party.split()) > 2}:
        bodies.extend((match.start(), match.end()) for match in re.finditer(re.escape(party), context.text))

    def inside(mention: people.Mention) -> bool:
        return any(start <= mention.start and mention.end <= end for start, end in bodies)

    return [person for person in candidates if person.title or not all(inside(m) for m in person.mentions)]


def _party_resolver(found: list[orgs.Org]) -> t.Callable[[str], str | None]:
    """'NBK' -> 'National Bank of Kyrgyzstan'; 'the Mazhilis of the Parliament' stays as written."""
    def resolve(party: str) -> str | None:
        bare = party.strip()
        for org in found:
            if bare in org.acronyms or (bare.isupper() and len(bare) > 1 and orgs.acronym_matches(bare, org.name)):
                return org.name
            if re.fullmatch(r"[A-Z][a-z]*[A-Z]+[a-z]*", bare) and orgs.acronym_matches(bare, org.name):
                return org.name
        return None
    return resolve


def _add_party_orgs(context: Context, found: list[orgs.Org], docs: list[documents.DocMention],
                    candidates: t.Sequence[people.Candidate] = ()) -> list[orgs.Org]:
    """Document parties that are institutions but were not caught by name shape ('ROSATOM')."""
    for doc in docs:
        for party in doc.parties:
            owned = _COUNTRY_POSSESSIVE.match(party)
            if owned and country_code(owned.group("country")) and len(owned.group("body").split()) == 1:
                party = owned.group("body")  # "Russia’s Aeroflot": the company's own one-word name
            if country_code(party) or party.lower() in CITY_TO_COUNTRY or _is_place(party):
                continue  # places are parties, not institutions
            if not any(orgs.is_head(w) for w in party.split()) and \
                    any(people.same_person(party.split(), person.tokens) for person in candidates):
                continue  # "Lavrov and Meredov signed a programme": the signatories are people
            if re.match(r"(?:Ministries|Governments|Administrations)\b", party):
                continue  # "the Ministries of Justice of Kyrgyzstan and Russia": two bodies, no single name
            if len(party.split()) > 1 and not any(orgs.is_head(w) for w in party.split()):
                continue  # "Zhansseit Tuimebayev", "Shymkent, Yessil": people and places; a one-word brand passes
            if any(o.name == party or orgs.same_institution(o.name, party) for o in found):
                continue
            if re.search(r"\b(?:Kazakhstan|Uzbekistan|Mongolia|Republic)\b$", party) and len(party.split()) <= 2:
                continue
            start = context.text.find(party, context.body_start)
            if start >= 0 and len(party.split()) == 1 and _names_a_place_or_office(context.text, party, start):
                continue
            if start >= 0 and len(party.split()) <= 10:
                found.append(orgs.Org(party, start, start + len(party), why="a party of a document"))
    found.sort(key=lambda o: o.start)
    return found


_PLACES_BEFORE = re.compile(r"\b(?:cities|towns|regions|districts|provinces|city|town|region|district)\s+of\b[^.;:]*$",
                            re.I)


def _names_a_place_or_office(text: str, party: str, start: int) -> bool:
    """A one-word party that is a town ("between the cities of Bukhara and Kunming", "Chon-Alai (Kyrgyzstan)")
    or an office ("the Mayors signed"), not an institution's brand ("ROSATOM")."""
    low = party.lower()
    if low in TITLE_HEADS or low.rstrip("s") in TITLE_HEADS:
        return True
    country_after = re.match(r"\s*\(([A-Z][\w\s-]+)\)", text[start + len(party):])
    if country_after and country_code(country_after.group(1).strip()):
        return True
    return bool(_PLACES_BEFORE.search(text[max(0, start - 60):start]))


_PLACE_PARTY = re.compile(r"\b(?:region|oblast|aimag|province|district|city)(?:\s+of\s+(?:the\s+)?[A-Z][\w\s]*)?$", re.I)
_BODY_WORDS = re.compile(r"\b(?:body|bodies|government|administration|authority|akimat|khokimiyat|hokimiyat|council|office)\b", re.I)


def _is_place(party: str) -> bool:
    """'Jizzakh region of Uzbekistan', 'Khovd Aimag' — but not 'Executive body of state authority of Dushanbe city'."""
    return bool(_PLACE_PARTY.search(party)) and not _BODY_WORDS.search(party)


def _org_country(found: list[orgs.Org]) -> t.Callable[[str], str | None]:
    def country(name: str) -> str | None:
        if not name:
            return None
        direct = orgs.org_country(name)
        if direct:
            return direct
        for org in found:
            if orgs.same_institution(org.name, name) or name in org.acronyms or \
                    any(a in name.split() for a in org.acronyms) or _acronym_in(name, org.name):
                return orgs.org_country(org.name)
        return None
    return country


def _acronym_in(text: str, name: str) -> bool:
    return any(orgs.acronym_matches(word, name) for word in re.findall(r"\b[A-Z][a-z]*[A-Z]{2,}\w*\b", text))


def _another_body_of(title: str, name: str) -> bool:
    """'OSCE Academy' for an 'OSCE Chair-in-Office': a body named after the acronym, not the one it stands for."""
    return any(word in name.split() for word in re.findall(r"\b[A-Z]{2,}\b", title)) and len(name.split()) > 1


# an office owned by an institution's acronym: "ADA’s Vice-Rector", "the UNDP's Resident Representative"
_ACRONYM_OWNS_OFFICE = re.compile(r"(?:the\s+)?(?P<letters>[A-Z][A-Za-z]*[A-Z])[’'`]s\s+(?P<office>[A-Z][\w-]*(?:\s+[\w-]+){0,4})")
# a lawmaker's office after the party: "People Power Party Rep.", "Labour Party MP"
_PARTY_BEFORE_OFFICE = re.compile(r"(?P<party>(?:[A-Z][\w'’-]*\s+){1,4}Party)\s+(?P<office>Rep\.|Reps\.|Sen\.|MPs?|"
                                  r"[Ll]awmakers?|[Ll]egislators?|[Ss]enators?|[Mm]embers?|[Dd]eput(?:y|ies))")


def _without_states(text: str) -> str:
    """'Energy of Russian Federation' without its state: the "Federation" of a country's name heads no body."""
    for start, end, _ in reversed(countries_in(text)):
        text = text[:start] + text[end:]
    return text


def _assign_organizations(candidates: list[people.Candidate], found: list[orgs.Org],
                          docs: list[documents.DocMention], context: Context) -> None:
    """The institution an office belongs to: named in the title, the body whose office 'its' names, or the party a
    signatory signed for."""
    for person in candidates:
        lawmaker = _PARTY_BEFORE_OFFICE.fullmatch(person.title or "")
        if lawmaker and person.organization is None:  # "Democratic Party Rep. X": a lawmaker of that party
            person.organization, person.title = lawmaker.group("party"), lawmaker.group("office")
        if person.organization is None:
            person.organization = _owner_of_its_office(context, person, found) or _body_signed_after(context, person)
        title = person.title or ""
        words = {_TITLE_TO_BODY.get(w, w) for w in orgs.significant_words(title)}
        named = [org for org in found if org.key_words and org.key_words <= words and _body_named(org, title)
                 or _acronym_in(title, org.name) and not _another_body_of(title, org.name)
                 or any(a in re.findall(r"[\w.-]+?(?=[’'`]s\b|\s|$)", title) for a in org.acronyms)
                 or _owned_by_its_short_name(title, org.name)]
        misprinted = _owned_by_a_misprint(title, found, context.text) if not named else []
        named = named or misprinted
        # never another country's body: "Speaker of the Oliy Majilis of Uzbekistan" is no member of Kazakhstan's Majilis
        of_countries = {code for _, _, code in countries_in(title)}
        named = [org for org in named if not (of_countries and orgs.org_country(org.name) not in (None, *of_countries))]
        if named:  # the most specific: "Asia Department of the Ministry of …" over the ministry
            person.organization = max(named, key=lambda org: len(org.key_words)).name
        owned = _ACRONYM_OWNS_OFFICE.fullmatch(person.title or "")
        if owned and misprinted:
            person.title = owned.group("office")  # "TDN’s Chairman" of the agency “TDH”: the office
        elif owned and person.organization and (f"({owned.group('letters')})" in person.organization or
                                              orgs.acronym_matches(owned.group("letters"), person.organization) or
                                              any(owned.group("letters") in org.acronyms for org in found
                                                  if org.name == person.organization)):
            person.title = owned.group("office")  # "ADA’s Vice-Rector" of the ADA the text names: the office
        elif person.organization and _owned_by_its_short_name(person.title or "", person.organization):
            person.title = _POSSESSIVE_OWNER.sub("", person.title or "", count=1)  # "Khovar’s Director": the office
        if person.organization is None:
            tail = re.search(r"\bof\s+(?:State\s+of\s+)?(?:the\s+)?([A-Z][^,]*?)(?=\s+and\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:Minister|Chairman|"
                             r"Head|Director|Secretary|Ambassador|Governor|Mayor)\b|$)", title)  # "... of the Cabinet and Minister of X"
            side = re.match(r"[\w-]+\s+(?:side|part)\s+of\s+(?:the\s+)?(?P<body>\w+)$", tail.group(1), re.I) if tail else None
            if side:  # "Co-chair of the Ethiopian Side of the commission": of the one commission the text names
                bodies = [org.name for org in found if side.group("body").lower() in org.name.lower().split()]
                person.organization = bodies[0] if len(bodies) == 1 else None
            elif tail and (any(w.lower() in orgs.ORG_HEADS for w in _without_states(tail.group(1)).split())
                           or tail.group(1).lower() in KNOWN_INSTITUTIONS):
                person.organization = _the_one_body(tail.group(1), found) or \
                    _the_one_named_by_its_head(tail.group(1), found, context, person) or tail.group(1)
        if person.organization is None and title:
            head = _TITLE_TO_BODY.get(title.split()[-1].lower())
            for doc in docs:
                if person.name in doc.signatories and head:
                    party = next((p for p in doc.parties if head in p.lower()), None)
                    if party:
                        person.organization = party


def _owned_by_its_short_name(title: str, body: str) -> bool:
    """"Khovar’s Director" of the "National News Agency of Tajikistan “Khovar”": the body by the name in its marks."""
    owner = _POSSESSIVE_OWNER.match(title)
    return owner is not None and any(short.lower() == owner.group("owner").lower()
                               for short in re.findall(r"[“«\"]([^”»\"]{2,40})[”»\"]", body))


def _owned_by_a_misprint(title: str, found: list[orgs.Org], text: str) -> list[orgs.Org]:
    """"TDN’s Chairman" where the text names only the agency “TDH”: letters the text uses nowhere else, one letter
    apart from the short name of exactly one body it names, are that body's, misprinted."""
    owned = _ACRONYM_OWNS_OFFICE.fullmatch(title)
    letters = owned.group("letters") if owned else ""
    if not letters.isupper() or len(letters) < 3 or len(re.findall(rf"\b{letters}\b", text)) > 1:
        return []
    near = [org for org in found for short in {*org.acronyms, *re.findall(r"[“«\"]([A-Z]{3,8})[”»\"]", org.name)}
            if len(short) == len(letters) and sum(a != b for a, b in zip(short, letters, strict=True)) == 1]
    return near if len({org.name for org in near}) == 1 else []


_POSSESSIVE_OWNER = re.compile(r"(?:the\s+)?(?P<owner>[A-Z][\w-]*)['’]s\s+(?=\S)")


def _body_signed_after(context: Context, person: people.Candidate) -> str | None:
    """"The guest was welcomed by X, Speaker, Parliament of Finland.": the body after the office, as a signature
    closes with it."""
    for mention in person.mentions:
        signed = people.OFFICE_THEN_OWNER.match(context.text, mention.end, mention.sentence.end)
        body = signed.group("owner") if signed and not mention.in_quote else ""
        if any(word.lower() in orgs.ORG_HEADS for word in body.split()):
            return body
    return None


def _the_one_named_by_its_head(head: str, found: list[orgs.Org], context: Context,
                               person: people.Candidate) -> str | None:
    """'… met the Speaker of Parliament, X, at the Parliament of Sri Lanka': the one parliament the sentence names in
    full is the one a bare 'Parliament' of an office means."""
    if head not in ("Parliament", "Senate", "Assembly", "Congress", "Government"):
        return None
    sentences = [context.sentence_at(mention.start) for mention in person.mentions if not mention.in_quote]
    bodies = {org.name for org in found if org.name != head and re.match(rf"(?:the\s+)?{head}\s+of\s+", org.name)
              and any(sentence.start <= org.start < sentence.end for sentence in sentences)}
    return bodies.pop() if len(bodies) == 1 else None


def _the_one_body(described: str, found: list[orgs.Org]) -> str | None:
    """'the Uzbek committee': the one committee of Uzbekistan the text names in full, if it names one."""
    words = described.split()
    if len(words) != 2 or not words[1].islower():
        return None
    codes = {code for _, _, code in countries_in(words[0])}
    bodies = [org.name for org in found if orgs.org_country(org.name) in codes and words[1] in org.name.lower().split()]
    return bodies[0] if codes and len(bodies) == 1 else None


def _owner_of_its_office(context: Context, person: people.Candidate, found: list[orgs.Org]) -> str | None:
    """'at the Justice and Development Party headquarters, its deputy chairman X said': the body named last before
    'its' in the sentence."""
    text = context.text
    for mention in person.mentions:
        start = mention.title_start
        if start is None or mention.in_quote or not re.search(r"(?:^|\s)its\s+$", text[max(0, start - 5):start]):
            continue
        sentence = context.sentence_at(start)
        named = [(at.end(), org.name) for org in found
                 for at in re.finditer(re.escape(org.name), text[sentence.start:start])]
        if named:
            return max(named)[1]
    return None


# "Senate President", "President of the Parliament": who presides over a body heads no state
_BODIES = (r"(?:senate|parliament(?:ary)?|(?:national\s+|general\s+)?assembly|chamber|house|congress|khural|majilis|mazhilis|"
           r"court|bank|committee|commission|association|company|university|federation|union|council)")
_PRESIDES_OVER_A_BODY = re.compile(rf"\b{_BODIES}\s+(?:\w+\s+)?president|\bpresident\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}{_BODIES}\b")


def _heads(person: people.Candidate, roles: tuple[str, ...], of_state: bool) -> bool:
    """Whether the person heads a state (or government): a president, king …, or "the Kazakh leader"; never a
    deputy prime minister nor the president of a chamber."""
    for title in (person.title or "", *person.aliases):
        low = title.lower()
        if of_state and _PRESIDES_OVER_A_BODY.search(low):
            continue
        if any(re.search(rf"(?<!deputy )(?<!vice )(?<!vice-){role}", low) for role in roles) or \
                of_state and re.fullmatch(r"(?:the\s+)?\w+\s+leader", low) and countries_in(title):
            return True
    return False


# the words of a state's formal name: "the Parliament of the Republic of Moldova" is named by its head, not "Republic"
_STATE_FORMS = frozenset({"republic", "kingdom", "state", "federation", "sultanate", "emirate", "principality"})


def _body_named(org: orgs.Org, title: str) -> bool:
    """'Kazakh leader' names no body 'Kazakh Parliament' names: a body known by its country alone needs its own
    head word in the title ("Speaker of the Kazakh Parliament")."""
    without_countries = org.name
    for start, end, _ in reversed(countries_in(org.name)):
        without_countries = without_countries[:start] + " " + without_countries[end:]
    if any(not re.fullmatch(r"[A-Z]{2}", word) and word.lower() not in _STATE_FORMS
           for word in orgs.significant_words(without_countries)):
        return True
    # its head, wherever it stands: "Parliament of Sri Lanka" is not named by "High Commissioner … to Sri Lanka"
    heads = [word.lower() for word in org.name.split() if orgs.is_head(word)] or [org.name.split()[-1].lower()]
    return any(head in title.lower().split() for head in heads)


_SIDES_BY_DEMONYM = re.compile(r"\b(?P<a>[A-Z][a-z]+)\s+(?:and\s+(?P<b>[A-Z][a-z]+)\s+(?:[A-Z]\w+\s+)?(?:Foreign\s+|Prime\s+)?"
                               r"(?:[Mm]inisters|[Gg]overnments|[Pp]arliaments|[Ss]peakers|[Pp]residents|[Ll]eaders|sides)\b|"
                               r"side\s+(?:was|were|is|will\s+be)\s+represented\b)")


def _event_countries(candidates: list[people.Candidate], docs: list[documents.DocMention],
                     location: str | None, context: Context) -> list[str]:
    found: list[str] = []
    for person in candidates:
        if not person.participant:
            continue  # "he also spoke with his Lithuanian counterpart": a call of its own gives the event no side
        for _, _, code in countries_in(person.title or ""):
            found.append(code)
            break
    if location:
        found.append(location)
    lead = context.lead()
    if lead:
        found.extend(code for start, _, code in countries_in(lead.text) if not TALKED_ABOUT.search(lead.text, 0, start))
    for sentence in context.sentences[:5]:  # "... bilateral relations between the State of Qatar and the US"
        pair = re.search(r"\bbetween\s+(?:the\s+)?(?:(?:State|Republic|Kingdom)\s+of\s+)?(?P<a>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'-]*)?)"
                         r"\s+and\s+(?:the\s+)?(?:(?:State|Republic|Kingdom)\s+of\s+)?(?P<b>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'-]*)?)",
                         sentence.text)
        if pair and not context.in_quote(sentence.start):
            found.extend(code for code in (country_code(pair.group("a")) or _first_code(pair.group("a")),
                                           country_code(pair.group("b")) or _first_code(pair.group("b"))) if code)
    opening = [context.article.headline or ""] + [s.text for s in context.sentences[:5] if not context.in_quote(s.start)]
    for text in opening:
        # "The Mexican side was represented by …", "Czech and Lithuanian Foreign Ministers", "the heads of Polish and
        # Bulgarian governments": the sides by their demonyms
        for match in _SIDES_BY_DEMONYM.finditer(text):
            found.extend(code for code in (country_code(match.group("a")), country_code(match.group("b") or "")) if code)
    for doc in docs:
        for party in doc.parties:
            found.extend(code for _, _, code in countries_in(party)[:1])
    found = list(dict.fromkeys(found))
    dateline = context.dateline
    if len(found) < 2 and dateline is not None:
        # "KUWAIT: Foreign Minister X received a phone call from US Secretary of State Y": the outlet files from the
        # other side's country, the one the text does not name beside X
        home = CITY_TO_COUNTRY.get(dateline.city.lower()) or country_code(dateline.city)
        if home and home not in found:
            found.append(home)
    return found


# "the Russian Foreign Minister", "his Armenian counterpart": offices the lead gives by country, before any name
_LEAD_OFFICE = re.compile(r"\bthe\s+(?P<demonym>[A-Z][a-z]+)\s+(?P<office>(?:(?:Foreign|Prime|Defen[cs]e|Deputy|Vice)\s+)?"
                          r"(?:Minister|President|Speaker|Chairman)(?:\s+of\s+(?:Foreign\s+Affairs|Defen[cs]e))?)\b")
_LEAD_COUNTERPART = re.compile(r"\b(?:his|her)\s+(?P<demonym>[A-Z][a-z]+)\s+counterpart\b")


def _offices_the_lead_gives(context: Context, candidates: list[people.Candidate]) -> None:
    """'On Monday, the Russian Foreign Minister held a telephone conversation with his Armenian counterpart. … Sergey
    Lavrov and Ararat Mirzoyan reviewed …': a participant the text gives no office holds the one the lead gives his
    country (a counterpart holds the same office)."""
    lead = context.lead()
    named = _LEAD_OFFICE.search(lead.text) if lead else None
    if lead is None or named is None:
        return
    # the offices as the lead writes them: "Russian Foreign Minister", "Armenian counterpart"
    sides = [(country_code(named.group("demonym")), f"{named.group('demonym')} {named.group('office')}")]
    sides += [(country_code(other.group("demonym")), other.group(0).split(None, 1)[1])
              for other in _LEAD_COUNTERPART.finditer(lead.text)]
    offices = dict(sides)
    untitled = [p for p in candidates if p.participant and not p.title]
    if len(sides) == 2 and len(untitled) == 2 and not any(p.country for p in untitled):
        untitled.sort(key=lambda p: p.first.start)  # "… Sergey Lavrov and Ararat Mirzoyan": in the lead's order
        for person, (country, _) in zip(untitled, sides, strict=True):
            person.country = country
    for person in untitled:
        office = offices.get(person.country) if person.country else None
        if office:
            person.title = office


# the offices a state's officials hold
_NATIONAL_OFFICE = re.compile(r"\b(?:Minister|Prime|President|Speaker|Chairman|Akim|Mayor|Governor|Spokesman|Spokesperson|Head|"
                              r"Chief|Foreign\s+Secretary|Secretary\s+of\s+State)\b")
_INTERNATIONAL_BODY = re.compile(r"\bof\s+the\s+(?:[A-Z][\w-]*\s+){0,5}(?:Bank|Organi[sz]ation|Union|Fund|Programme|"
                                 r"Secretariat|Community|Cooperation\s+Council)\b(?!\s+of\s+[A-Z])|"
                                 # "NATO Secretary-General", "UN Secretary-General": a body of many states by its letters
                                 rf"^(?:the\s+)?(?:{'|'.join(sorted(INTERNATIONAL_ACRONYMS))})['’]?s?\s+[A-Z]")


def _home_side(candidates: list[people.Candidate], event_countries: list[str], outlet: str | None) -> None:
    """A domestic outlet's own officials: participants with a national office and no country, when the outlet's
    country is a side of the event ('Deputy Prime Minister X said' in Kazinform; WAM's "Minister of Economy X" with
    a UAE delegation). A domestic agency names the other side's officials with their country."""
    home = OUTLET_COUNTRIES.get(outlet or "")
    unknown = [p for p in candidates if p.participant and not p.country and (
        p.title and _NATIONAL_OFFICE.search(p.title) and not _owned_by_a_body(p.title)
        or not p.title and _the_untitled_other_side(p, candidates, home))]
    for person in unknown:
        if _INTERNATIONAL_BODY.search(person.title or ""):
            continue  # "President of the Islamic Development Bank": the head of a body of many states, no side's
        side = _side_listed_with(person, candidates)
        if side:  # "Putin is accompanied by Russian Foreign Minister X, Deputy Prime Minister Y, …": Y is Russian
            person.give_country(side, "the others listed with them")
        elif home and home in event_countries and _met_by_a_home_participant(person, candidates, home):
            others = [code for code in dict.fromkeys(event_countries) if code != home]
            if len(others) == 1:  # "Cuba's Deputy PM held a meeting with the Minister of Petroleum X" (Prensa Latina)
                person.give_country(others[0], "met by the outlet's own side")
        elif home and home in event_countries:
            person.give_country(home, "the outlet's own side")


def _owned_by_a_body(title: str) -> bool:
    """"TDN’s Chairman": the office of a body named before it, not a national office of the outlet's side."""
    owner = _POSSESSIVE_OWNER.match(title)
    return owner is not None and not country_code(owner.group("owner"))


def _home_delegation_abroad(context: Context, candidates: list[people.Candidate], outlet: str | None,
                            visited: str | None) -> None:
    """'A parliamentary delegation led by X begins a visit to Moldova' in AGERPRES: an agency that reports a
    delegation abroad reports its own country's, when the text names that country at all."""
    home = OUTLET_COUNTRIES.get(outlet or "")
    if not home or not visited or home == visited or not any(code == home for _, _, code in countries_in(context.text)):
        return
    for person in candidates:
        if person.participant and not person.country and any(
                not m.in_quote and (people.LED_BY.search(context.text, m.sentence.start, m.start) or
                                    people.AT_THE_HEAD_OF_A_DELEGATION.match(context.text, m.end, m.sentence.end))
                for m in person.mentions):
            person.give_country(home, "leads a delegation abroad that the outlet of his country reports")
    people.members_of_the_led_delegation(context, candidates)  # and those the text lists in it


_CONSORT = re.compile(r"\b(?:first\s+lady|first\s+gentleman|spouse|wife|husband)\b", re.I)
_HEAD_OF_STATE_WORD = re.compile(r"\b(?:president|king|queen|emperor|emir|sultan|prime\s+minister|premier)\b", re.I)


def _first_ladies(candidates: list[people.Candidate]) -> None:
    """'Mr. Orlov and First Lady Anna Orlova will make the trip': a head's consort is of his country, named with him
    (or, failing that, of the one head of state or government the text names)."""
    heads = [p for p in candidates if p.country and _HEAD_OF_STATE_WORD.search(p.title or "")]
    for person in candidates:
        if person.country or not _CONSORT.search(person.title or ""):
            continue
        beside = {p.country for p in heads for m in p.mentions for own in person.mentions
                  if m.sentence is own.sentence and p.country}
        countries = beside or {p.country for p in heads if p.country}
        if len(countries) == 1:
            person.give_country(countries.pop(), "the consort of the head named with her")


_MONGOLIAN_PRESS_NAME = re.compile(r"[A-Z][a-z]?\.[A-Z][a-z]+(?:-[A-Z][a-z]+)?")  # "L.Enkh-Amgalan", "Ts.Davaasuren"


def _mongolian_press_names(context: Context, candidates: list[people.Candidate]) -> None:
    """'Vice Speaker of Parliament L.Enkh-Amgalan' with no country named: the patronymic initial glued to a Mongolian
    given name is how the Mongolian press writes its own officials, so he is Mongolia's (when the text names Mongolia)."""
    from briefing.names.origin import detect_origin

    if not any(code == "MN" for _, _, code in countries_in(context.text)):
        return
    for person in candidates:
        if person.participant and not person.country and _MONGOLIAN_PRESS_NAME.fullmatch(person.name) and \
                detect_origin(person.name, None) == "mn":
            person.give_country("MN", "a Mongolian name in the Mongolian press's style")


def _mongolian_patronymic_first(candidates: list[people.Candidate]) -> None:
    """'Lkhagva Munkhbaatar … Munkhbaatar said': a Mongolian is called by the given name, so a name of two words whose
    second the text uses alone is written patronymic first (as Xinhua writes Mongolians); it is set in the English
    order, given name first, so that every language builds its form from the right word («Л.Мөнхбаатар»)."""
    from briefing.names.mongolian import is_patronymic

    for person in candidates:
        words = person.name.split()
        if person.country != "MN" or len(words) != 2 or any(is_patronymic(word) for word in words):
            continue
        alone = {mention.tokens[0] for mention in person.mentions if len(mention.tokens) == 1}
        if words[1] in alone and words[0] not in alone:
            person.name = f"{words[1]} {words[0]}"
            person.tokens = [words[1], words[0]]
            person.add_why("written patronymic first (called by the given name alone)")


def _the_untitled_other_side(person: people.Candidate, candidates: list[people.Candidate], home: str | None) -> bool:
    """'Bujar Osmani had a phone call with the Bulgarian Foreign Minister X' in MIA: the one the lead names without an
    office, beside participants all of another country, is the outlet's own official."""
    others = [p for p in candidates if p.participant and p is not person]
    return bool(home and person.why.startswith("named in the lead") and others and
                all(p.country and p.country != home for p in others))


_MET_BY = re.compile(r"\b(?:met|meets|received|receives|(?:held|holds)\s+(?:a\s+)?(?:[\w-]+\s+)?(?:meetings?|talks)\s+with|"
                         r"met\s+with)\b[^.;]*$")


def _met_by_a_home_participant(person: people.Candidate, candidates: list[people.Candidate], home: str) -> bool:
    """The person is first named as the one a participant of the outlet's own country met or held talks with."""
    first = next((m for m in person.mentions if not m.in_quote), None)
    if first is None:
        return False
    start = first.title_start if first.title_start is not None else first.start
    verb = _MET_BY.search(first.sentence.text, 0, start - first.sentence.start)
    return verb is not None and any(
        other is not person and other.country == home and
        any(m.sentence is first.sentence and m.start < first.sentence.start + verb.start() for m in other.mentions)
        for other in candidates)


# a minister's office and the ministry it heads: "Foreign Affairs Minister" ~ "Romania's Foreign Affairs Ministry"
_MINISTER_OF = re.compile(r"(?:(?:Acting|First|Deputy|Vice)\s+)*(?:Minister\s+(?:of|for)\s+(?:the\s+)?(?P<after>.+)|"
                          r"(?P<before>.+?)\s+Minister)", re.I)


def _minister_of_the_ministry_named(candidates: list[people.Candidate], found: list[orgs.Org]) -> None:
    """'Acting Foreign Affairs Minister X' with no country, where the text names one country's ministry of that
    portfolio ("Romania's Foreign Affairs Ministry"): X heads it, and is of that country."""
    for person in candidates:
        office = _MINISTER_OF.fullmatch(person.title or "")
        if person.country or office is None:
            continue
        portfolio = set(orgs.significant_words(office.group("after") or office.group("before") or "")) - {"minister"}
        codes = {code for org in found if "ministry" in org.name.lower() and portfolio and
                 portfolio <= set(orgs.significant_words(org.name)) and (code := orgs.org_country(org.name))}
        if len(codes) == 1:
            person.give_country(codes.pop(), "the ministry of the office the text names")


_BARE_SPEAKER = re.compile(r"(?:(?:deputy|vice|first\s+deputy)[\s-]+)?speaker", re.I)
_A_CHAMBER = re.compile(rf"\b{CHAMBERS}\b")


def _speaker_of_the_parliament_named(candidates: list[people.Candidate], found: list[orgs.Org]) -> None:
    """'the delegation led by speaker X' of Azerbaijan, where the text names 'the Azerbaijani parliament': a bare
    speaker of a country presides over the one chamber of that country the text names."""
    for person in candidates:
        if person.organization or not person.country or not _BARE_SPEAKER.fullmatch(person.title or ""):
            continue
        chambers = {org.name for org in found if _A_CHAMBER.search(org.name) and orgs.org_country(org.name) == person.country}
        if len(chambers) == 1:
            person.organization = chambers.pop()


def _host_side(candidates: list[people.Candidate], host: str | None) -> None:
    """'Foreign Minister X held talks with his Tajik and Kyrgyz counterparts in Budapest': the one official with a
    national office and no country, among guests who all come from elsewhere, is the host's."""
    participants = [p for p in candidates if p.participant]
    unknown = [p for p in participants if not p.country and p.title and _NATIONAL_OFFICE.search(p.title)
               and not _INTERNATIONAL_BODY.search(p.title)]
    guests = [p for p in participants if p.country]
    if host and len(unknown) == 1 and guests and all(p.country != host for p in guests):
        unknown[0].give_country(host, "the host, the others are guests")
    elif host and len(unknown) == 1 and any(p.country != host for p in guests) and \
            people.the_guests_met(unknown[0]):
        # "The Speaker of the Finnish Parliament … This was followed by a meeting with the First Deputy Speaker X":
        # the one the guests met, of the country they visit, beside its Speaker
        unknown[0].give_country(host, "the host's official the guests met")


def _side_listed_with(person: people.Candidate, candidates: list[people.Candidate]) -> str | None:
    """The one country of the other participants named in the sentence that first names ``person``, when that
    sentence lists one side ("is accompanied by", "was attended by", "the delegation included")."""
    first = next((m for m in person.mentions if not m.in_quote), None)
    if first is None or not people.ONE_SIDE_LISTED.search(first.sentence.text):
        return None
    codes = {other.country for other in candidates if other is not person and other.participant and other.country
             and any(m.sentence is first.sentence for m in other.mentions)}
    return codes.pop() if len(codes) == 1 else None


# "the Russian lawmaker", "the senator": a member of a parliament, whose office the text gives as such
_A_LAWMAKER = re.compile(r"\b(?:lawmaker|legislator|parliamentarian|senator|MP)s?\b", re.I)
_MEMBER_OFFICE = re.compile(r"\b(?:member|senator|deputy|lawmaker|legislator|MP)\b(?!\s+(?:prime\s+)?minister)", re.I)


def _first_code(text: str) -> str | None:
    found = countries_in(text)
    return found[0][2] if found and found[0][0] == 0 else None


_BOTH_SIDES = re.compile(r"\b(?:the|both|two)\s+(?:sides|parties)\b|\b(?:two|both)\s+(?:countries|states|nations|governments|"
                         r"sides|leaders|presidents|ministers|heads of state)\b|\bbilateral\b|\bintergovernmental\b|"
                         # "As a result of political consultations, the final Protocol was signed": the event's talks
                         r"\b(?:as\s+a\s+result\s+of|following|after|during|at\s+the\s+end\s+of)\s+(?:the\s+)?"
                         r"(?:political\s+)?(?:consultations|talks|negotiations)\b", re.I)


# "between the foreign ministries of the two countries", "between the foreign affairs departments for 2024-2025"
_BODIES_OF_BOTH = re.compile(r"\bbetween\s+the\s+(?:(?P<body>foreign\s+ministries|ministries\s+of\s+foreign\s+affairs|"
                             r"parliaments|governments)\s+of\s+(?:the\s+two|both)\s+(?:countries|states)|"
                             r"(?P<departments>foreign\s+ministries|foreign\s+affairs\s+(?:departments|agencies|ministries)))\b",
                             re.I)
# "signed between the two countries’ senates": the body each side has
_BOTH_COUNTRIES_BODIES = re.compile(r"\bbetween\s+(?:the\s+)?(?:two|both)\s+(?:countries|states)['’]\s+"
                                    r"(?P<body>senates|parliaments|governments|foreign\s+ministries)\b", re.I)
_ONE_BODY = {"foreign ministries": "Ministry of Foreign Affairs", "ministries of foreign affairs": "Ministry of Foreign Affairs",
             "parliaments": "Parliament", "governments": "Government", "senates": "Senate",
             "foreign affairs departments": "Ministry of Foreign Affairs", "foreign affairs agencies": "Ministry of Foreign Affairs",
             "foreign affairs ministries": "Ministry of Foreign Affairs"}


def _each_states(body: str, codes: list[str]) -> list[str]:
    """'Ministry of Foreign Affairs' of UZ and US -> '… of Uzbekistan', '… of the United States'."""
    states = [english_name(code) for code in codes]
    return [f"{body} of {'the ' if state.startswith(('United', 'Republic', 'Kingdom')) else ''}{state}" for state in states]


def _bodies_of_both_sides(doc: documents.DocMention) -> None:
    """'… between the foreign ministries of the two countries' signed by Uzbekistan and Kyrgyzstan: the parties are
    each country's ministry, not the states."""
    bodies = _BODIES_OF_BOTH.search(doc.title)
    codes = [country_code(party) for party in doc.parties]
    if not bodies or len(codes) != 2 or not all(codes):
        return
    doc.parties = _each_states(_one_body(bodies), [code or "" for code in codes])


def _one_body(bodies: re.Match[str]) -> str:
    """The body each side has of the plural a text names: "the foreign ministries" → 'Ministry of Foreign Affairs'."""
    body = bodies.groupdict().get("body") or bodies.groupdict().get("departments") or ""
    return _ONE_BODY[re.sub(r"\s+", " ", body.lower())]


def _one_plural_body_each(doc: documents.DocMention, event_countries: list[str]) -> None:
    """'a program between the Ministries of Foreign Affairs' of an event between Uzbekistan and Türkiye: each side's
    ministry ('Ministry of Foreign Affairs of Uzbekistan', '… of Türkiye'), the way the sides sign it."""
    [party] = doc.parties
    if not PLURAL_BODY.fullmatch(party) or countries_in(party):
        return
    doc.parties = _each_states(one_body_of_each(party), event_countries)
    doc.why.append("parties: each side's body of the plural the title names")


def _fill_parties(context: Context, docs: list[documents.DocMention], event_countries: list[str]) -> None:
    """'The parties are expected to sign ...': the sides are the event's two countries, when the sentence
    says so ('the sides', 'the two countries'); parties are never taken from the article at large."""
    for doc in docs:
        if len(doc.parties) == 1 and len(event_countries) == 2:
            _one_plural_body_each(doc, event_countries)
        if len(doc.parties) == 1 and len(event_countries) == 2:
            _both_sides_the_title_names(doc, event_countries)
        if not doc.parties and len(event_countries) == 2:
            _parties_from_the_sides(context, doc, event_countries)
        _bodies_of_both_sides(doc)


def _signed_in_the_headline(context: Context, resolve_party: t.Callable[[str], str | None], known: list[str],
                             event_type: str) -> list[documents.DocMention]:
    """'Ukraine, US sign Memorandum on cooperation between parliaments' over a body that tells only 'the signing of
    the document': the one signing the text reports is the headline's. The headline is read as the first sentence of
    the same text, so every offset stays the article's."""
    headline = context.article.headline or ""
    start = context.text.find(headline) if headline else -1
    if start < 0 or not re.search(r"\b(?:sign|signs|signed|ink|inks|inked)\b", headline, re.I):
        return []
    with_headline = Context.of(replace(context.article, body_offset=start, headline=None))
    return [mention for mention in documents.find_documents(with_headline, resolve_party, known, event_type)
            if mention.status is None and start <= mention.start < start + len(headline)]


def _parties_of_people_who_signed(context: Context, docs: list[documents.DocMention],
                                  candidates: list[people.Candidate]) -> None:
    """'Nurtleu and Meredov signed a cooperation program', 'President Park and her Mongolian counterpart, Elbegdorj,
    signed three MoUs': the sides are the signers' countries, never their names, and every signer's side counts."""
    for doc in docs:
        if doc.status is not None:
            continue
        sentence = context.sentence_at(doc.start)
        verbs = list(re.finditer(r"\b(?:signed|inked)\b", context.text[sentence.start:doc.start]))
        if not verbs:
            continue
        signed_at = sentence.start + verbs[-1].start()
        signers = [p for p in candidates if p.participant and
                   any(sentence.start <= m.start < signed_at and not m.in_quote for m in p.mentions)]
        codes = list(dict.fromkeys(p.country for p in signers))
        if not signers or not all(codes):
            continue  # a signer whose side is unknown: the parties stay as read
        names = [party for party in doc.parties if any(people.same_person(party.split(), p.tokens) for p in signers)]
        read = [country_code(party) for party in doc.parties]
        if names or (read and all(read) and set(read) < set(codes)):
            doc.parties = [english_name(t.cast(str, code)) for code in codes]
            doc.why.append("parties: the countries of the people who signed")


def _both_sides_the_title_names(doc: documents.DocMention, event_countries: list[str]) -> None:
    """'The minister and his Kazakh counterpart signed a plan between the foreign ministries of the two countries':
    one signer's country found, the title names both sides' bodies."""
    bodies = _BODIES_OF_BOTH.search(doc.title)
    if bodies and bodies.group("body") and country_code(doc.parties[0]) in event_countries:
        doc.parties = _each_states(_one_body(bodies), event_countries)
        doc.why.append("parties: each side's body the title names")


_MAYOR_OF_A_CITY = re.compile(r"(?:(?P<before>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:Mayor|City\s+Mayor|Akim|Hokim)|"
                          r"(?:Mayor|Akim|Hokim)\s+of\s+(?:the\s+city\s+of\s+)?(?P<after>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))")


def _city_of_office(title: str | None) -> str | None:
    """The city whose mayor (akim, hokim) the office names: 'Bishkek Mayor', 'Mayor of Kuala Lumpur'."""
    office = _MAYOR_OF_A_CITY.fullmatch(title or "")
    city = office and (office.group("before") or office.group("after"))
    return city if city and city.lower() in CITY_TO_COUNTRY else None


def _parties_of_the_signatories(docs: list[documents.DocMention], participants: list[Person],
                                mentioned: list[Person]) -> None:
    """'The agreement was signed by Peruvian Foreign Minister A and her Colombian counterpart B': a document whose
    sides the text leaves out is between the countries of the two who signed it (an earlier one's too: "the Treaty
    was signed by Turkey's eighth President A and Kyrgyzstan's first President B in 1997")."""
    country_of = {fold(p.name): p.country for p in participants if p.name}
    city_of = {fold(p.name): _city_of_office(p.title) for p in participants if p.name}
    for doc in docs:
        signers = country_of if doc.status is None else \
            {**country_of, **{fold(p.name): p.country for p in mentioned if p.name}}
        codes = [signers.get(fold(name)) for name in doc.signatories]
        if doc.parties or len(codes) < 2 or not all(codes) or len(set(codes)) != len(codes):
            continue
        cities = [city_of.get(fold(name)) for name in doc.signatories]
        if all(cities) and len(set(cities)) == len(cities):  # "Bishkek Mayor A and Kuala Lumpur Mayor B signed": the cities
            doc.parties = t.cast(list[str], cities)
            doc.why.append("parties: the cities of the mayors who signed")
            continue
        doc.parties = [english_name(t.cast(str, code)) for code in codes]
        doc.why.append("parties: the countries of the signatories")


def _the_hosts_country(context: Context, candidates: list[people.Candidate]) -> Location | None:
    """"On March 17, Foreign Minister X welcomed the Foreign Minister of Lithuania Y": a meeting the text places
    nowhere took place in the country of the one who welcomed, received or hosted the guest (the city stays unknown)."""
    lead = context.lead()
    if lead is None:
        return None
    for host in candidates:
        mention = next((m for m in host.mentions if m.sentence.start == lead.start), None)
        welcomed = _WELCOMED.match(context.text, mention.end, lead.end) if mention else None
        if mention is None or welcomed is None or not host.participant or not host.country:
            continue
        guests = [p.country for p in candidates if p is not host and p.participant
                  and any(welcomed.end() <= m.start < lead.end for m in p.mentions)]
        if guests and all(country and country != host.country for country in guests):
            return Location(None, host.country, context.evidence(mention.start, welcomed.end()),
                            why="the country of the one who welcomed the guest")
    return _the_country_of_the_one_who_welcomed_them(context, candidates)


_CALLED_ON = re.compile(r"\b(?:called|calls|calling|paid\s+(?:a\s+)?(?:courtesy\s+)?calls?)\s+on\b")


def _the_country_called_on(context: Context, candidates: list[people.Candidate]) -> Location | None:
    """"Mr. Birla called on President X, Prime Minister Y and the Speaker Z": a guest calls on his hosts in their
    country, when all those he called on are of one country and he is of another."""
    for sentence in context.sentences:
        call = _CALLED_ON.search(sentence.text)
        if call is None or context.in_quote(sentence.start + call.start()):
            continue
        at = sentence.start + call.start()
        named = [(p, m) for p in candidates if p.participant for m in p.mentions if m.sentence.start == sentence.start]
        guests = {p.country for p, m in named if m.start < at}
        hosts = {p.country for p, m in named if m.start > at}
        if len(hosts) == 1 and None not in hosts and guests and None not in guests and not guests & hosts:
            return Location(None, hosts.pop(), context.evidence(at, sentence.end),
                            why="the country of those the guest called on")
    return None


def _the_country_of_the_one_who_welcomed_them(context: Context, candidates: list[people.Candidate]) -> Location | None:
    """"The visit of the President of Iceland … The guest was welcomed by X, Speaker, Parliament of Finland": the guest of
    the lead, welcomed by a host of another country in the next sentence."""
    if len(context.sentences) < 2:
        return None
    lead, following = context.sentences[:2]
    for host in candidates:
        mention = next((m for m in host.mentions if m.sentence.start == following.start), None)
        if mention is None or not host.participant or not host.country or \
                not _WELCOMED_BY.search(context.text, following.start, mention.start):
            continue
        guests = [p.country for p in candidates if p is not host and p.participant
                  and any(m.sentence.start == lead.start for m in p.mentions)]
        if guests and all(country and country != host.country for country in guests):
            return Location(None, host.country, context.evidence(following.start, mention.end),
                            why="the country of the one who welcomed the guest")
    return _the_thanked_hosts_country(context, candidates)


# "the Prime Minister of Mongolia expressed his gratitude to the First President of Kazakhstan for the warm welcome"
_THANKED_FOR_THE_WELCOME = re.compile(
    r"\b(?:thanked|(?:expressed|extended|conveyed)\s+(?:his|her|their)\s+(?:sincere\s+|deep\s+|profound\s+)?"
    r"(?:gratitude|appreciation|thanks)\s+to|(?:is|was|were)\s+grateful\s+to)\s+(?P<host>[^.;]{3,90}?)\s+for\s+"
    # ('for his “warm welcome”': the guest's own words in marks)
    r"(?:the|his|her|their|a)\s+[“\"«]?(?:(?:warm|cordial|kind|generous|traditional|gracious|friendly)\s+(?:and\s+)?)*"
    r"(?:welcome|hospitality|reception)\b", re.I)


def _named_in(name: str, words: str) -> bool:
    """'Shavkat Mirziyoyev' in 'Mirziyoyev' or in 'President Shavkat Mirziyoyev': the person, by full name or surname."""
    return name in words or name.split()[-1] in re.findall(r"[\w’'-]+", words)


def _the_thanked_hosts_country(context: Context, candidates: list[people.Candidate]) -> Location | None:
    """A guest thanks the host for the welcome: the meeting was in the host's country, when the host is a participant
    of one country and the guests of another."""
    participants = {p.country for p in candidates if p.participant and p.country}
    for sentence in context.sentences:
        thanked = _THANKED_FOR_THE_WELCOME.search(sentence.text)
        if thanked is None or context.in_quote(sentence.start + thanked.start()):
            continue
        hosts = {code for _, _, code in countries_in(thanked.group("host"))} | \
            {p.country for p in candidates if p.participant and p.country and p.name and _named_in(p.name, thanked.group("host"))}
        if len(hosts) == 1 and hosts <= participants and len(participants) >= 2:
            start = sentence.start + thanked.start()
            return Location(None, hosts.pop(), context.evidence(start, sentence.start + thanked.end()),
                            why="the country of the host the guest thanked for the welcome")
    return None


def _the_one_who_received(context: Context, candidates: list[people.Candidate]) -> str | None:
    """"President X received the Executive Director Y", "X welcomed Y": the lead's host, when the other participants
    are all named after the verb."""
    lead = context.lead()
    participants = [person for person in candidates if person.participant and person.name]
    if lead is None or len(participants) < 2:
        return None
    first = min(participants, key=lambda person: min((m.start for m in person.mentions), default=len(context.text)))
    mention = next((m for m in first.mentions if m.sentence.start == lead.start and not m.in_quote), None)
    received = _WELCOMED.match(context.text, mention.end, lead.end) if mention else None
    if received is None:
        return None
    guests = [person for person in participants if person is not first]
    if all(any(received.end() <= m.start < lead.end for m in person.mentions) for person in guests):
        return first.name
    return None


# "The guest was welcomed by X": the host, after the guest
_WELCOMED_BY = re.compile(r"\b(?:was|were)\s+(?:warmly\s+|cordially\s+)?(?:welcomed|received|hosted|greeted)\s+by\s+"
                          r"(?:[A-Z][\w.’'-]*\s+){0,6}$")
# "X welcomed the Foreign Minister of Lithuania", "X on Monday received Y": the host, then the guest
_WELCOMED = re.compile(r"\s*,?\s*(?:on\s+\w+\s+|today\s+|yesterday\s+)?(?:welcomed|received|hosted)\s+(?!a\s|an\s|the\s+(?:delegation|"
                       r"group|participants|members)\b)", re.I)


def _the_host_mayors_city(facts: Facts) -> None:
    """Mayors meet in a country the text names, not its city: the city of the mayor of that country (a guess the
    confidence of its rule leaves for review)."""
    if not facts.location.country or facts.location.city:
        return
    cities = {city for person in facts.participants if (city := _city_of_office(person.title))
              and CITY_TO_COUNTRY.get(city.lower()) == facts.location.country}
    if len(cities) == 1:
        facts.location.city = cities.pop()
        facts.location.why = f"{facts.location.why}; city: the host mayor's"


_THE_TWO_CITIES = re.compile(r"\b(?:the\s+two|both|our|sister|twin)\s+cities\b|\b(?:sister|twin)[- ]cit(?:y|ies)\b", re.I)


def _cities_the_title_names(docs: list[documents.DocMention], participants: list[Person]) -> None:
    """'A memorandum between the two cities', signed by whoever: between the cities of the two mayors who meet."""
    cities = list(dict.fromkeys(city for p in participants if (city := _city_of_office(p.title))))
    if len(cities) != 2:
        return
    for doc in docs:
        if _THE_TWO_CITIES.search(doc.title or ""):
            doc.parties = cities
            doc.why.append("parties: the cities of the two mayors, which the title names")


def _parties_of_political_signatories(docs: list[documents.DocMention], participants: list[Person]) -> None:
    """'The protocol was signed by Kurtulmuş and Budaqov, deputy chairman of the New Azerbaijan Party': signed by
    officials of two political parties, a document is between those parties, not between their states."""
    parties_of = {fold(p.name): _without_possessor(p.organization) for p in participants
                  if p.name and p.organization and re.search(r"\bParty\b", p.organization)}
    for doc in docs:
        signers = [parties_of.get(fold(name)) for name in doc.signatories]
        if len(signers) >= 2 and all(signers) and len(set(signers)) == len(signers) and \
                all(country_code(party) for party in doc.parties):
            doc.parties = [party for party in signers if party]
            doc.why.append("parties: the political parties whose officials signed")


_COUNTRY_POSSESSIVE = re.compile(COUNTRY_POSSESSIVE)


def _without_possessor(name: str) -> str:
    """'Turkey’s Justice and Development (AK) Party': the party's own name, without its country."""
    owned = _COUNTRY_POSSESSIVE.match(name)
    return owned.group("body") if owned else name


def _parties_from_the_sides(context: Context, doc: documents.DocMention, event_countries: list[str]) -> None:
    sentence = context.sentence_at(doc.start)
    if documents.signed_by_business(context.text[sentence.start:doc.start]):
        return  # "Kazakh and Uzbek business leaders signed export agreements": firms' deals, not the states'
    owned = _BOTH_COUNTRIES_BODIES.search(sentence.text) or _BODIES_OF_BOTH.search(doc.title)
    if owned:  # "signed between the two countries’ senates", "a memorandum between the foreign ministries": each side's
        doc.parties = _each_states(_one_body(owned), event_countries)
        doc.why.append("parties: each side's body the sentence names")
    elif _BOTH_SIDES.search(sentence.text) or len(country_codes_in(sentence.text) & set(event_countries)) == 2:
        doc.parties = [english_name(code) for code in event_countries]
        doc.why.append("parties: the two sides the sentence refers to")
    elif _THE_JOINT_BODY.match(sentence.text) and _JOINT_BODY_NAMED.search(context.text, 0, sentence.start):
        # "The Commission has also adopted the Final Protocol" of the Ethio-Russia Intergovernmental Commission: its sides
        doc.parties = [english_name(code) for code in event_countries]
        doc.why.append("parties: the two sides of the joint commission that adopted it")
    elif _ITEMISING.match(sentence.text) and _BOTH_SIDES.search(_set_told_before(context, sentence)) or \
            documents.TOLD_BY_ORDINAL in doc.why and len(event_countries) == 2:  # "The first MoU is on …" of a set
        doc.parties = [english_name(code) for code in event_countries]
        doc.why.append("parties: the two sides of the set it is an item of")
    else:
        doc.why.append("parties not named in the sentence")


# "The Commission has also adopted …" after the text named a joint or intergovernmental commission of the two sides
_THE_JOINT_BODY = re.compile(r"The\s+(?:(?:Joint|Intergovernmental|Inter-governmental|Bilateral)\s+)?(?:Commission|Committee)\s+"
                             r"(?:has\s+|have\s+)?(?:also\s+)?(?:adopted|signed|approved|endorsed)\b")
_JOINT_BODY_NAMED = re.compile(r"\b(?:Joint|Intergovernmental|Inter-governmental|Bilateral)\s+(?:\w+\s+)?(?:Commission|Committee)\b")


# "Among the notable accords were …", "They include …": the items of a set of documents told before
_ITEMISING = re.compile(r"(?:Among\s+(?:them|these|those|the\s+(?:[\w-]+\s+){0,2}(?:documents|agreements|accords|deals|"
                        r"memoranda|ones))|(?:They|These|The\s+(?:[\w-]+\s+)?(?:documents|agreements|accords))\s+"
                        r"(?:include|included|are|were))\b")


def _set_told_before(context: Context, sentence: Sentence) -> str:
    """The nearest sentence before, of the last three, that names documents: the set an itemising sentence lists."""
    index = context.sentences.index(sentence)
    for before in reversed(context.sentences[max(0, index - 3):index]):
        if documents.DOC_NOUN.search(before.text):
            return before.text
    return ""


def _countries(context: Context, facts: Facts, docs: list[documents.DocMention],
               found: list[orgs.Org]) -> list[str]:
    """The sides (participants' and parties' countries) in order of first mention, then the host.
    Parties of a document signed on another occasion are no sides of this event, unless the event is its
    ratification: the ratified agreement's states are what the article is about."""
    codes = {p.country for p in facts.participants if p.country}
    for doc in docs:
        ratified_here = doc.status == "ratified" and facts.event_type == "ratification"
        if doc.status and not doc.status.startswith(("to be", "expected")) and not ratified_here:
            continue
        for party in doc.parties:
            code = country_code(party) or _org_country(found)(party)
            if code:
                codes.add(code)
    codes.update(_sides_met_as_a_group(context))
    first_seen: dict[str, int] = {}
    for _, position, code in ((s, e, c) for s, e, c in countries_in(context.text[context.lead_start:])):
        first_seen.setdefault(code, position)
    ordered = sorted(codes, key=lambda code: first_seen.get(code, len(context.text)))
    if facts.location.country and facts.location.country not in ordered:
        ordered.append(facts.location.country)
    return ordered


# "the delegation is meeting their colleagues from the Foreign Affairs Committees of the Latvian and Lithuanian
# parliaments to discuss …": the sides met, named by their countries and no one by name
_MET_COLLEAGUES_FROM = re.compile(r"\b(?:meets?|meeting|met|receive[sd]?|receiving|host(?:s|ed|ing)|welcome[sd]?|welcoming)\s+"
                                  r"(?:their|its|his|her|the)\s+(?:colleagues|counterparts|delegations?|guests)\s+from\s+"
                                  r"(?P<sides>[^.;]{3,120}?)(?=\s+(?:to|in\s+order\s+to|for|on|in|at)\s|[,.;]|$)")


def _sides_met_as_a_group(context: Context) -> list[str]:
    lead = context.lead()
    if lead is None or context.in_quote(lead.start):
        return []
    met = _MET_COLLEAGUES_FROM.search(lead.text)
    return [code for _, _, code in countries_in(met.group("sides"))] if met else []


def _signatories_take_part(candidates: list[people.Candidate], docs: list[documents.DocMention]) -> None:
    """'The signatures were put by A and B': who signs a document at the event takes part in it."""
    signers = {name for doc in docs if doc.status is None for name in doc.signatories}
    for person in candidates:
        if person.name in signers and not person.participant:
            person.participant, person.why = True, "signed a document at the event"


def _names_in(candidates: list[people.Candidate]) -> t.Callable[[int, int], list[str]]:
    def names(start: int, end: int) -> list[str]:
        hits = [(m.start, p.name) for p in candidates for m in p.mentions if start <= m.start < end]
        return [name for _, name in sorted(hits)]
    return names


def _writers(context: Context, candidates: list[people.Candidate]) -> set[str]:
    """People quoted only from what they wrote (a Facebook post) did not speak at the event."""
    writers = set()
    for person in candidates:
        spoke = False
        wrote = False
        for mention in person.mentions:
            after = context.text[mention.end:mention.sentence.end]
            if re.search(r"\b(?:wrote|posted|tweeted)\b|\bon (?:Facebook|Twitter|Telegram|Instagram)\b", after):
                wrote = True
            elif not mention.in_quote and not re.match(r"\s*,?\s*(?:the\s+)?[^.]*\b(?:wrote|posted)\b", after):
                spoke = spoke or bool(people.EVENT_TRIGGERS.search(mention.sentence.text) and
                                      not re.search(r"\bwrote\b", mention.sentence.text))
        if wrote and not spoke:
            writers.add(person.name)
    return writers


def _canonicalize(candidates: list[people.Candidate], termbase: t.Any) -> None:
    if termbase is None or not hasattr(termbase, "find"):
        return
    for person in candidates:
        try:
            entry = termbase.find(person.name, type="person")
        except TypeError:
            entry = termbase.find(person.name)
        except Exception:  # a broken termbase must not stop extraction
            entry = None
        canonical = getattr(entry, "en", None)
        if canonical and person.name not in getattr(termbase, "near_spellings", {}):
            person.name = canonical  # a name one letter off keeps its spelling: the briefing marks it for review


# -- quotes -------------------------------------------------------------------------------


# Other words for one office: "said the envoy" is the ambassador, "the Kazakh leader" the president.
_OFFICE_SYNONYMS = {
    "envoy": ("ambassador", "envoy"), "diplomat": ("ambassador", "envoy", "minister of foreign affairs", "foreign minister"),
    "leader": ("president", "leader", "prime minister", "chairman"), "premier": ("prime minister", "premier"),
    "speaker": ("speaker", "chairman", "chairwoman", "chair"), "chairman": ("chairman", "speaker", "chair"),
    "chair": ("chair", "chairman", "chairwoman", "chairperson", "speaker"),
    "counterpart": (), "ambassador": ("ambassador", "envoy"),
}
# an attribution that opens with a time or circumstance before its subject: "On March 8, after talks, ..."
_OPENING_PHRASE = re.compile(rf"(?:{MONTH_PATTERN}\s+\d|On|In|At|After|Following|During|Referring|Speaking|Commenting|"
                             r"Before|Addressing|Responding|Summing)\b")
# a parliament's presiding officer goes by any of these names
_PRESIDING = (*_OFFICE_SYNONYMS["chair"], "president")
_REPORT_WORDS = re.compile(r"\b(?:statement|report|press release|communiqu[eé]|announcement|press service|message|"
                           r"information)\b", re.I)


_A_PUBLICATION = re.compile(quotes.PUBLICATION, re.IGNORECASE)


_CAPITALIZED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w'’-]*)*")


def _spelled_out(acronym: str, text: str) -> str | None:
    """The name the text writes in full that ``acronym`` abbreviates ("SPA" for "the Saudi Press Agency"), a word
    for each letter; None when the text never spells it out."""
    for run in _CAPITALIZED_RUN.finditer(text):
        words = run.group(0).split()
        for first in range(len(words)):
            for last in range(first + 1, len(words)):
                name = " ".join(words[first:last + 1])
                initials = [word for word in words[first:last + 1] if word.lower() not in ("of", "for", "and", "on", "the")]
                if words[first][0] == acronym[0] and len(initials) == len(acronym) and orgs.acronym_matches(acronym, name):
                    return name
    return None


class SpeakerResolver:
    """Names the person or institution an attribution stands for ('said the envoy', 'the statement says').

    ``how`` tells, after each call, which rule resolved it: the name as written, a pronoun, an office,
    the institution that reports, a cited outlet; None when nothing fits.
    """

    def __init__(self, context: Context, candidates: list[people.Candidate], found: list[orgs.Org],
                 outlet: str | None = None) -> None:
        self.context = context
        self.candidates = candidates
        self.found = found
        self.ordered = sorted(candidates, key=lambda p: (not p.participant, p.first.start))
        self.home_country = OUTLET_COUNTRIES.get(outlet or "")
        self.how: str | None = None

    def __call__(self, phrase: str, offset: int) -> str | None:
        self.how = None
        opening = _OPENING_PHRASE.match(phrase or "")
        if opening and "," in phrase:  # "After talks with Y in Tashkent, the head of Z wrote:": the subject after the comma
            name, how = self._resolve(clean(phrase.rsplit(",", 1)[1]), offset)
            if name:
                self.how = how
                return name
        name, how = self._resolve(clean(phrase or ""), offset)
        if not name and "," in (phrase or ""):  # "In a post on X, MEA said": the speaker after the opening phrase
            name, how = self._resolve(clean(phrase.rsplit(",", 1)[1]), offset)
        self.how = how if name else None
        return name

    def _resolve(self, phrase: str, offset: int) -> tuple[str | None, str]:
        if not phrase:
            return None, ""
        # "DPM/FM": the Deputy Prime Minister and Foreign Minister, as the Thai foreign ministry writes its minister
        phrase = re.sub(r"\b(D?PM)/(FM)\b", r"\1 and \2", phrase)
        phrase = re.sub(r"\bDPM\b", "Deputy Prime Minister", phrase)
        phrase = re.sub(r"\bPM\b", "Prime Minister", re.sub(r"\bFM\b", "Foreign Minister", phrase))
        # "the top Turkmen diplomat", "the head of the Turkmen diplomacy": the foreign minister
        phrase = re.sub(r"\b(?:top|chief)\s+((?:[A-Z][\w-]*\s+)?)diplomat\b|"
                        r"\bhead\s+of\s+(?:the\s+)?((?:[A-Z][\w-]*\s+)?)diplomacy\b",
                        lambda m: f"{m.group(1) or m.group(2) or ''}Foreign Minister", phrase)
        # "the head of the Uzbekistan Foreign Ministry", "the head of the Ministry of Foreign Affairs": its minister
        phrase = re.sub(r"\bhead\s+of\s+(?:the\s+)?((?:[A-Z][\w-]*\s+){0,3})Ministry\b",
                        lambda m: f"{m.group(1)}Minister", phrase)
        # "the Japanese premier": that country's prime minister
        phrase = re.sub(r"\b[Pp]remier\b(?!\s+[A-Z])", "Prime Minister", phrase)
        # "the top Turkish lawmaker": the speaker of that country's parliament
        phrase = re.sub(r"\btop\s+((?:[A-Z][\w-]*\s+)?)(?:lawmaker|legislator|parliamentarian)\b",
                        lambda m: f"{m.group(1) or ''}Speaker", phrase)
        if _A_PUBLICATION.match(phrase):  # "according to the report published on Mirziyoyev's website": no person
            return None, "a publication, not a person"
        if _IMPERSONAL.fullmatch(phrase):  # "..., it was added": the source named in the attribution before
            source = self._source_before(offset)
            if source:
                return source, "an impersonal attribution: the source named before"
        candidates, found = self.candidates, self.found
        words = set(re.findall(r"[^\W\d_][\w'-]+", phrase.lower()))  # letters with marks too: "said Hằng"
        for person in candidates:
            if any(part in words for part in people.significant(tuple(person.tokens))):
                return person.name, "the name as written"
        for person in candidates:  # a variant spelling: "said Ashymbayev" for Maulen Ashimbayev
            if any(people.similar_words(part, word) for part in people.significant(tuple(person.tokens)) for word in words):
                return person.name, "a variant spelling of the name"
        glued = _glued_name(candidates, words)
        if glued:
            return glued, "the name as written, run together with the next word"
        if re.fullmatch(r"(?:he|she|they|him|her|them)", phrase.split()[0].lower()) or phrase.lower() in ("he", "she"):
            # "According to him, “…”": the object pronoun points back as the subject one does
            pronoun = {"him": "he", "her": "she", "them": "they"}.get(phrase.split()[0].lower(), phrase.split()[0].lower())
            if pronoun == "they" and self._two_opening(offset):
                return None, "a pronoun for two people together: no one speaker"
            subject = self._subject_before(offset, pronoun)
            if subject:
                return subject, "a pronoun: the subject of the sentence that leads to the quote"
            speaker = self._the_one_who_spoke(offset, pronoun)
            if speaker:
                return speaker, "a pronoun after a sentence naming two people: the one the text had speaking"
            reported = self._start_of_reported_speech(offset)
            if reported < offset:  # "According to him, … a meeting was held between X and Y. «…,» he said": not X or Y
                return _last_mentioned(candidates, reported, pronoun), \
                    "a pronoun after what the speaker was reported saying: the one named before it"
            return _last_mentioned(candidates, offset, pronoun), \
                "a pronoun: the participant named last before"
        low = phrase.lower()
        if _SOMEONE_UNNAMED.match(phrase):
            return None, "someone the text does not name"  # "A French official told AFP": never the French President
        if _WRITING.fullmatch(phrase.strip()):  # '"...," the post read': whoever the text had writing it
            author = self._author_before(offset)
            if author:
                return author, "the author of the post or letter, named before"
        if _PRESS_PRODUCT.fullmatch(phrase.strip()):  # '"...," the readout said': whose press unit put it out
            source = self._press_source_before(offset)
            if source:
                return source, "the press service or office that issued it, named before"
            announcer = self._announcer_before(offset)
            if announcer:  # "the White House announced …. “…,” the announcement said"
                return announcer, "the institution that announced it, named before"
        holder = self._office_of_institution(phrase)
        if holder:
            return holder, "the office as written"  # "the chair of the Council": the person, not the council
        if re.search(r"\b(?:ministry|press service|statement|message|office|embassy|agency|department|directorate|committee|"
                     r"akimat|administration|council|government|cabinet|report|press release|communiqu[eé])\b", low) and \
                not _HEAD_OF_STATE_OR_GOVERNMENT.search(low):  # "the head of government" is a person
            for org in found:
                if org.name.lower() in low:
                    return org.name, "the institution named"
            head = next((w for w in ("ministry", "embassy", "agency", "department", "directorate", "committee", "akimat",
                                     "council", "government", "cabinet", "parliament") if w in low), None)
            matches = [o for o in found if head and _of_kind(o.name, head)]
            named = country_codes_in(phrase)
            if named:  # "the press service of the Russian government": not the Kyrgyz one the text also names
                matches = [o for o in matches if named & country_codes_in(o.name)]
            if len(matches) == 1:
                return matches[0].name, "the one institution of that kind in the text"
            nearest = _named_last_before(self.context, matches, offset) if head == "parliament" else None
            if nearest:  # "the parliament's press service" after "the Armenian National Assembly", not Russia's
                return nearest, "the institution of that kind named last before"
            if _REPORT_WORDS.search(low):
                reporter = _reporting_institution(self.context, found)
                if reporter and (not named or named & country_codes_in(reporter)):
                    return reporter, "the institution the article reports from"
                owner = re.fullmatch(r"(?:the\s+)?(?:press\s+service|statement|website)\s+of\s+(?:the\s+)?(?P<body>.+)",
                                     phrase, re.IGNORECASE)
                if named and owner and head:  # "the press service of the Russian government": that body
                    return owner.group("body"), "the institution as written"
            elif head and len(phrase.split()) <= 8:
                named_before = _possessed_body_before(self.context.text, head, offset) if \
                    re.fullmatch(rf"(?:the\s+)?{head}", phrase.strip(), re.I) else None
                if named_before:  # '"…," the ministry said' after "South Korea's foreign ministry said Tuesday"
                    return named_before, "the institution of that kind named before"
                # "the embassy in Doha"; "the country's Communications Directorate": the body, not whose it is
                return re.sub(r"^(?:the|an?)\s+(?:(?:country|nation|state)['’]s\s+)?", "", phrase), "the institution as written"
            return None, ""
        acronym = re.fullmatch(r"(?:[Tt]he\s+)?([A-Z]{2,6})", phrase)
        body = next((o for o in found if acronym and (acronym.group(1) in o.acronyms or
                                                      orgs.acronym_matches(acronym.group(1), o.name))), None)
        if body:
            return body.name, "the institution's acronym"  # "MEA said" for the Ministry of External Affairs
        spelled = _spelled_out(acronym.group(1), self.context.text) if acronym else None
        holder = _office_holder(spelled, self.ordered, self.home_country, spelled_out=True) \
            if spelled and any(word.lower() in TITLE_HEADS for word in spelled.split()) else None
        if holder:  # "the EAM" after "External Affairs Minister X": the one holding that office
            return holder, "the office an acronym spells out"
        if spelled:
            return spelled, "the acronym of a name the text spells out"  # "SPA said" after "the Saudi Press Agency"
        if re.fullmatch(r"[A-Z][\w.-]+", phrase) and phrase.lower() not in ("he", "she", "they", "it"):
            if phrase.lower() in OUTLETS:
                return OUTLETS[phrase.lower()], "a cited agency or outlet"
            return phrase, "a single name as written, not a person of the text"
        # "..., the president said at talks with visiting Russian President X": X is the other side, not the speaker
        ordered = [p for p in self.ordered if not self._counterpart_named_with(p, offset)]
        office = _office_holder(phrase, ordered, self.home_country)
        if office:
            return office, "the office as written"
        head_of = _HEAD_OF_STATE_OR_GOVERNMENT.search(low)
        if head_of:  # "the Head of State noted": the one president (or the host's, when two are named)
            roles = ("president", "king", "emir", "sultan", "emperor") if head_of.group(1) == "state" else \
                ("prime minister", "premier", "chairman of the cabinet", "chairman of the government")
            holders = [p for p in ordered if p.participant and _heads(p, roles, head_of.group(1) == "state")]
            of_country = [p for p in holders if p.country in country_codes_in(phrase)]
            if of_country:  # "the Belarusian head of government"
                holders = of_country
            if len(holders) == 2 and self.home_country:
                holders = [p for p in holders if p.country == self.home_country]
            if len(holders) == 1:
                return holders[0].name, "the head of state or government named in the text"
        heads = [w for w in re.findall(r"[a-z]+", low) if w in TITLE_HEADS]
        named_countries = country_codes_in(phrase)
        if _A_LAWMAKER.search(phrase) and not heads:  # "the Russian lawmaker wrote": the one member of that parliament
            members = [p for p in ordered if _MEMBER_OFFICE.search(p.title or "")
                       and (not named_countries or p.country in named_countries)]
            if len(members) == 1:
                return members[0].name, "the one lawmaker of that country the text names"
        if heads:
            wanted: tuple[str, ...] = _OFFICE_SYNONYMS.get(heads[0], (heads[0],)) or (heads[0],)
            same_country = [p for p in ordered if not named_countries or p.country in named_countries]
            for person in same_country:
                title = (person.title or "").lower()
                if title and heads[0] in title.split() and all(w in title for w in re.findall(r"[a-z]{4,}", low)
                                                                if w not in ("said", "the")):
                    return person.name, "the office as written"
            # "the State Duma Speaker": of two speakers, the one whose office names that body
            body_words = [w.lower() for w in re.findall(r"\b[A-Z][a-z]{2,}", phrase) if w.lower() not in TITLE_HEADS
                          and not country_codes_in(w)]
            of_body = [p for p in same_country if body_words and all(
                w in " ".join(t.lower() for t in [p.title or "", *p.aliases]) for w in body_words)]
            if len(of_body) == 1 and offices.may_be_held_by(phrase, " ".join([of_body[0].title or "", *of_body[0].aliases])):
                return of_body[0].name, "the office as written, with its body"
            for person in same_country:
                titles = " ".join(t.lower() for t in [person.title or "", *person.aliases])
                if any(re.search(rf"\b{re.escape(w)}\b", titles) for w in wanted) and \
                        offices.may_be_held_by(phrase, titles):  # "the Prime Minister" is not the foreign minister
                    return person.name, "an office of the same kind"  # "the Uzbek President" is never the Kazakh one
            if named_countries and len(same_country) == 1 and \
                    offices.may_be_held_by(phrase, " ".join([same_country[0].title or "", *same_country[0].aliases])):
                return same_country[0].name, "the one person of that country"  # "the Kyrgyz Minister"
            unplaced = [p for p in ordered if p.participant and p.country is None and
                        (not p.title or heads[0] in p.title.lower())]
            if named_countries and not same_country and len(unplaced) == 1:
                # "Iran’s parliament speaker" when no one is placed in Iran: the one participant whose country
                # the text does not give, when the office does not contradict it
                return unplaced[0].name, "the one participant of unknown country"
            if len(ordered) == 1 < len(self.ordered):  # two people, one of them named as the one met
                return ordered[0].name, "the other side of the one the sentence names as met"
        return None, ""


    def _counterpart_named_with(self, person: people.Candidate, offset: int) -> bool:
        """The person is named, outside quotation marks, as the one met or talked with in the quote's sentence."""
        sentence = self.context.sentence_at(offset)
        return any(sentence.start <= m.start < sentence.end and not m.in_quote and
                   _MET_WITH.search(self.context.text, max(sentence.start, m.start - 60), m.start)
                   for m in person.mentions)

    def _office_of_institution(self, phrase: str) -> str | None:
        """'the chair of the Council of the Republic', 'the head of the Senate': an office named by the body
        it heads is the person who holds it, when exactly one person's title has that office and that body."""
        office = re.match(r"(?:the\s+)?(?P<head>[A-Za-z][a-z]+)\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)$", phrase) or \
            _BODY_THEN_OFFICE.fullmatch(phrase)  # "the standing committee chair"
        head = office.group("head").lower() if office else ""
        if not office or head not in TITLE_HEADS:
            return None
        wanted = _OFFICE_SYNONYMS.get(head, ()) or (head,)
        body = office.group("body").lower()
        holders = [p for p in self.ordered
                   if any(body in title.lower() and re.search(rf"\b(?:{'|'.join(map(re.escape, wanted))})", title.lower())
                          for title in [p.title or "", *p.aliases])]
        if not holders and head in _PRESIDING and _LEGISLATURE.search(body):
            # "the President of the National Assembly" is its Speaker ('Parliament Speaker of Armenia X')
            holders = [p for p in self.ordered if p.participant and any(
                re.search(rf"\b(?:{'|'.join(_PRESIDING)})\b", title.lower()) and
                not re.search(r"\b(?:deputy|vice)\b", title.lower()) and
                (_LEGISLATURE.search(title) or body in (p.organization or "").lower())
                for title in [p.title or "", *p.aliases])]
        return holders[0].name if len(holders) == 1 else None

    def _sentence_leading_to(self, offset: int) -> Sentence:
        """The sentence a quote at ``offset`` stands in, or the one before when the quote opens its sentence."""
        sentence = self.context.sentence_at(offset)
        if sentence.start >= offset - 1 and sentence.index > 0:
            return self.context.sentence_at(sentence.start - 2)
        return sentence

    def _start_of_reported_speech(self, offset: int) -> int:
        """Where the speaker's reported words before a quote at ``offset`` begin: the first of the sentences right
        before it that open with "According to him/her"; ``offset`` when none does."""
        sentence = self._sentence_leading_to(offset)
        start = offset
        while _ACCORDING_TO_PRONOUN.match(sentence.text):
            start = sentence.start
            if sentence.index == 0:
                break
            sentence = self.context.sentence_at(sentence.start - 2)
        return start

    def _the_one_who_spoke(self, offset: int, pronoun: str) -> str | None:
        """'… border, X told. The protocol was signed by X and Y. «…,» he said': when the sentence before names two
        people, the pronoun stands for the one the text has already speaking (a name then a speech verb)."""
        sentence = self._sentence_leading_to(offset)
        named = {p.name for p in self.candidates for m in p.mentions if sentence.start <= m.start < sentence.end}
        if len(named) < 2:
            return None
        text = self.context.text
        spoke = {p.name for p in self.candidates if p.participant and _fits_pronoun(p, pronoun)
                 for m in p.mentions if m.end <= offset and not m.in_quote and people.SPEECH_AFTER_NAME.match(text, m.end)}
        return next(iter(spoke)) if len(spoke) == 1 else None

    def _subject_before(self, offset: int, pronoun: str) -> str | None:
        """'The top Turkmen diplomat noted that he had spoken with Minister Y. "...," he pointed out': the
        pronoun stands for the subject of the sentence the quote is in, or of the one before when the quote
        opens its sentence; not for the last name (Y), which is an object."""
        sentence = self._sentence_leading_to(offset)
        opening = _SUBJECT_VERB.match(self.context.text, sentence.start, min(offset, sentence.end))
        if opening and opening.group("who").lower() == pronoun and sentence.index > 0:
            # 'Volynkin congratulated Babloyan. He pointed to "..."': the pronoun is the last sentence's subject
            sentence = self.context.sentence_at(sentence.start - 2)
            opening = _SUBJECT_VERB.match(self.context.text, sentence.start, sentence.end)
        if not opening:
            if _quote_attributed_to(pronoun).match(self.context.text, sentence.start, sentence.end) and sentence.index > 0:
                # '"We have a program," he said. "Of course, ...," he added.': the same speaker as the quote before
                return self._subject_before(sentence.start + 1, pronoun)
            return self._named_after_a_quote(sentence, pronoun) or self._person_opening(sentence, pronoun)
        if re.fullmatch(r"(?:he|she|they|it|the\s+(?:two\s+)?(?:sides|parties))", opening.group("who"), re.I):
            return None
        # "Speaker X in an interview with Y said he ...": the subject ends before its adverbial phrase
        who = _ADVERBIAL_IN_SUBJECT.split(opening.group("who"))[0]
        if pronoun == "they" and re.search(r"\band\b", who):
            return None  # "X and Y announced … “…,” they said in a joint statement": no one speaker
        name, _ = self._resolve(clean(who), sentence.start)
        person = next((p for p in self.candidates if p.name == name), None)
        if person is None or not _fits_pronoun(person, pronoun):
            return None
        return person.name

    def _named_after_a_quote(self, sentence: Sentence, pronoun: str) -> str | None:
        """'"…," Tokayev was quoted as saying during a meeting with Berdimuhamedow. He said …': the one whose name follows
        the quote and a verb of saying is the sentence's subject, not the last name in it."""
        text = self.context.text
        for person in self.candidates:
            for mention in person.mentions:
                if sentence.start <= mention.start < sentence.end and not mention.in_quote and \
                        re.search(r"[”\"»],?\s*$", text[max(sentence.start, mention.start - 4):mention.start]) and \
                        _SAID_AFTER_QUOTE.match(text, mention.end) and _fits_pronoun(person, pronoun):
                    return person.name
        return None

    def _person_opening(self, sentence: Sentence, pronoun: str) -> str | None:
        """'Spindelegger and his counterpart X signed ... He said: "..."', 'Speaker of the upper house X confirmed
        ...': the person whose name, or office before it, opens the sentence before is its subject."""
        start = sentence.start + len(sentence.text) - len(sentence.text.lstrip(" \"“«'"))
        for person in self.candidates:  # "X will pay a visit to Y, X's aide Z said": Z speaks
            if any(sentence.start <= m.start < sentence.end and not m.in_quote and
                   people.SPEECH_AFTER_NAME.match(self.context.text, m.end) for m in person.mentions) and \
                    _fits_pronoun(person, pronoun):
                return person.name
        for person in self.candidates:
            if any(start in (m.start, m.title_start) and not m.in_quote for m in person.mentions) and \
                    _fits_pronoun(person, pronoun):
                return person.name
        return None

    def _two_opening(self, offset: int) -> bool:
        """'X and Y announced this … “…,” they said in a joint statement': the sentence before the quote's opens
        with two people, whom "they" stands for together."""
        sentence = self._sentence_leading_to(offset)
        start = sentence.start + len(sentence.text) - len(sentence.text.lstrip(" \"“«'"))
        opening = [m for p in self.candidates for m in p.mentions if start in (m.start, m.title_start) and not m.in_quote]
        return any(re.match(r",?\s+and\s", self.context.text[m.end:m.end + 6]) for m in opening)

    def _author_before(self, offset: int) -> str | None:
        """'Anwar, in a post on Facebook, said …' before '"…," the post read': the last person named writing."""
        for wrote in reversed(list(_WROTE.finditer(self.context.text, self.context.body_start, offset))):
            if not self.context.in_quote(wrote.start("who")):
                name, _ = self._resolve(clean(wrote.group("who")), wrote.start("who"))
                if name:
                    return name
        return None

    def _announcer_before(self, offset: int) -> str | None:
        """The institution the text had announcing or stating something last before ``offset``."""
        best: tuple[int, str] | None = None
        for org in self.found:
            for said in re.finditer(rf"\b{re.escape(org.name)}\s+(?:has\s+)?(?:announced|stated|said)\b", self.context.text[:offset]):
                if not self.context.in_quote(said.start()) and (best is None or said.start() > best[0]):
                    best = (said.start(), org.name)
        return best[1] if best else None

    def _press_source_before(self, offset: int) -> str | None:
        """The press service or office named last before ``offset`` outside quotation marks, by its owner
        ("the Uzbek Senate's press service" -> "Uzbek Senate"), its name ("press service Akorda") or as written
        ("the Mongolian presidential press office")."""
        text, best = self.context.text, None
        for pattern in _PRESS_SOURCES:
            for found in pattern.finditer(text, self.context.body_start, offset):
                if self.context.in_quote(found.start()):
                    continue
                if best is None or found.start() > best[0]:
                    best = (found.start(), clean(found.group("source")))
        owner = re.sub(r"^the\s+", "", best[1]) if best else ""
        if owner and owner.split()[0].lower() in TITLE_HEADS:
            return f"press service of the {owner}"  # "the press service of the President": his office speaks, not he
        return best[1] if best else None

    def _source_before(self, offset: int) -> str | None:
        """', Foreign Office spokesperson said in a press release.' before '"...," it was added': the source
        of the last attribution outside quotation marks, resolved."""
        text = self.context.text
        for said in reversed(list(_SOURCE_SAID.finditer(text, self.context.body_start, offset))):
            if self.context.in_quote(said.start("who")):
                continue
            who = clean(said.group("who"))
            name, _ = self._resolve(who, said.start("who"))
            if name:
                return name
            institution = re.match(r"(?:the\s+)?(?P<body>(?:[A-Z][\w’'-]*\s+){1,4}?(?:Office|Ministry|Embassy|Service|"
                                   r"Department|Administration|Government))\b", who)
            return institution.group("body") if institution else None
        return None


@functools.cache
def _quote_attributed_to(pronoun: str) -> re.Pattern[str]:
    """A sentence that is a quote attributed to ``pronoun``: '"...," he said.'"""
    return re.compile(rf"\s*[\"“«][^\"“”«»]{{1,600}}[\"”»]\s*,?\s*{pronoun}\s+(?:also\s+)?(?:{quotes.SPEECH_VERBS})\b", re.I)


# '"...," the post read', 'the letter said': a person's own writing, its author named earlier in the text
_WRITING = re.compile(r"(?:the|his|her)\s+(?:(?:social[\s-]+media|Facebook|Instagram|Telegram|X)\s+)?(?:post|tweet|letter)",
                      re.I)
# 'Anwar, in a post on Facebook, said', 'the minister wrote on X', 'posted on Telegram': who wrote it
_WROTE = re.compile(r"(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}),?\s+(?:in\s+an?\s+(?:[\w-]+\s+){0,2}"
                    r"(?:post|tweet|letter)\b|(?:wrote|posted|tweeted)\b)")
# '"...," the readout said', 'says the message', 'the press office stated': a press unit's text, no owner named
_PRESS_PRODUCT = re.compile(r"(?:the\s+)?(?:message|readout|statement|announcement|release|press\s+release|communiqu[eé]|"
                            r"press\s+(?:office|service))", re.I)
_PRESS_SOURCES = (
    # "the Uzbek Senate's press service": its owner
    re.compile(r"\b(?:the\s+)?(?P<source>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)['’]s\s+(?:official\s+)?press\s+(?:service|office)\b"),
    # "the press service of the Uzbek Foreign Ministry": its owner
    # ("… of the Belarusian government": the body's noun in lower case is part of it, never just "Belarusian")
    re.compile(r"\bpress\s+(?:service|office)\s+of\s+(?:the\s+)?(?P<source>[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,5}"
               r"(?:\s+(?:government|ministry|parliament|presidency|administration|senate|embassy|cabinet|president|prime\s+minister))?)"),
    # "presidential press service Akorda": its own name
    re.compile(r"\bpress\s+(?:service|office)\s+(?P<source>[A-Z][\w-]+)\b(?!\s+of\b)"),
    # "the Mongolian presidential press office", "Presidential press service reported": as written
    re.compile(r"\b(?P<source>(?:(?<=the\s)[A-Z][\w-]*\s+(?:presidential|government|parliamentary|foreign\s+ministry)|"
               r"(?:[A-Z][\w-]*\s+)?(?:Presidential|Government|Parliamentary))\s+press\s+(?:office|service))\b"),
)


# "it was added", "it was noted": an impersonal attribution
_IMPERSONAL = re.compile(r"it\s+(?:was|is|has\s+been)(?:\s+(?:also\s+)?(?:added|said|noted|stated|stressed|emphasi[sz]ed|"
                         r"underlined|reported|pointed\s+out))?", re.I)
# ", Foreign Office spokesperson said": a source named after its statement
_SOURCE_SAID = re.compile(r",\s+(?P<who>(?:the\s+)?[A-Z][^,.;:\"“”«»]{1,60}?)\s+(?:said|stated|noted|added|reported|"
                          r"announced|informed|told)\b")
# "in an interview with", "at a meeting with", "during the talks": an adverbial after a subject, before its verb
_ADVERBIAL_IN_SUBJECT = re.compile(r"\s+(?:in|at|during|after|on)\s+(?:an?|the|his|her|its|their)\s")

# "at talks with visiting Russian President ", "after meeting the Kazakh envoy ": the other side follows
_MET_WITH = re.compile(r"\b(?:with|met|meeting|received|receiving|hosted|hosting)\s+(?:the\s+|his\s+|her\s+)?"
                       r"(?:visiting\s+)?(?:[A-Z][\w’'-]*\s+|[a-z]+\s+(?=[A-Z])){0,5}$")


# the subject at a sentence's start and its verb: "The top Turkmen diplomat noted", "Meredov also stressed"
_SUBJECT_VERB = re.compile(rf"\W*{quotes.TURN_OPENING}"
                           # "Reciprocating his post, FM Saidov, posted on X that …": a participle's phrase first
                           r"(?:[A-Z][a-z]+ing\s[^,.;:\"“”«»]{1,60},\s*)?"
                           r"(?P<who>(?:the\s+)?[A-Z][^,.;:\"“”«»]{1,160}?),?\s+(?:also\s+|then\s+|further\s+)?"
                           r"(?:said|noted|stressed|emphasi[sz]ed|underlined|underscored|added|pointed\s+(?:out|to)|"
                           r"highlighted|stated|remarked|expressed|recalled|explained|told|spoke|thanked|welcomed|"
                           r"congratulated|greeted|posted|wrote|tweeted|"
                           # "Kazakhstan's president arrived in Turkey … He is scheduled to …": the one who acts
                           r"arrived|came|left|departed|travell?ed|began|started|paid|visited|met|received|invited|"
                           r"called|held|attended|chaired)\b")


# "the parliament's press service": the institution of that kind in the text
_LEGISLATURE = re.compile(r"\b(?:parliament|assembly|majlis|mazhilis|senate|kenesh|khural|duma|meclis|sejm|congress|"
                          r"council of the republic|house of representatives)\b", re.I)


def _of_kind(name: str, kind: str) -> bool:
    return bool(_LEGISLATURE.search(name)) if kind == "parliament" else kind in name.lower()


def _reporting_institution(context: Context, found: list[orgs.Org]) -> str | None:
    """'The Foreign Affairs Ministry of Russia reports today', 'the press service of the Kyrgyz Foreign Ministry
    reported': the institution whose statement or report the article relays."""
    text = context.text
    for org in found:
        for at in re.finditer(re.escape(org.name), text[context.body_start:]):
            start, end = context.body_start + at.start(), context.body_start + at.end()
            after = text[end:end + 40]
            before = text[max(0, start - 40):start]
            # ("Foreign Office (FO) said in a statement": its acronym between)
            if re.match(r"\s*(?:\([A-Z]{2,8}\)\s*)?(?:has\s+|have\s+)?(?:reports?|reported|informs?|informed|said|says|stated|"
                        r"announced)\b|"
                        r"['’]s\s+(?:press\s+service|statement)|\s+press\s+service\b", after) or \
                    re.search(r"\b(?:press\s+service|statement|website|according\s+to)\s+(?:of\s+)?(?:the\s+)?$", before):
                return org.name
    # "..., the EU delegation to Uzbekistan said on Wednesday": a mission no list of institutions names
    mission = _MISSION_REPORTS.search(text, context.body_start)
    if mission:
        return mission.group("body")
    # "..., the parliament's press service reported": a press service named by its institution's kind
    # "according to the parliament's official website": the same, by its website or statement
    for cited in re.finditer(r"\bthe\s+(?P<kind>parliament|ministry|embassy|government)['’]s\s+(?:official\s+)?"
                             r"(?:press\s+service|website|statement|web\s+site)\b",
                             text[context.body_start:]):
        kind = [o for o in found if _of_kind(o.name, cited.group("kind"))]
        if len(kind) == 1:
            return kind[0].name
        nearest = _named_last_before(context, kind, context.body_start + cited.start())
        if nearest:
            return nearest
    return None


# an office after the words of its body, written in lower case: "the standing committee chair", "the senate speaker"
_BODY_THEN_OFFICE = re.compile(r"(?:the\s+)?(?P<body>(?:[A-Za-z][a-z-]+\s+){1,4}?(?:committee|commission|senate|council|"
                               r"assembly|parliament|house|chamber|group|delegation|ministry))\s+(?P<head>[a-z]+)")
_MISSION_REPORTS = re.compile(r"\b(?:the\s+)?(?P<body>(?:[A-Z]{2,5}|[A-Z][a-z]+)\s+(?:[Dd]elegation|[Mm]ission|[Ee]mbassy)\s+"
                              r"(?:to|in)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:has\s+)?(?:said|reported|"
                              r"announced|stated|informed)\b")


def _named_last_before(context: Context, found: list[orgs.Org], offset: int) -> str | None:
    """Of several institutions, the one whose name comes last before ``offset``."""
    last: tuple[int, str] | None = None
    for org in found:
        at = context.text.rfind(org.name, context.body_start, offset)
        if at != -1 and (last is None or at > last[0]):
            last = (at, org.name)
    return last[1] if last else None


def _glued_name(candidates: list[people.Candidate], words: set[str]) -> str | None:
    """'said Nazarbayevaduring the meeting': a source that drops a space runs the name into the next word;
    the person whose surname is the longest start of such a word (Nazarbayeva, not Nazarbayev)."""
    best: tuple[int, str] | None = None
    for person in candidates:
        for part in people.significant(tuple(person.tokens)):
            if len(part) >= 5 and any(w.startswith(part) and len(w) > len(part) for w in words) and \
                    (best is None or len(part) > best[0]):
                best = (len(part), person.name)
    return best[1] if best else None


# "a French official", "an Uzbek diplomat", "one source": a person the text leaves unnamed
_SOMEONE_UNNAMED = re.compile(r"(?:an?|one|another)\s+(?:[\w-]+\s+){0,2}(?:official|diplomat|source|spokes(?:man|woman|person)|"
                              r"representative|officer|member|expert|analyst|observer|participant)s?\b", re.I)
_HEAD_OF_STATE_OR_GOVERNMENT = re.compile(r"\bhead\s+of\s+(state|government)\b")


def _possessed_body_before(text: str, head: str, offset: int) -> str | None:
    """The last body of this kind the text named with its owner before ``offset``: "South Korea's foreign ministry"."""
    named = list(re.finditer(rf"\b(?P<body>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+(?:[a-z]+\s+)?{head})\b", text[:offset]))
    return named[-1].group("body") if named else None


def _speaker_resolver(context: Context, candidates: list[people.Candidate],
                      found: list[orgs.Org], outlet: str | None = None) -> SpeakerResolver:
    return SpeakerResolver(context, candidates, found, outlet)


# '"…," Tokayev was quoted as saying', '"…," X said': a name after a closing quote mark, then a verb of saying
_SAID_AFTER_QUOTE = re.compile(rf"\s+(?:was|is)\s+quoted\b|{people.SPEECH_AFTER_NAME.pattern}")


_ACCORDING_TO_PRONOUN = re.compile(r"\W*According\s+to\s+(?:him|her)\b")


def _last_mentioned(candidates: list[people.Candidate], offset: int, pronoun: str = "") -> str | None:
    """'he said': the participant named last before the quote (people named in passing rarely speak);
    'she' prefers a woman's name ('Narbayeva'), 'he' a man's, when the text names both; a spokesperson named
    last ('according to spokesperson X. "...," she said') is the one who speaks, whoever took part."""
    named = [(m.start, p) for p in candidates for m in p.mentions if m.start < offset and not m.in_quote]
    if named:
        last = max(named, key=lambda pair: pair[0])[1]
        if people.SPOKESPERSON.search(last.title or ""):
            return last.name
    gendered = {"she": "spokeswoman", "he": "spokesman"}.get(pronoun)
    spoke = [(m.start, p) for p in candidates for m in p.mentions if m.start < offset and not m.in_quote
             and gendered and gendered in (p.title or "").lower()]
    if spoke:  # "revealed spokeswoman X … at the invitation of Y, she said. “…,” she noted": the spokeswoman
        return max(spoke, key=lambda pair: pair[0])[1].name
    for pool in ([p for p in candidates if p.participant], candidates):
        pool = [p for p in pool if _fits_pronoun(p, pronoun)] or pool
        before = [(m.start, p) for p in pool for m in p.mentions if m.start < offset and not m.in_quote]
        if before:
            return max(before, key=lambda pair: pair[0])[1].name
    return None


def _fits_pronoun(person: people.Candidate, pronoun: str) -> bool:
    """'he' is no woman's name and 'she' no man's; any other pronoun ('they', 'it') fits anyone."""
    if pronoun not in ("he", "she"):
        return True
    female = person.gender == "female" if person.gender else _female_name(person.tokens)  # what the text told, else the name
    return female == (pronoun == "she")


def _female_name(tokens: t.Sequence[str]) -> bool:
    """Surnames in -ova/-eva/-ina/-aya and the like are women's in the region's naming."""
    return any(re.search(r"(?:ova|eva|yeva|ina|aya|skaya|kyzy|qyzy)$", token.lower()) for token in tokens)


# "Chairman of the Armenian National Assembly", "President of the Senate": whoever presides over a parliament
_PRESIDES_OVER_A_CHAMBER = re.compile(
    r"^(?!.*\b(?:deputy|vice|first\s+deputy)\b)(?:[\w’'-]+\s+){0,2}?(?:speaker|chairman|chairwoman|chairperson|chair|president)"
    r"\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:parliament|senate|mazhilis|majilis|majlis|kenesh|khural|hural|duma|"
    r"national\s+assembly|sejm|seimas|saeima|riigikogu|knesset|bundestag|verkhovna\s+rada|"
    r"(?:house|chamber)\s+of\s+(?:representatives|deputies|lords|commons|councillors))\b", re.I)


def _office_holder(phrase: str, people_: list[people.Candidate], home: str | None,
                   spelled_out: bool = False) -> str | None:
    """'the Uzbek President' -> the person the text calls so; 'the President' -> the one of the outlet's
    country when two presidents are in the text (a domestic outlet calls its own head of state so)."""
    wanted = offices.normal_office(phrase)
    exact = [p for p in people_ if wanted in {offices.normal_office(o) for o in [p.title or "", *p.aliases]}]
    if not exact and spelled_out:  # "the EAM" for "Indian External Affairs Minister X": the office without its country
        exact = [p for p in people_ if wanted and wanted in {offices.normal_office(_office_without_country(o))
                                                              for o in [p.title or "", *p.aliases]}]
    if len(exact) == 1:
        return exact[0].name
    if re.fullmatch(r"(?:parliament(?:ary)?\s+)?speaker", wanted):
        presiding = [p for p in people_ if p.participant and _PRESIDES_OVER_A_CHAMBER.search(p.title or "")]
        if len(presiding) == 1:  # "the speaker" where one participant chairs a parliament or a chamber of it
            return presiding[0].name
    if countries_in(phrase) or not home:
        return None
    if any(word.lower() not in TITLE_HEADS for word in re.findall(r"\b[A-Z][a-z]{2,}", phrase)):
        return None  # "the State Duma Speaker" names the body: not the bare office a domestic outlet gives its own
    head = wanted.split()[-1] if wanted else ""
    holders = [p for p in people_ if p.participant and any(head in offices.normal_office(o).split()
                                                           for o in [p.title or "", *p.aliases])]
    home_holders = [p for p in holders if p.country == home]
    return home_holders[0].name if len(holders) > 1 and len(home_holders) == 1 else None


# -- planned events ----------------------------------------------------------------------------


def _planned_events(context: Context, facts: Facts, candidates: list[people.Candidate], found: list[orgs.Org],
                    docs: list[documents.DocMention],
                    subjects: dict[int, tuple[people.Candidate, int]]) -> list[PlannedEvent]:
    """Planned events, their actors resolved to people of the text as quote speakers are."""
    speaker = _speaker_resolver(context, candidates, found, facts.source_agency)

    def actor(phrase: str, offset: int) -> str | None:
        pronoun = phrase.strip().lower()
        sentence = context.sentence_at(offset)
        before = subjects.get(context.sentences[sentence.index - 1].start) if sentence.index > 0 else None
        if pronoun in ("he", "she") and before is not None and _fits_pronoun(before[0], pronoun):
            return before[0].name  # "Park will hold talks with A and B. He will also meet with C": Park goes on
        # "the Emperor of Japan will visit" is not the one Japanese person the text names: a guess made for
        # a speaker by country alone names no actor of a plan
        name = speaker(phrase, offset)
        return None if speaker.how == "the one person of that country" else name

    known = planned.Known(
        resolve=actor,
        participants=facts.participants,
        mentioned=facts.mentioned_people,
        institutions=[org.name for org in found],
        documents=[planned.Named(doc.start, doc.end, doc.title) for doc in docs if not doc.generic])
    events: list[PlannedEvent] = []
    for planned_event in planned.find_planned(context, facts.article_date, known):
        # one phrase found by two rules is one plan; one phrase naming two events ("a forum and a concert") or two
        # hosts ("to meet with A and B") is two
        if all((planned_event.text, planned_event.kind, planned_event.host) != (earlier.text, earlier.kind, earlier.host)
               for earlier in events):
            events.append(planned_event)
    return events


def _planned_summary(event: PlannedEvent) -> str:
    """'visit; who: the Mongolian delegation; objects: A, B | the Mongolian delegation plans to visit ...'."""
    place = ", ".join(part for part in (event.place, event.country) if part)
    fields = [("who", ", ".join(event.who)), ("host", event.host or ""), ("place", place), ("when", event.when or ""),
              ("objects", ", ".join(event.objects))]
    details = "".join(f"; {label}: {value}" for label, value in fields if value)
    return f"{event.kind}{details} | {event.text}"


# -- dates, areas, key points ----------------------------------------------------------------


def _set_date(context: Context, facts: Facts) -> None:
    result = dates.resolve_event_date(context, planned=facts.event_status == "planned")
    facts.event_date = result.date
    facts.event_date_partial = result.partial if result.date is None else None
    facts.event_date_end = result.last_day
    if result.date or result.partial:
        facts.confidence["event_date"] = _judged(*confidence.event_date(result.why))
    if result.date or result.partial:
        evidence = context.evidence(result.start, result.end)
        if context.dateline and result.start == context.dateline.start:
            evidence.sentence = context.dateline.text
        facts.evidence["event_date"] = evidence
    if result.warning:
        facts.warnings.append(result.warning)


def _set_areas(context: Context, facts: Facts, doc_mentions: list[documents.DocMention]) -> None:
    # between parliaments too, "inter-parliamentary ties" is an area the briefing lists (as annotators do)
    listed = areas.find_areas(context)
    for item, start, end, why in [*listed, *_fields_of_documents(context, {hit[0].lower() for hit in listed}, doc_mentions)]:
        facts.cooperation_areas.append(item)
        facts.evidence.setdefault("cooperation_areas", {})[item] = context.evidence(start, end)
        mapped = match_term(item, COOPERATION_AREAS) is not None or areas.is_area(item)
        facts.confidence.setdefault("cooperation_areas", {})[item] = _judged(*confidence.area(item, why, mapped))


# "agreements in the fields of energy and logistics, aimed at …": a participle opens a clause, no field
_PARTICIPLE_FIRST = re.compile(r"[a-z]+ed\b")


def _fields_of_documents(context: Context, listed: set[str],
                         doc_mentions: list[documents.DocMention]) -> list[tuple[str, int, int, str]]:
    """Fields the documents are named by ("agreements on air transport, road transport and agriculture") that no
    sentence lists as areas of cooperation: fields of cooperation all the same."""
    found = []
    for mention in doc_mentions:
        if mention.status == "signed earlier" and people.at_another_stop(context, context.sentence_at(mention.start), mention.start):
            continue  # "… the signing of over 20 agreements in petrochemicals" at another stop of a tour: not these talks'
        subject, called_fields = documents.fields_named(mention)
        for item in areas.split_items(subject or ""):
            start = context.text.find(item, mention.start)
            # "inter-chamber interparliamentary" after "interparliamentary": the same field, qualified once more
            told = item.lower() in listed or any(item.lower().endswith(f" {known}") and areas.ADJECTIVE_ENDING.search(known)
                                                 for known in listed)
            if told or start < 0 or areas.is_fragment(item) or len(item.split()) > 4 or _PARTICIPLE_FIRST.match(item) or \
                    not item[0].islower() or " between " in item or not (called_fields or areas.is_area(item)):
                continue
            listed.add(item.lower())
            found.append((item, start, start + len(item), areas.FIELD_OF_A_DOCUMENT))
        found.extend(_fields_of_a_named_document(context, listed, mention))
    return found


def _fields_of_a_named_document(context: Context, listed: set[str],
                                mention: documents.DocMention) -> list[tuple[str, int, int, str]]:
    """'Agreement on Scientific Cooperation between …' names the field 'scientific' when the vocabulary knows it."""
    named = documents.field_in_title(mention)
    lowered = context.text.lower()  # the name writes the field in capitals ("Scientific Cooperation")
    start = lowered.find(named, mention.start) if named else -1
    found = []
    for item in areas.split_items(named or ""):
        item = re.sub(r"\s+development$", "", item)  # "Roadmap for Tourism Development" is named by tourism
        if item in listed or start < 0 or len(item.split()) > 3 or not areas.is_area(item):
            continue
        at = lowered.find(item, start)
        listed.add(item)
        found.append((item, at, at + len(item), areas.FIELD_OF_A_NAMED_DOCUMENT))
    return found


def _set_key_points(context: Context, facts: Facts, docs: list[documents.DocMention]) -> None:
    """The lead, the signing sentence and a planned event: the main facts in the article's words."""
    chosen = []
    lead = context.lead()
    if lead:
        chosen.append(lead)
    signed = [d for d in docs if d.status is None and not d.in_quote]
    if signed:
        chosen.append(context.sentence_at(signed[0].start))
    referenced = [d for d in docs if d.status and not d.in_quote]
    if referenced:
        chosen.append(context.sentence_at(referenced[0].start))
    for planned_event in facts.planned_events:
        if planned_event.evidence:
            chosen.append(context.sentence_at(planned_event.evidence.start))
            break
    for sentence in context.sentences[1:4]:
        if len({s.start for s in chosen}) >= 2:
            break
        if not context.in_quote(sentence.start) and len(sentence.text.split()) > 6:
            chosen.append(sentence)
    seen: set[str] = set()
    unique = {s.start: s for s in chosen}
    for sentence in sorted(unique.values(), key=lambda s: s.start)[:4]:
        point = re.sub(r",\s*(?:[A-Z][\w.]*\s+){1,3}(?:correspondent\s+)?reports?(?:\s+via\s+[^.]*)?\.$", ".",
                       clean(sentence.text))
        point = re.sub(r"\s*\((?:the\s|[a-z])[^()]*\)", "", point)  # asides like "(the upper house of ...)"
        if point.lower() in seen or context.in_quote(sentence.start):
            continue
        seen.add(point.lower())
        facts.key_points.append(point)
        facts.evidence.setdefault("key_points", {})[point] = context.evidence(sentence.start, sentence.end)


# -- explain ------------------------------------------------------------------------------


def explain(facts: Facts, article: Article) -> str:
    """Each fact next to the sentence it came from, with how sure extraction is and why, for review.

    A fact marked for review starts with '!'; its confidence and the rule that found it follow it.
    """
    lines: list[str] = []

    def add(label: str, value: t.Any, evidence: Evidence | None, score: float | None = None,
            why: str | None = None, flagged: bool = False) -> None:
        source = f"\n      ← {evidence.sentence}" if evidence and evidence.sentence else "\n      ← (no evidence)"
        judged = f"  [{score:.2f}: {why or 'no reason given'}]" if score is not None else ""
        lines.append(f"{'!' if flagged else ' '} {label}: {value}{judged}{source}")

    def scalar(key: str) -> tuple[float | None, str | None, bool]:
        judgement = facts.confidence.get(key) or {}
        return judgement.get("confidence"), judgement.get("why"), bool(judgement.get("needs_review"))

    lines.append(f"Facts of {facts.source_path or 'the article'}")
    for key in ("event_date", "event_type", "event_status", "format", "source_agency"):
        value = getattr(facts, key)
        if key == "event_date" and value is None and facts.event_date_partial:
            value = facts.event_date_partial
        if value:
            add(key, value, facts.evidence.get(key), *scalar(key))
    location = facts.location
    if location.city or location.country:
        add("location", f"{location.city or '-'}, {location.country or '-'}", location.evidence,
            location.confidence, location.why, location.needs_review)
    for label, persons in (("participant", facts.participants), ("mentioned", facts.mentioned_people)):
        for person in persons:
            add(label, f"{person.name} ({person.title or 'no title'}; {person.country or '-'}; "
                       f"{person.organization or '-'})", person.evidence, person.confidence, person.why,
                person.needs_review)
    for label, docs in (("signed", facts.documents_signed), ("referenced", facts.documents_referenced)):
        for doc in docs:
            extra = f"; {doc.status}" if doc.status else ""
            add(f"document {label}", f"{doc.type}: {doc.title} [{' / '.join(doc.parties)}]{extra}", doc.evidence,
                doc.confidence, doc.why, doc.needs_review)
    for quote in facts.quotes:
        mark = "" if quote.marked else " (unmarked)"
        add("quote", f"{quote.speaker or 'unknown speaker'}{mark}: {quote.text[:80]}", quote.evidence,
            quote.confidence, quote.why, quote.needs_review)
    for planned_event in facts.planned_events:
        add("planned event", _planned_summary(planned_event), planned_event.evidence, planned_event.confidence,
            planned_event.why, planned_event.needs_review)
    for key in ("organizations", "cooperation_areas", "key_points"):
        spans = facts.evidence.get(key, {})
        judgements = facts.confidence.get(key, {})
        for item in getattr(facts, key):
            judgement = judgements.get(item) or {}
            add(key.rstrip("s").replace("_", " "), item, spans.get(item), judgement.get("confidence"),
                judgement.get("why"), bool(judgement.get("needs_review")))
    if facts.countries:
        lines.append(f"  countries: {', '.join(facts.countries)}")
    for warning in facts.warnings:
        lines.append(f"  warning: {warning}")
    if facts.needs_review:
        below = f" below {facts.review_below:.2f}" if facts.review_below is not None else ""
        lines.append(f"  {len(facts.needs_review)} fact(s) need review (marked '!', confidence{below})")
    return "\n".join(lines) + "\n"
