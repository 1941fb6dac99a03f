"""Russian agreement: a participle or adjective takes the gender and number of a phrase's head noun.

«Подписан меморандум», «подписано соглашение», «подписана дорожная карта», «подписаны
документы»: the head noun is the first noun in the nominative; pymorphy3 gives its gender
and number and inflects the word to match (OpenCorpora tags: masc, femn, neut, plur).
"""

from __future__ import annotations

import re
import typing as t

from briefing.grammar.kept import kept


def _analyzer() -> t.Any:
    """The process's one pymorphy3 analyzer, shared with the case grammar (loading one costs ~40 ms)."""
    from briefing.grammar.ru import morph_analyzer

    return morph_analyzer()


# the native attributes parliaments keep in Russian («Милли Меджлис», «Жогорку Кенеш», «Олий Мажлис»), which the
# dictionary does not know and would take for a plural or feminine noun
_FOREIGN_ATTRIBUTES = frozenset({"милли", "жогорку", "олий"})
# the native names of chambers, all masculine in Russian («Жогорку Кенеш принял», «Мажилис одобрил»)
_CHAMBER_NOUNS = frozenset({"кенеш", "хурал", "мажилис", "мажлис", "меджлис", "мейлис", "сабор", "курултай"})


@kept
def head_noun_tags(phrase: str) -> set[str]:
    """Gender or number of the phrase's head noun: {"masc"}, {"femn"}, {"neut"} or {"plur"}.

    A phrase opening with a number agrees by the number (Розенталь, § 185): «подписан 21 документ»,
    «подписаны 3 документа», «подписано 11 документов».
    """
    if re.match(r"\s*(?:более|свыше|около|менее|почти|примерно)\s+\d", phrase):
        return {"neut"}  # «подписано более 70 соглашений»: an approximate count takes the neuter singular
    counted = re.match(r"\s*(\d+|[а-я]+)\s", phrase)
    number = None
    if counted:
        from briefing.grammar.numerals import russian_count

        number = int(counted.group(1)) if counted.group(1).isdigit() else russian_count(counted.group(1))
    if counted and number is not None:  # «подписаны два соглашения» as «подписаны 2 соглашения»
        if number % 10 == 1 and number % 100 != 11:
            return head_noun_tags(phrase[counted.end():])
        return {"plur"} if 2 <= number % 10 <= 4 and not 12 <= number % 100 <= 14 else {"neut"}
    adjective_plural = False  # «совместные коммюнике»: an indeclinable noun's number is its adjective's
    for word in re.findall(r"[А-Яа-яЁё-]+", phrase):
        if word.lower() in _FOREIGN_ATTRIBUTES:
            continue  # «Милли Меджлис», «Жогорку Кенеш»: the chamber's noun comes after its native attribute
        if word.lower() in _CHAMBER_NOUNS:
            return {"masc"}  # «Кенеш», which the dictionary guesses feminine
        parses = _analyzer().parse(word.lower())
        for parse in parses:
            tag = parse.tag
            if tag.POS == "NOUN" and tag.case == "nomn":
                if tag.number == "plur" or (adjective_plural and "Fixd" in tag):
                    return {"plur"}
                return {str(tag.gender)} if tag.gender else set()  # a plain string, not pymorphy's grammeme type
        adjective_plural = bool(parses) and parses[0].tag.POS == "ADJF" and parses[0].tag.number == "plur"
    return set()


@kept
def agree(word: str, phrase: str) -> str:
    """``word`` (a masculine singular form such as «подписан») agreeing with ``phrase``'s head noun."""
    return agree_with_tags(word, head_noun_tags(phrase))


def agree_with_tags(word: str, wanted: set[str] | frozenset[str] | None) -> str:
    """``word`` in the gender or number of ``wanted`` ({"femn"}, {"plur"} …): «представлял» → «представляла»."""
    if not wanted or wanted == {"masc"}:
        return word
    for parse in _analyzer().parse(word.lower()):
        if parse.tag.tense in ("pres", "futr"):  # «проходит» → «проходят»: a present verb has no gender
            inflected = parse.inflect({"plur"}) if wanted == {"plur"} else parse
        elif parse.tag.case:  # a full adjective keeps the nominative («совместная»), never the accusative
            inflected = parse.inflect(wanted | {"nomn"})
        else:
            inflected = parse.inflect(wanted)
        if inflected is not None:
            return _same_case(word, inflected.word)
    return word


def _same_case(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word
