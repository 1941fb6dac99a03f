"""English names → Cyrillic by the Russian practical transcription of English.

English spelling is far from its sound, so a letter-by-letter reading gives «Жохн» for John. The
Russian press writes English names as they sound (Д. И. Ермолович, «Имена собственные на стыке
языков и культур», 2001; Гиляревский and Старостин's English table): j дж, th т, ph ф, sh ш,
ch ч, oo у, ee and ea и, ai and ay ей, ou and ow ау, au and aw о, a final e is silent and makes
the vowel before it long (Blake → Блейк, White → Уайт, Stone → Стоун), w before a vowel у, a final
y or ey и, er and ur before a consonant ер, u before two consonants а (Hunt → Хант, Russell →
Рассел), h after a vowel silent (Zimdahl → Зимдал). Given names, which the rules cannot all reach,
come from a table of their established forms (Michael → Майкл, Jennifer → Дженнифер); the table
also tells women's names, which a Russian text does not decline when they end in a consonant.

Kazakh writes English names as Russian does (Akorda «Энтони Блинкен»); Mongolian writes ж for дж
(«Жо Байден»). A name is read as English when its country is an English-speaking one or its given
name is in the table. Every result is a candidate for review.
"""

from __future__ import annotations

import re

from briefing.names._text import LATIN_WORD, match_case, mongolian_j, sub_words

SYSTEM = "english"

# Given names with an established Russian form; "f" marks a woman's name.
_GIVEN = """
john Джон; james Джеймс; robert Роберт; michael Майкл; william Уильям; david Дэвид; richard Ричард;
joseph Джозеф; thomas Томас; charles Чарльз; christopher Кристофер; daniel Дэниел; matthew Мэтью;
anthony Энтони; antony Энтони; mark Марк; donald Дональд; steven Стивен; stephen Стивен; paul Пол;
andrew Эндрю; joshua Джошуа; kenneth Кеннет; kevin Кевин; brian Брайан; george Джордж; timothy Тимоти;
ronald Рональд; edward Эдвард; jason Джейсон; jeffrey Джеффри; ryan Райан; jacob Джейкоб; gary Гэри;
nicholas Николас; eric Эрик; jonathan Джонатан; larry Ларри; justin Джастин; scott Скотт; brandon Брэндон;
benjamin Бенджамин; samuel Сэмюэл; gregory Грегори; frank Фрэнк; patrick Патрик; raymond Реймонд;
jack Джек; dennis Деннис; jerry Джерри; henry Генри; adam Адам; douglas Дуглас; nathan Натан; peter Питер;
walter Уолтер; harold Гарольд; jeremy Джереми; keith Кит; roger Роджер; gerald Джеральд; sean Шон;
arthur Артур; lawrence Лоуренс; joe Джо; bruce Брюс; alan Алан; philip Филип; phillip Филип; tony Тони;
gordon Гордон; boris Борис; keir Кир; rishi Риши; hugh Хью; ian Иэн; neil Нил; graham Грэм; simon Саймон;
oliver Оливер; mike Майк; bill Билл; bob Боб; jim Джим; tom Том; dan Дэн; ben Бен; nick Ник;
matt Мэтт; chris Крис; steve Стив; dave Дейв; greg Грег; jon Джон; jake Джейк; lloyd Ллойд; dominic Доминик;
lindsay Линдси; kurt Курт; marco Марко; ted Тед; chuck Чак; mitch Митч; lindsey Линдси; jared Джаред;
mary Мэри f; patricia Патриция f; jennifer Дженнифер f; linda Линда f; elizabeth Элизабет f; barbara Барбара f;
susan Сьюзан f; jessica Джессика f; sarah Сара f; karen Карен f; nancy Нэнси f; lisa Лиза f; betty Бетти f;
margaret Маргарет f; mabel Мейбл f; sandra Сандра f; ashley Эшли f; kimberly Кимберли f; emily Эмили f; donna Донна f;
michelle Мишель f; carol Кэрол f; amanda Аманда f; melissa Мелисса f; deborah Дебора f; stephanie Стефани f;
rebecca Ребекка f; sharon Шэрон f; laura Лора f; cynthia Синтия f; kathleen Кэтлин f; amy Эми f; helen Хелен f;
anna Анна f; angela Анджела f; nicole Николь f; emma Эмма f; samantha Саманта f; katherine Кэтрин f;
catherine Кэтрин f; kathryn Кэтрин f; christine Кристин f; rachel Рейчел f; carolyn Кэролин f; janet Джанет f;
ruth Рут f; heather Хизер f; diane Дайан f; julie Джули f; joyce Джойс f; victoria Виктория f; kelly Келли f;
christina Кристина f; lauren Лорен f; joan Джоан f; judith Джудит f; megan Меган f; andrea Андреа f;
hannah Ханна f; jacqueline Жаклин f; ann Энн f; anne Энн f; jane Джейн f; alice Элис f; julia Джулия f;
grace Грейс f; sophie Софи f; charlotte Шарлотта f; kate Кейт f; caroline Кэролайн f; lynne Линн f;
lynn Линн f; theresa Тереза f; teresa Тереза f; hillary Хиллари f; kamala Камала f; penny Пенни f;
priti Прити f; liz Лиз f; suella Суэлла f; rosemary Розмари f; wendy Уэнди f; tracey Трейси f; kristi Кристи f;
gina Джина f; condoleezza Кондолиза f; madeleine Мадлен f; kristin Кристин f;
shirley Ширли f; belinda Белинда f; yasmin Ясмин f; jasmine Жасмин f; salome Саломе f;
aishath Аишат f; shirin Ширин f; hasina Хасина f; khaleda Халеда f;
loretta Лоретта f; marilyn Мэрилин f; evelyn Эвелин f; jocelyn Джоселин f; robyn Робин f; gwendolyn Гвендолин f; kaitlyn Кейтлин f;
mia Миа f; amor Амор f; billie Билли f; kamina Камина f; hanna Ханна f; portia Порция f; kerrie Керри;
"""
GIVEN_NAMES: dict[str, str] = {}
WOMEN: set[str] = set()  # the women's names, Latin and Cyrillic, lower case
for _entry in filter(None, (item.strip() for item in _GIVEN.split(";"))):
    _latin, _cyrillic, *_mark = _entry.split()
    GIVEN_NAMES[_latin] = _cyrillic
    if _mark == ["f"]:
        WOMEN.update({_latin, _cyrillic.lower()})

# ... and the Commonwealth Caribbean, whose names are English names (Johnson, Mottley, Symmonds)
ENGLISH_SPEAKING = frozenset({"US", "GB", "CA", "AU", "NZ", "IE", "JM", "BB", "TT", "BS", "BZ", "GY", "AG", "DM", "GD",
                              "KN", "LC", "VC"})

# Ordered rules: (pattern on the lower-case word, Cyrillic); each rule consumes what it matches.
_RULES: tuple[tuple[str, str], ...] = (
    (r"^kn", "н"), (r"^wr", "р"), (r"^wh", "у"), (r"^ps", "с"), (r"^young", "янг"), (r"^woo", "ву"),
    (r"jack", "джек"), (r"owe", "ауэ"), (r"dg(?=e|s)", "дж"),  # Hodgson, Bridges → Ходжсон, Бриджес
    (r"tch", "ч"), (r"sch", "ш"), (r"sh", "ш"), (r"ch", "ч"), (r"ph", "ф"), (r"th", "т"), (r"ck", "к"),
    (r"qu", "кв"), (r"igh", "ай"), (r"gh(?=t|$)", ""), (r"x", "кс"), (r"j", "дж"),
    (r"oo", "у"), (r"ee", "и"), (r"ea", "и"), (r"ai|ay", "ей"), (r"ey$", "и"), (r"ei|ey", "ей"),
    (r"oa", "о"), (r"oe$", "о"), (r"ou|ow(?=$|n|l)", "ау"), (r"ow", "оу"), (r"au|aw", "о"), (r"oi|oy", "ой"),
    (r"ie$", "и"), (r"(?<=g)u(?=[ei])", ""), (r"ue$", "ью"),  # Valerie, Viguerie → Вигери
    # a silent final e lengthens the vowel before it: Blake, White, Stone
    (r"a(?=[bcdfgklmnprstvz]e$)", "ей"), (r"i(?=[bcdfgklmnprstvz]e$)", "ай"), (r"o(?=[bcdfgklmnprstvz]e$)", "оу"),
    (r"(?<=[bcdfghklmnprstvz])e$", ""),
    (r"(?<=[bcdfgklmnpstvz])[eu]r(?=[bcdfgklmnpstvz])", "ер"),
    (r"u(?=(?:bb|dd|ff|gg|ll|mm|nn|pp|rr|ss|tt|nt|nd|mp|ng|st|sh)\b|(?:bb|dd|ff|gg|ll|mm|nn|pp|rr|ss|tt))", "а"),
    (r"^y(?=[aeiou])", "й"), (r"y(?=[aeiou])", "й"), (r"y", "и"),
    (r"w(?=[aeiouy])", "у"), (r"w", "у"), (r"(?<=[aeiou])h", ""), (r"^e", "э"), (r"^a", "э"),
    (r"c(?=[eiy])", "с"), (r"c", "к"), (r"q", "к"),
)
_DOUBLE_BEFORE_CONSONANT = re.compile(r"([bdfgklmnprstvz])\1(?=[bcdfgjklmnpqrstvwxz])")
_LETTERS = dict(zip("abdefghiklmnoprstuvz", "абдефгхиклмнопрстувз", strict=True))
_COMPILED = tuple((re.compile(pattern), cyrillic) for pattern, cyrillic in _RULES)


def is_english(text: str) -> bool:
    """A name whose first word is an English given name of the table (John Kirby, Jennifer Galt)."""
    words = LATIN_WORD.findall(text)
    return bool(words) and words[0].lower() in GIVEN_NAMES


def is_given_name(word: str) -> bool:
    """Whether a word (Latin or Cyrillic) is a given name of the table: «Кэролайн» is no Mongolian patronymic in -айн."""
    return word.lower() in GIVEN_NAMES or word.lower() in _CYRILLIC_GIVEN_NAMES


_CYRILLIC_GIVEN_NAMES = frozenset(form.lower() for form in GIVEN_NAMES.values())


def is_woman(given: str) -> bool:
    """Whether a given name (Latin or Cyrillic) is a woman's name of the table."""
    return given.lower() in WOMEN


def transliterate(text: str, rules: str) -> str:
    """``text`` (an English name) in Cyrillic for ``rules`` (ru, kk or mn)."""
    result = sub_words(text, _word)
    return mongolian_j(result) if rules == "mn" else result


def given_name(word: str) -> str | None:
    """The Russian form of an English given name the table knows ('Anthony' → 'Энтони'), else None."""
    form = GIVEN_NAMES.get(word.lower())
    return match_case(word, form.lower()) if form else None


def _word(word: str) -> str:
    low = word.lower()
    if low in GIVEN_NAMES:
        return match_case(word, GIVEN_NAMES[low].lower())
    low = _DOUBLE_BEFORE_CONSONANT.sub(r"\1", low)  # Lesslie → Лесли: a doubled consonant before another is one
    out, position = [], 0
    while position < len(low):
        for pattern, cyrillic in _COMPILED:
            found = pattern.match(low, position)
            if found and found.end() > position and (pattern.pattern[0] != "^" or position == 0):
                out.append(cyrillic)
                position = found.end()
                break
        else:
            out.append(_LETTERS.get(low[position], low[position]))
            position += 1
    return match_case(word, "".join(out))
