"""Official ru/kk/mn names composed from English parts (briefing.compose, locales/offices.csv).

Each group cites where its pattern is confirmed; the lexicon's ``source`` column cites every part.
The inputs are short synthetic names, not article sentences. ``None`` marks a part with no trusted
form in that language: compose() must say so rather than guess.
"""

from __future__ import annotations

import csv
import importlib
import os
from pathlib import Path

import pytest

from briefing import compose as compose_module
from briefing.compose import COLUMNS, compose, compose_with_status, default_lexicon_path, load_lexicon
from briefing.errors import TermbaseError

# (english, kind, country, ru, kk, mn)
Case = tuple[str, str, "str | None", "str | None", "str | None", "str | None"]

# Titles with a country or region. ru: head + genitive (ria.ru «министра природных ресурсов и экологии»);
# kk: izafet, head last with the possessive (arka-azhary.kz «Ақмола облысының әкімі»); mn: genitive
# chain, head last (shuud.mn «Гадаад харилцааны дэд сайд»). Russia in mn: ОХУ = Оросын Холбооны Улс.
TITLES_WITH_OWNER: list[Case] = [
    ("Minister of Natural Resources and Ecology of the Russian Federation", "title", None,
     "министр природных ресурсов и экологии Российской Федерации",
     "Ресей Федерациясының табиғи ресурстар және экология министрі",
     "Оросын Холбооны Улсын Байгалийн баялаг, экологийн сайд"),
    ("Mongolia's Minister of Foreign Affairs", "title", None,
     "министр иностранных дел Монголии", "Моңғолияның сыртқы істер министрі", "Монгол Улсын Гадаад харилцааны сайд"),
    ("Kazakhstan's Minister of Justice", "title", None,
     "министр юстиции Казахстана", "Қазақстанның әділет министрі", "Казахстан Улсын Хууль зүйн сайд"),
    ("Minister of Justice of the Republic of Kazakhstan", "title", None,
     "министр юстиции Республики Казахстан", "Қазақстан Республикасының әділет министрі",
     "Бүгд Найрамдах Казахстан Улсын Хууль зүйн сайд"),
    ("Prime Minister of Mongolia", "title", None,
     "Премьер-министр Монголии", "Моңғолияның Премьер-Министрі", "Монгол Улсын Ерөнхий сайд"),
    ("Akim (governor) of Akmola region", "title", None,
     "аким Акмолинской области", "Ақмола облысының әкімі", "Акмола мужийн Засаг дарга"),
    ("Akim (mayor) of Almaty region", "title", None,
     "аким Алматинской области", "Алматы облысының әкімі", "Алматы мужийн Засаг дарга"),
    ("Mayor of Bishkek", "title", None, "мэр Бишкека", "Бішкектің мэрі", "Бишкекийн захирагч"),
]

# Heads of a chamber or cabinet: capitalised in official ru/kk texts (wikimili: «Председатель Кабинета
# министров Кыргызской Республики»; terminology.md §1.2: «…Мәжілісінің Төрағасы»). A cabinet's chairman is
# mn «Засгийн газрын тэргүүн» (mongolian.ruvr.ru). Kazakh keeps only the last genitive of a chain.
CHAMBERS_AND_CABINETS: list[Case] = [
    ("Chairman of Kyrgyzstan's Cabinet of Ministers", "title", None,
     "Председатель Кабинета Министров Кыргызской Республики",
     "Қырғыз Республикасы Министрлер Кабинетінің Төрағасы", "Киргиз Улсын Засгийн газрын тэргүүн"),
    ("Deputy Chairman of the Cabinet of Ministers of the Kyrgyz Republic", "title", None,
     "заместитель Председателя Кабинета Министров Кыргызской Республики",
     "Қырғыз Республикасы Министрлер Кабинеті Төрағасының орынбасары",
     "Бүгд Найрамдах Киргиз Улсын Засгийн газрын тэргүүний орлогч"),
    ("Deputy Chairman of the State Great Khural", "title", None,
     "заместитель Председателя Великого Государственного Хурала Монголии",
     "Моңғолияның Ұлы Мемлекеттік Хуралы Төрағасының орынбасары", "Монгол Улсын Их Хурлын дэд дарга"),
    ("Speaker of the Senate", "title", None, "Председатель Сената", "Сенаттың Төрағасы", "Сенатын дарга"),
    ("Chairman of the Jogorku Kenesh", "title", None,
     "Торага Жогорку Кенеша", "Жогорку Кеңестің Төрағасы", "Жогорку Кенешийн дарга"),
    ("Vice Premier of the State Council", "title", None,
     "вице-премьер Государственного совета", "Мемлекеттік кеңестің вице-премьері", "Төрийн зөвлөлийн дэд ерөнхий сайд"),
]

# Envoys: ru «Посол Казахстана в России» (bestnews.kz); kk «ҚР-ның Өзбекстандағы … Елшісі» (aigak.kz);
# mn «Монгол Улсаас БНХАУ-д суугаа Онц бөгөөд Бүрэн эрхт Элчин сайд» (montsame.mn/mn/read/245176).
ENVOYS: list[Case] = [
    ("Ambassador Extraordinary and Plenipotentiary of Uzbekistan to Kazakhstan", "title", None,
     "Чрезвычайный и Полномочный Посол Узбекистана в Казахстане",
     "Өзбекстанның Қазақстандағы Төтенше және Өкілетті Елшісі",
     "Узбекистан Улсаас Казахстан Улсад суугаа Онц бөгөөд Бүрэн эрхт Элчин сайд"),
    ("Ambassador of Mongolia to China", "title", None,
     "посол Монголии в Китае", "Моңғолияның Қытайдағы елшісі", "Монгол Улсаас БНХАУ-д суугаа Элчин сайд"),
    ("Ambassador of Kazakhstan to the Russian Federation", "title", None,
     "посол Казахстана в Российской Федерации", "Қазақстанның Ресей Федерациясындағы елшісі",
     "Казахстан Улсаас Оросын Холбооны Улсад суугаа Элчин сайд"),
    ("Embassy of Kazakhstan in Mongolia", "institution", None,
     "Посольство Казахстана в Монголии", "Қазақстанның Моңғолиядағы елшілігі",
     "Казахстан Улсаас Монгол Улсад суугаа Элчин сайдын яам"),
]

# Titles without a country stay without one; modifiers. ru «Заместителя Премьер-Министра» (zanorda.kz),
# «вице-премьер-министра» (kabar.kg), «исполняющим обязанности» (bulak.kg); mn «дэд сайд» (shuud.mn),
# «Тэргүүн дэд» (mongolbank.mn), «сайдын үүргийг түр орлон гүйцэтгэгч» (updown.mn).
TITLES_WITHOUT_COUNTRY: list[Case] = [
    ("Minister of Water Resources and Irrigation", "title", None,
     "министр водных ресурсов и ирригации", "су ресурстары және ирригация министрі", "Усны нөөц, усжуулалтын сайд"),
    ("Deputy Foreign Minister", "title", None,
     "заместитель министра иностранных дел", "сыртқы істер министрінің орынбасары", "Гадаад хэргийн дэд сайд"),
    ("Deputy Prime Minister", "title", None,
     "заместитель Премьер-министра", "Премьер-Министрдің орынбасары", "Ерөнхий сайдын орлогч"),
    ("First Deputy Minister of Finance", "title", None,
     "первый заместитель министра финансов", "қаржы министрінің бірінші орынбасары", "Сангийн тэргүүн дэд сайд"),
    ("Acting Minister of Energy", "title", None,
     "исполняющий обязанности министра энергетики", "энергетика министрінің міндетін атқарушы",
     "Эрчим хүчний сайдын үүргийг түр орлон гүйцэтгэгч"),
    ("Vice President", "title", None, "вице-президент", "вице-президент", "дэд ерөнхийлөгч"),
    ("First Vice Premier", "title", None, "первый вице-премьер", "бірінші вице-премьер", "тэргүүн дэд ерөнхий сайд"),
    ("Minister of Internal Affairs", "title", None, "министр внутренних дел", "ішкі істер министрі", "Дотоод хэргийн сайд"),
    ("State Secretary", "title", None, "Государственный секретарь", "Мемлекеттік хатшы", "Төрийн нарийн бичгийн дарга"),
    ("Minister of Labour and Social Protection of the Population", "title", None,
     "министр труда и социальной защиты населения", "еңбек және халықты әлеуметтік қорғау министрі",
     "Хөдөлмөр, нийгмийн хамгааллын сайд"),
    ("Director of the Center for Strategic Research", "title", None,
     "директор Центра стратегических исследований", "Стратегиялық зерттеулер орталығының директоры",
     "Стратегийн судалгааны төвийн захирал"),
]

# The person's country chooses country-specific forms without entering the text: Mongolia's own
# ministry is «Гадаад харилцааны яам» (shuud.mn), a foreign one «Гадаад хэргийн яам» (ruvr «ГХЯ»);
# Kazakhstan's labour ministry is «…социальной защиты населения» (gov.kz).
COUNTRY_SPECIFIC: list[Case] = [
    ("Minister of Foreign Affairs", "title", "MN", "министр иностранных дел", "сыртқы істер министрі", "Гадаад харилцааны сайд"),
    ("Minister of Foreign Affairs", "title", "KZ", "министр иностранных дел", "сыртқы істер министрі", "Гадаад хэргийн сайд"),
    ("Minister of Labour and Social Protection", "title", "KZ",
     "министр труда и социальной защиты населения", "еңбек және халықты әлеуметтік қорғау министрі",
     "Хөдөлмөр, нийгмийн хамгааллын сайд"),
    ("Minister of Labour and Social Protection", "title", "MN",
     "министр труда и социальной защиты", "еңбек және әлеуметтік қорғау министрі", "Хөдөлмөр, нийгмийн хамгааллын сайд"),
]

# Titles whose owner is an institution: the institution's name, then the head.
TITLES_OF_INSTITUTIONS: list[Case] = [
    ("head of the KazISS", "title", None,
     "руководитель Казахстанского института стратегических исследований при Президенте Республики Казахстан",
     "Қазақстан Республикасының Президенті жанындағы Қазақстан стратегиялық зерттеулер институтының басшысы",
     None),  # the termbase has no Mongolian name for KazISS, and "Kazakhstan Institute" does not parse
    ("head of the Akimat of Akmola region", "title", None,
     "руководитель акимата Акмолинской области", "Ақмола облысы әкімдігінің басшысы",
     "Акмола мужийн Засаг даргын Тамгын газрын дарга"),
    ("Governor of the Central Bank of Mongolia", "title", None,
     "председатель Центрального банка Монголии", "Моңғолия Орталық банкінің төрағасы", "Монголбанкны Ерөнхийлөгч"),
    ("Chairman of the Financial Regulatory Commission", "title", None,
     "председатель Комиссии по финансовому регулированию", "Қаржылық реттеу комиссиясының төрағасы",
     "Санхүүгийн зохицуулах хорооны дарга"),
]

# Institutions. State bodies carry the state's long name in ru/kk (zanorda.kz «Министра труда и социальной
# защиты населения Республики Казахстан»; adilet «Қазақстан Республикасы Ұлттық экономика министрлігінің»);
# mn «Казахстан Улсын Хөдөө, аж ахуйн яамны» (arslan.mn); an official name wins: «Монголбанк» (mongolbank.mn).
INSTITUTIONS: list[Case] = [
    ("National Bank of Kyrgyzstan", "institution", None,
     "Национальный банк Кыргызстана", "Қырғызстанның Ұлттық банкі", "Киргиз Улсын Үндэсний банк"),
    ("Central Bank of Mongolia", "institution", None, "Центральный банк Монголии", "Моңғолияның Орталық банкі", "Монголбанк"),
    ("Ministry of Labour and Social Protection of Kazakhstan", "institution", None,
     "Министерство труда и социальной защиты населения Республики Казахстан",
     "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі",
     "Казахстан Улсын Хөдөлмөр, нийгмийн хамгааллын яам"),
    ("Financial Regulatory Commission of Mongolia", "institution", None,
     "Комиссия по финансовому регулированию Монголии", "Моңғолияның Қаржылық реттеу комиссиясы",
     "Монгол Улсын Санхүүгийн зохицуулах хороо"),
    ("State Veterinary Department under the Ministry of Agriculture and Water Resources of Kyrgyzstan", "institution", None,
     "Департамент государственной ветеринарии при Министерстве сельского хозяйства и водных ресурсов Кыргызской Республики",
     "Қырғыз Республикасы Ауыл шаруашылығы және су ресурстары министрлігі жанындағы Мемлекеттік ветеринария департаменті",
     "Киргиз Улсын Хөдөө аж ахуй, усны нөөцийн яамны харьяа Улсын мал эмнэлгийн газар"),
    ("Center for strategic studies under the President of the Republic of Tajikistan", "institution", None,
     "Центр стратегических исследований при Президенте Республики Таджикистан",
     "Тәжікстан Республикасының Президенті жанындағы Стратегиялық зерттеулер орталығы",
     "Бүгд Найрамдах Тажикистан Улсын Ерөнхийлөгчийн дэргэдэх Стратегийн судалгааны төв"),
    ("Akimat of Akmola region", "institution", None,
     "акимат Акмолинской области", "Ақмола облысы әкімдігі", "Акмола мужийн Засаг даргын Тамгын газар"),
    ("Khokimiyat of Syrdarya region", "institution", None,
     "хокимият Сырдарьинской области", "Сырдария облысы хокимияты", "Сырдарья мужийн Засаг даргын Тамгын газар"),
    ("Cabinet of Ministers", "institution", None, "Кабинет Министров", "Министрлер Кабинеті", "Засгийн газар"),
    ("Jogorku Kenesh (Parliament) of the Kyrgyz Republic", "institution", None,
     "Жогорку Кенеш Кыргызской Республики", "Қырғыз Республикасының Жогорку Кеңесі", "Бүгд Найрамдах Киргиз Улсын Жогорку Кенеш"),
    ("Ministry of Energy of Kazakhstan", "institution", None,
     "Министерство энергетики Республики Казахстан", "Қазақстан Республикасы Энергетика министрлігі",
     "Казахстан Улсын Эрчим хүчний яам"),
    ("Foreign Ministry of Uzbekistan", "institution", None,
     "Министерство иностранных дел Республики Узбекистан", "Өзбекстан Республикасы Сыртқы істер министрлігі",
     "Узбекистан Улсын Гадаад хэргийн яам"),
    ("Ministry of Defence of the Russian Federation", "institution", None,
     "Министерство обороны Российской Федерации", "Ресей Федерациясы Қорғаныс министрлігі",
     "Оросын Холбооны Улсын Батлан хамгаалахын яам"),
    ("Government of the Republic of Uzbekistan", "institution", None,
     "Правительство Республики Узбекистан", "Өзбекстан Республикасының Үкіметі",
     "Бүгд Найрамдах Узбекистан Улсын Засгийн газар"),
    ("Ministry of Finance", "institution", None, "Министерство финансов", "Қаржы министрлігі", "Сангийн яам"),
]

# Documents. ru: head + «о …» + «в … области» (report.kg «Меморандум о сотрудничестве в области
# ветеринарии»); kk: field + topic + head (adilet «… саласындағы ынтымақтастық туралы келісім»);
# mn: field + topic + head (termbase «хамтран ажиллах санамж бичиг»; buzznews «Засгийн газар хоорондын хэлэлцээр»).
DOCUMENTS: list[Case] = [
    ("memorandum of understanding", "document", None,
     "меморандум о взаимопонимании", "өзара түсіністік туралы меморандум", "харилцан ойлголцлын санамж бичиг"),
    ("memorandum of cooperation in the trade-economic, cultural and humanitarian areas", "document", None,
     "меморандум о сотрудничестве в торгово-экономической, культурной и гуманитарной областях",
     "сауда-экономикалық, мәдени және гуманитарлық салалардағы ынтымақтастық туралы меморандум",
     "худалдаа-эдийн засаг, соёл, хүмүүнлэгийн салбарт хамтран ажиллах санамж бичиг"),
    ("MoU in the field of veterinary medicine", "document", None,
     "меморандум о взаимопонимании в области ветеринарии", "ветеринария саласындағы өзара түсіністік туралы меморандум",
     "мал эмнэлгийн салбарт харилцан ойлголцлын санамж бичиг"),
    ("Intergovernmental agreement to cooperate in the energy sector", "document", None,
     "межправительственное соглашение о сотрудничестве в сфере энергетики",
     "энергетика саласындағы ынтымақтастық туралы үкіметаралық келісім",
     "Засгийн газар хоорондын эрчим хүчний салбарт хамтран ажиллах хэлэлцээр"),
    ("joint Action Plan", "document", None,
     "совместный план действий", "бірлескен іс-қимыл жоспары", "хамтарсан үйл ажиллагааны төлөвлөгөө"),
    ("roadmap for the development of trade", "document", None,
     "дорожная карта по развитию торговли", "сауданы дамыту жөніндегі жол картасы", "худалдааг хөгжүүлэх замын зураг"),
    ("joint statement", "document", None, "совместное заявление", "бірлескен мәлімдеме", "хамтарсан мэдэгдэл"),
    ("joint declaration", "document", None, "совместная декларация", "бірлескен декларация", "хамтарсан тунхаглал"),
    ("joint roadmap", "document", None, "совместная дорожная карта", "бірлескен жол картасы", "хамтарсан замын зураг"),
    ("bilateral agreement", "document", None, "двустороннее соглашение", "екіжақты келісім", "хоёр талын хэлэлцээр"),
    ("agreement on cooperation in the field of education", "document", None,
     "соглашение о сотрудничестве в области образования", "білім саласындағы ынтымақтастық туралы келісім",
     "боловсролын салбарт хамтран ажиллах хэлэлцээр"),
    ("MoC in the scientific-technical sphere", "document", None,
     "меморандум о сотрудничестве в научно-технической сфере",
     "ғылыми-техникалық саладағы ынтымақтастық туралы меморандум",
     "шинжлэх ухаан-техникийн салбарт хамтран ажиллах санамж бичиг"),
    ("Intergovernmental agreement on cooperation in the fields of trade and transport", "document", None,
     "межправительственное соглашение о сотрудничестве в областях торговли и транспорта",
     "сауда және көлік салаларындағы ынтымақтастық туралы үкіметаралық келісім",
     "Засгийн газар хоорондын худалдаа, тээврийн салбарт хамтран ажиллах хэлэлцээр"),
    ("treaty on strategic partnership", "document", None,
     "договор о стратегическом партнёрстве", "стратегиялық әріптестік туралы шарт", "стратегийн түншлэлийн гэрээ"),
    ("interparliamentary memorandum of cooperation", "document", None,
     "межпарламентский меморандум о сотрудничестве", "ынтымақтастық туралы парламентаралық меморандум",
     "парламент хоорондын хамтран ажиллах санамж бичиг"),
]

ALL_CASES = (TITLES_WITH_OWNER + CHAMBERS_AND_CABINETS + ENVOYS + TITLES_WITHOUT_COUNTRY + COUNTRY_SPECIFIC
             + TITLES_OF_INSTITUTIONS + INSTITUTIONS + DOCUMENTS)
LANG_COLUMN = {"ru": 3, "kk": 4, "mn": 5}


def _params() -> list[object]:
    params = []
    for case in ALL_CASES:
        for lang, column in LANG_COLUMN.items():
            label = f"{lang}-{case[0][:48]}{'-' + case[2] if case[2] else ''}"
            params.append(pytest.param(case[0], case[1], case[2], lang, case[column], id=label))
    return params


@pytest.mark.parametrize(("english", "kind", "country", "lang", "expected"), _params())
def test_composes_the_official_form(english: str, kind: str, country: str | None, lang: str, expected: str | None) -> None:
    assert compose(english, lang, kind, country) == expected


def test_at_least_fifty_names_in_three_languages() -> None:
    assert len({(case[0], case[2]) for case in ALL_CASES}) >= 50


# -- unknown parts give None, never half English ----------------------------------------


@pytest.mark.parametrize("lang", ["ru", "kk", "mn"])
@pytest.mark.parametrize(("english", "kind"), [
    ("Minister of Quantum Affairs", "title"),  # unknown portfolio
    ("Ministry of Agriculture of Narnia", "institution"),  # unknown country
    ("Grand Vizier of Kazakhstan", "title"),  # unknown head
    ("Akim (lord) of Almaty region", "title"),  # a gloss the lexicon does not know
    ("memorandum between the parties", "document"),  # parties are the caller's business
    ("memorandum of cooperation in the field of alchemy", "document"),
    ("", "title"),
])
def test_unknown_parts_give_none(english: str, kind: str, lang: str) -> None:
    assert compose(english, lang, kind) is None


def test_an_empty_cell_gives_none_in_that_language_only() -> None:
    english = "Minister of Digital Development, Innovation and Aerospace Industry"  # aerospace: no mn form
    assert compose(english, "ru", "title") == "министр цифрового развития, инноваций и аэрокосмической промышленности"
    assert compose(english, "mn", "title") is None


def test_unsupported_language_or_kind_is_an_error() -> None:
    with pytest.raises(ValueError):
        compose("Minister of Finance", "de", "title")
    with pytest.raises(ValueError):
        compose("Minister of Finance", "ru", "person")


# -- status: confirmed parts only, or mark for review -----------------------------------


def test_status_is_true_only_when_every_part_is_confirmed() -> None:
    assert compose_with_status("Ambassador of Mongolia to China", "mn", "title") == (
        "Монгол Улсаас БНХАУ-д суугаа Элчин сайд", True)
    # «ирригации» and «водных ресурсов» are not both confirmed: mark for review
    assert compose_with_status("Minister of Water Resources and Irrigation", "ru", "title") == (
        "министр водных ресурсов и ирригации", False)
    # the termbase's Akmola Region row is unconfirmed
    assert compose_with_status("Akim of Akmola region", "ru", "title") == ("аким Акмолинской области", False)


# -- the lexicon is data staff edit ------------------------------------------------------


def _lexicon_copy(tmp_path: Path, edits: dict[tuple[str, str, str], dict[str, str]] | None = None) -> Path:
    """A copy of the shipped lexicon with some cells changed: ``{(en, kind, scope): {column: value}}``."""
    with default_lexicon_path().open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    for row in rows[1:]:
        if len(row) != len(COLUMNS):
            continue  # a comment line
        for column, value in (edits or {}).get((row[0], row[1], row[6]), {}).items():
            row[COLUMNS.index(column)] = value
    path = tmp_path / "offices.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    return path


def test_editing_the_csv_changes_the_output(tmp_path: Path) -> None:
    path = _lexicon_copy(tmp_path, {("deputy", "modifier", ""): {"ru": "замминистра {gen}"}})
    assert compose("Deputy Foreign Minister", "ru", "title", lexicon_path=path) == "замминистра министра иностранных дел"
    # the same file edited again is read again (the cache is keyed by path and modification time)
    text = path.read_text(encoding="utf-8").replace("замминистра {gen}", "заместитель {gen}")
    path.write_text(text, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert compose("Deputy Foreign Minister", "ru", "title", lexicon_path=path) == "заместитель министра иностранных дел"


def test_a_new_row_makes_a_new_word_known(tmp_path: Path) -> None:
    path = _lexicon_copy(tmp_path)
    assert compose("Minister of Tourism", "kk", "title", lexicon_path=path) is None
    with path.open("a", encoding="utf-8") as handle:
        handle.write("tourism,domain,туризма,туризм,аялал жуулчлал,mn.gen=аялал жуулчлалын,,unconfirmed,test row\n")
    assert compose_with_status("Minister of Tourism", "kk", "title", lexicon_path=path) == ("туризм министрі", False)
    assert compose("Ministry of Tourism", "mn", "institution", lexicon_path=path) == "Аялал жуулчлалын яам"


def test_a_status_edit_changes_the_review_flag(tmp_path: Path) -> None:
    assert compose_with_status("Minister of Justice", "ru", "title") == ("министр юстиции", True)
    path = _lexicon_copy(tmp_path, {("justice", "domain", ""): {"status": "ru=derived; kk=confirmed; mn=confirmed"}})
    assert compose_with_status("Minister of Justice", "ru", "title", lexicon_path=path) == ("министр юстиции", False)


def test_a_scoped_row_wins_for_its_country(tmp_path: Path) -> None:
    path = _lexicon_copy(tmp_path, {("finance", "domain", ""): {"scope": ""}})
    with path.open("a", encoding="utf-8") as handle:
        handle.write("finance,domain,финансов,қаржы,сангийн бодлого,mn.gen=сангийн бодлогын,UZ,unconfirmed,test row\n")
    assert compose("Minister of Finance of Uzbekistan", "mn", "title", lexicon_path=path) == "Узбекистан Улсын Сангийн бодлогын сайд"
    assert compose("Minister of Finance of Kazakhstan", "mn", "title", lexicon_path=path) == "Казахстан Улсын Сангийн сайд"


def test_a_malformed_row_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "offices.csv"
    path.write_text(",".join(COLUMNS) + "\nminister,officer,министр,министр,сайд,,,confirmed,x\n", encoding="utf-8")
    with pytest.raises(TermbaseError, match=r"offices\.csv:2: unknown kind 'officer'"):
        compose("Minister", "ru", "title", lexicon_path=path)
    path.write_text(",".join(COLUMNS) + "\nminister,office,министр,министр,сайд,kk.possessive=x,,confirmed,x\n",
                    encoding="utf-8")
    with pytest.raises(TermbaseError, match=r"offices\.csv:2: malformed form"):
        compose("Minister", "ru", "title", lexicon_path=path)


def test_the_shipped_lexicon_is_sourced_and_large_enough() -> None:
    lexicon = load_lexicon(default_lexicon_path())
    assert len(lexicon.rows) >= 60
    with default_lexicon_path().open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if not row["en"].startswith("#")]
    assert all(row["source"].strip() and row["status"].strip() for row in rows)


def test_the_lexicon_is_read_lazily() -> None:
    module = importlib.reload(compose_module)
    assert module._load_lexicon.cache_info().currsize == 0
