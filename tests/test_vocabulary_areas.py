"""Areas of cooperation beyond the headline ones: a reader of the ru, kk and mn briefings sees
them in the language of the briefing, whichever synonym the English article used.

The forms are the catalogs' (locales/*/LC_MESSAGES/messages.po, with source and status per
entry); Kazakh plant protection and the emergencies wording follow adilet.zan.kz and gov.kz
texts, the Russian emergencies wording the usual «предупреждение и ликвидация ЧС».
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_briefing import lines_of
from test_narrative import render

from briefing import vocabulary
from briefing.catalogs import load_catalog
from briefing.resources import default_locales_dir

SYNONYMS = {  # as English news writes an area → the vocabulary key it means
    "plant protection": "plant-protection",
    "Quarantine": "plant-quarantine",
    "physical culture and sports": "physical-culture",
    "medical sciences": "medical-science",
    "international road transport": "international-road-transport",
    "elimination of emergencies": "emergency-response",
    "combating illegal migration": "illegal-migration",
    "high-tech": "high-technology",
    "petrochemicals": "petrochemistry",
    "technical and vocational education": "vocational-education",
    "rare earth metals": "rare-metals",
    "SMEs": "small-business",
    "counter-terrorism": "counter-terrorism",
    "peaceful use of nuclear energy": "nuclear-energy",
    "inter-parliamentary dialogue": "inter-parliamentary",
    "UN peacekeeping": "peacekeeping",
    "petroleum": "oil-and-gas",
    "digital innovations": "digital-innovation",
    "seaports": "ports",
    # one half of a pair the article joins ("vocational and secondary special education", "housing and public
    # utilities") is still the area it names
    "vocational": "vocational-education",
    "secondary special": "vocational-education",
    "housing": "housing-utilities",
    "industrialization": "industry",
    "agro-industry": "agriculture",
    # governance, rights, development and security fields of partnership texts and ministries' releases
    "good governance": "public-administration",
    "SDGs": "sustainable-development",
    "human rights": "human-rights",
    "anti-corruption": "anti-corruption",
    "preventing and combating corruption": "anti-corruption",
    "capacity-building": "capacity-building",
    "development assistance": "development-cooperation",
    "digital connectivity": "connectivity",
    "natural resources management": "nature-management",
    "strategic studies": "strategic-research",
    "joint academic research": "scientific-research",
    "international extremism": "counter-terrorism",
    "interreligious dialogue": "interfaith-dialogue",
    "non-proliferation": "non-proliferation",
    "fuel and energy complex": "energy",
    "solar power": "renewable-energy",
    "law-making": "legislative",
    "technical": "technical-cooperation",
    "spiritual and cultural": "spiritual-cultural",
    "mineral": "mining",
    "chemical": "chemical-industry",
    # as foreign-ministry and parliament releases of Kazakhstan and Mongolia word them in English
    "trade and economics": "trade-economic",
    "security and stability": "security",
    "electrical energy": "electric-power",
    "geological survey": "geology",
    "coal mining": "mining",
    "afforestation": "forestry",
    "air pollution": "ecology",
    "cashmere": "light-industry",
    "Middle Corridor": "transport",
    "parliamentary diplomacy": "inter-parliamentary",
    "visa-free regime": "visa",
    "green hydrogen": "hydrogen-energy",
    "Eurasian integration": "regional-integration",
}


@pytest.mark.parametrize("written, key", SYNONYMS.items())
def test_a_synonym_finds_its_area(written: str, key: str) -> None:
    term = vocabulary.match_term(written, vocabulary.COOPERATION_AREAS)
    assert term is not None and term.key == key


def test_no_alias_names_two_areas() -> None:
    seen: dict[str, str] = {}
    for term in vocabulary.COOPERATION_AREAS.values():
        for alias in {term.key, term.label.lower(), *term.aliases}:
            assert seen.setdefault(alias, term.key) == term.key, alias


@pytest.mark.parametrize("lang", ["ru", "kk", "mn"])
def test_every_area_has_a_translation_in_cyrillic(lang: str) -> None:
    catalog = load_catalog(default_locales_dir(), lang)
    assert catalog is not None
    for term in vocabulary.COOPERATION_AREAS.values():
        message = catalog.catalog.get(term.label, context=term.context)
        shown = message.string if message else ""
        assert shown and not re.search(r"[A-Za-z]", shown), (lang, term.label, shown)


AREAS = ["plant protection", "quarantine", "elimination of emergencies", "vocational education", "rare metals",
         "digital technology", "infrastructure"]
EXPECTED = {
    "ru": ["защита растений", "карантин", "ликвидация чрезвычайных ситуаций", "профессиональное образование",
           "редкие металлы", "цифровые технологии", "инфраструктура"],
    "kk": ["өсімдіктерді қорғау", "карантин", "төтенше жағдайларды жою", "кәсіптік білім беру",
           "сирек металдар", "цифрлық технологиялар", "инфрақұрылым"],
    "mn": ["ургамал хамгаалал", "хорио цээр", "гамшгийн хор уршгийг арилгах", "мэргэжлийн боловсрол",
           "ховор металл", "дижитал технологи", "дэд бүтэц"],
}


def test_the_briefing_names_the_areas_in_its_language(tmp_path: Path) -> None:
    _briefing_names(tmp_path, AREAS, EXPECTED)


NEWER_AREAS = ["digital development", "digital innovation", "wool processing", "transit trade", "ports",
               "maritime affairs", "translation services"]
NEWER_EXPECTED = {
    "ru": ["цифровое развитие", "цифровые инновации", "переработка шерсти", "транзитная торговля", "порты",
           "морская деятельность", "переводческие услуги"],
    "kk": ["цифрлық даму", "цифрлық инновациялар", "жүн өңдеу", "транзиттік сауда", "порттар",
           "теңіз қызметі", "аударма қызметтері"],
    "mn": ["цахим хөгжил", "цахим инноваци", "ноос боловсруулалт", "дамжин өнгөрөх худалдаа", "боомт",
           "далайн асуудал", "орчуулгын үйлчилгээ"],
}


def test_the_briefing_names_newer_areas_in_its_language(tmp_path: Path) -> None:
    _briefing_names(tmp_path, NEWER_AREAS, NEWER_EXPECTED)


AREAS_BY_HALF = ["vocational", "industrialization", "agro-industry"]
AREAS_BY_HALF_EXPECTED = {
    "ru": ["профессиональное образование", "промышленность", "сельское хозяйство"],
    "kk": ["кәсіптік білім беру", "өнеркәсіп", "ауыл шаруашылығы"],
    "mn": ["мэргэжлийн боловсрол", "аж үйлдвэр", "хөдөө аж ахуй"],
}


def test_the_briefing_names_an_area_written_by_its_half_or_its_process(tmp_path: Path) -> None:
    _briefing_names(tmp_path, AREAS_BY_HALF, AREAS_BY_HALF_EXPECTED)


def _briefing_names(tmp_path: Path, areas: list[str], expected: dict[str, list[str]]) -> None:
    facts = {"event_date": "2025-03-12", "location": {"city": "Astana", "country": "KZ"}, "event_type": "meeting",
             "participants": [], "cooperation_areas": areas, "source_agency": None}
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(facts), encoding="utf-8")
    files = render(path, tmp_path / "out")
    for lang, forms in expected.items():
        text = "\n".join(lines_of(files[lang])).lower()
        for english, form in zip(areas, forms, strict=True):
            assert form in text, (lang, form)
            assert english not in text, (lang, english)


GOVERNANCE_AREAS = ["sustainable development", "human rights", "fight against corruption", "capacity building",
                    "development cooperation", "combating desertification"]
GOVERNANCE_EXPECTED = {
    "ru": ["устойчивое развитие", "права человека", "противодействие коррупции", "укрепление потенциала",
           "сотрудничество в целях развития", "борьба с опустыниванием"],
    "kk": ["тұрақты даму", "адам құқықтары", "сыбайлас жемқорлыққа қарсы іс-қимыл", "әлеуетті арттыру",
           "даму мақсатындағы ынтымақтастық", "шөлейттенуге қарсы күрес"],
    "mn": ["тогтвортой хөгжил", "хүний эрх", "авлигатай тэмцэх", "чадавхыг бэхжүүлэх",
           "хөгжлийн хамтын ажиллагаа", "цөлжилттэй тэмцэх"],
}


def test_the_briefing_names_governance_and_development_areas_in_its_language(tmp_path: Path) -> None:
    """Sources per form in the catalogs: mfa.gov.kz and undp.org (ru, kk), the RK anti-corruption law's
    title (kk), Mongolia's national programme against desertification (mn); the others await review."""
    _briefing_names(tmp_path, GOVERNANCE_AREAS, GOVERNANCE_EXPECTED)


def test_food_and_inter_parliamentary_diplomacy_in_a_list_of_areas_are_areas():
    from briefing.vocabulary import COOPERATION_AREAS, match_term

    assert match_term("food", COOPERATION_AREAS).key == "food-supply"
    assert match_term("interparliamentary diplomacy", COOPERATION_AREAS).key == "inter-parliamentary"
    assert match_term("transport-logistics", COOPERATION_AREAS).key == "transport-logistics"
    assert match_term("transport", COOPERATION_AREAS).label == "transport"  # never "transport and logistics"


@pytest.mark.parametrize("phrase", ["use of outer space", "space research", "use of space"])
def test_space_in_its_usual_wordings_is_the_space_activities_area(phrase: str) -> None:
    # fresh31: a space agency's memorandum left "use of space" and "space research" in English
    term = vocabulary.match_term(phrase, vocabulary.COOPERATION_AREAS)
    assert term is not None and term.label == "space activities"


@pytest.mark.parametrize(("phrase", "label"), [
    ("sustainable use of water resources", "water resources"),
    ("mobility", "labour migration"),
])
def test_more_wordings_of_known_areas(phrase: str, label: str) -> None:
    # fresh31: "migration and mobility", "sustainable use of water resources" stayed in English
    term = vocabulary.match_term(phrase, vocabulary.COOPERATION_AREAS)
    assert term is not None and term.label == label
