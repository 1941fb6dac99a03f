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

# what an "other" event was, when the text names it (Facts.occasion): written in the event type's place
OCCASIONS = _terms(
    EVENT_TYPE_CONTEXT,
    {
        "credentials": (N_("event type", "Presentation of credentials"), ()),
    },
)

# "Turkey’s Justice and Development Party", "Russia’s Aeroflot": a name owned by a country's possessive (a pattern the
# extractor and the localizer share, kept as text so that importing vocabulary compiles nothing)
COUNTRY_POSSESSIVE = r"(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+(?P<body>.+)"
# "the publishing house “Slovo Kyrgyzstana”": a body's kind in lower case, then its own name in marks
NAMED_AFTER_ITS_KIND = r"(?:the\s+)?(?P<body>[a-z][a-z\s-]{2,40}?)\s+[“\"«](?P<name>[A-Z][^”\"»]{1,60})[”\"»]"

# number words as articles write small counts ("six documents", "a package of fourteen agreements")
COUNT_WORDS = {word: number for number, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())}

DOCUMENT_TYPE_CONTEXT = "document type"
DOCUMENT_TYPES = _terms(
    DOCUMENT_TYPE_CONTEXT,
    {
        "memorandum": (N_("document type", "Memorandum"), ("memorandum", "mou", "moc", "memo", "memorandum of understanding", "memorandum of cooperation")),
        "agreement": (N_("document type", "Agreement"), ("agreement", "treaty", "accord", "pact")),
        "roadmap": (N_("document type", "Roadmap"), ("roadmap", "road map")),
        "declaration": (N_("document type", "Declaration"), ("declaration", "joint statement")),
        "protocol": (N_("document type", "Protocol"), ("protocol", "minute", "minutes")),  # "the Minutes of the Commission"
        "other": (N_("document type", "Other document"), ("plan", "programme", "program")),
    },
)

AREA_CONTEXT = "cooperation area"
COOPERATION_AREAS = _terms(
    AREA_CONTEXT,
    {
        "political": (N_("cooperation area", "politics"), ("political trust", "political support", "political coordination", "political", "politics", "political dialogue", "political sphere")),
        "trade-economic": (
            N_("cooperation area", "trade and economy"),
            ("trade and economics", "trade and economic sphere", "trade-economic", "trade and economic", "trade-and-economic", "economic-trade",
             "trade, economic", "economic trade", "trade and economy"),
        ),
        "trade": (N_("cooperation area", "trade"), ("trade turnover", "trade turnover volumes", "trade volumes", "trade", "commerce", "commercial")),
        "economic": (N_("cooperation area", "economy"), ("economical", "economic growth", "economic", "economy", "economics", "economic development")),
        "scientific-technical": (
            N_("cooperation area", "science and technology"),
            ("science & technology", "science and technologies", "scientific-technical", "scientific and technical", "science and technology",
             "scientific and technological", "scientific-technological", "scientific technology", "sci-tech"),
        ),
        "socio-cultural": (
            N_("cooperation area", "social affairs and culture"),
            ("socio-cultural", "social and cultural", "sociocultural"),
        ),
        "cultural-humanitarian": (
            N_("cooperation area", "culture and humanitarian affairs"),
            ("cultural-humanitarian", "cultural and humanitarian"),
        ),
        "humanitarian": (N_("cooperation area", "humanitarian affairs"), ("humanitarian dialogue", "humanitarian exchange", "humanitarian exchanges", "humanitarian dimension", "humanitarian",
                                                                         "humanities", "humanitarian sphere")),
        "sanitary-phytosanitary": (N_("cooperation area", "sanitary and phytosanitary measures"),
                                   ("sanitary and phytosanitary measures", "application of sanitary and phytosanitary measures",
                                    "sanitary and phytosanitary", "phytosanitary measures", "veterinary and phytosanitary")),
        "public-procurement": (N_("cooperation area", "public procurement"), ("public procurement", "government procurement",
                                                                             "state procurement", "public procurements")),
        "consumer-protection": (N_("cooperation area", "consumer protection"), ("consumer protection", "consumer rights protection",
                                                                                "protection of consumer rights", "consumer rights")),
        "cultural": (N_("cooperation area", "culture"), ("artistic", "cultural exchange", "cultural exchanges", "cultural", "culture", "arts", "art", "cultural initiatives")),
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
            ("digitalization", "digitalisation", "digital transformation", "digitization", "digitisation"),
        ),
        "artificial-intelligence": (
            N_("cooperation area", "development of artificial intelligence"),
            ("artificial intelligence development", "development of artificial intelligence",
             "artificial intelligence", "ai"),
        ),
        "ecology": (N_("cooperation area", "ecology"), ("air pollution", "air quality", "environmental", "nature protection", "nature conservation", "ecology", "environment", "environmental protection", "ecological and environmental protection",
                                                   "environmental sustainability")),
        "agriculture": (N_("cooperation area", "agriculture"), ("agricultural research", "agricultural production", "agricultural products", "agricultural science", "horticulture", "viticulture", "greenhouses", "greenhouse farming", "agri-industrial complex", "agri-industrial", "smart agriculture", "agriculture", "agricultural", "agro-industrial", "agro-industrial complex", "agro-industry", "agroindustry", "agro-industrial sector", "agrarian",
                                                                   "cropping", "agribusiness", "sericulture", "farming",
                                                                   "silkworm breeding", "sericulture industry")),
        # livestock is a field of its own beside agriculture: "farming and animal husbandry" lists both
        "livestock": (N_("cooperation area", "animal husbandry"), ("animal husbandry", "livestock", "livestock farming",
                                                                 "stockbreeding", "livestock breeding", "cattle breeding")),
        "energy": (N_("cooperation area", "energy"), ("fuel and energy complex", "fuel and energy", "fuel-energy complex", "energy", "power engineering")),
        # each field as the text names it: "transport" alone is no "transport and logistics"
        "transport": (N_("cooperation area", "transport"), ("sustainable transport", "middle corridor", "trans-caspian international transport route",
                                                          "transport corridors", "transport connectivity", "transport", "transportation",
                                                          "railroad", "railway", "railways", "road", "roads", "transport potential")),
        "transport-infrastructure": (N_("cooperation area", "transport infrastructure"), ("transport infrastructure",
                                                                                        "transport infrastructures")),
        "transport-logistics": (N_("cooperation area", "transport and logistics"), ("transport and logistics", "transport-logistical",
                                                                                    "transport and logistical", "transport-logistics")),
        "logistics": (N_("cooperation area", "logistics"), ("logistics",)),
        "transit": (N_("cooperation area", "transit"), ("transit", "transit potential", "transport-transit")),
        "public-private-partnership": (N_("cooperation area", "public-private partnership"),
                                       ("public-private partnership", "public private partnership", "public-private partnerships",
                                        "public private partnerships", "ppp")),
        "investment": (N_("cooperation area", "investment"), ("investment projects", "joint investment projects", "investment", "investments", "investment cooperation",
                                                               "investment promotion", "investment promotion activities", "promotion of investments", "promotion of investment")),
        "education": (N_("cooperation area", "education"), ("academic exchanges", "academic mobility", "student exchanges", "student exchange", "education", "educational")),
        "science": (N_("cooperation area", "science"), ("science", "scientific", "science development")),
        "healthcare": (N_("cooperation area", "healthcare"), ("traditional medicine", "healthcare", "health care", "health", "medicine", "public health", "medical services", "medical service")),
        "tourism": (N_("cooperation area", "tourism"), ("tourism", "tourist", "tourism development")),
        "security": (N_("cooperation area", "security"), ("ensuring security", "providing security", "security and stability", "stability", "regional and global security", "regional security", "global security", "international security", "security",)),
        "defence": (N_("cooperation area", "defence"), ("defense technologies", "defence technologies", "military technologies", "defence", "defense", "military", "military-technical",
                                                                 "military education", "combat training", "military training")),
        "finance": (N_("cooperation area", "finance"), ("financial activity", "fintech", "capital markets", "finance", "financial", "banking")),
        "labour-migration": (N_("cooperation area", "labour migration"), ("labour migration", "labor migration",
                                                                          "labour mobility", "labor mobility", "mobility")),
        # "migration" alone is no labour migration ("facilitating migration and the repatriation of citizens": review 42)
        "migration": (N_("cooperation area", "migration"), ("migration", "migration issues", "migration policy", "facilitating migration")),
        "repatriation": (N_("cooperation area", "repatriation of citizens"), ("repatriation", "repatriation of citizens", "return of citizens")),
        "legislative": (N_("cooperation area", "legislative experience"), ("law-making", "lawmaking", "law-making experience", "legislative activity", "legislative", "legislation", "legislative experience")),
        "parliamentary-oversight": (N_("cooperation area", "parliamentary oversight"), ("parliamentary oversight", "parliamentary control")),
        "inter-parliamentary": (N_("cooperation area", "inter-parliamentary relations"), ("parliamentary diplomacy", "interparliamentary diplomacy", "inter-parliamentary diplomacy", "parliamentary friendship groups", "friendship groups", "inter-parliamentary", "interparliamentary", "parliamentary", "parliamentary dialogue",
                                                                                          "inter-parliamentary dialogue", "interparliamentary dialogue")),
        "youth": (N_("cooperation area", "youth policy"), ("youth support", "youth affairs", "youth", "youth policy")),
        "sport": (N_("cooperation area", "sport"), ("sport", "sports")),
        "mining": (N_("cooperation area", "mining"), ("extraction and processing of minerals", "extraction of minerals", "quarrying", "mineral development", "coal", "coal industry", "coal mining", "mineral", "minerals", "mineral resources development", "subsoil use", "mining", "extractive", "mineral resources", "mining industry")),
        "geology": (N_("cooperation area", "geology"), ("geosciences", "earth sciences", "mineral exploration", "geological survey", "geological surveys", "geological prospecting", "geology", "geological exploration", "geology and mineral resources")),
        "water": (N_("cooperation area", "water resources"), ("management of water", "water supply", "water and energy resources", "water-energy nexus", "water", "water resources", "water management",
                                                                   "water resources management", "management of water resources", "water economy",
                                                                   "use of water resources", "sustainable use of water resources",
                                                                   "rational use of water resources")),
        "industry": (N_("cooperation area", "industry"), ("industry", "industrial", "industrial cooperation", "industrialization", "industrialisation",
                                                           "industrial engineering")),
        "media": (N_("cooperation area", "media"), ("media", "mass media", "information")),
        "information-exchange": (N_("cooperation area", "information exchange"), ("information exchange", "exchange of information",
                                                                                  "information sharing", "sharing of information")),
        "veterinary": (N_("cooperation area", "veterinary medicine"), ("veterinary", "veterinary medicine", "veterinary science")),
        "social-protection": (N_("cooperation area", "social protection"), ("social protection", "social security", "social welfare")),
        "light-industry": (N_("cooperation area", "light industry"), ("cashmere", "cashmere industry", "leather industry", "light industry", "textile industry", "textiles", "clothing industry", "garment industry", "clothing and textile industry", "textile and clothing industry", "textile and garment industry", "apparel", "apparel industry", "garments")),
        "processing-industry": (N_("cooperation area", "processing industry"), ("processing industry", "processing", "manufacturing")),
        "food-security": (N_("cooperation area", "food security"), ("food security",)),
        "food-supply": (N_("cooperation area", "food supply"), ("food", "foodstuffs", "food products", "food supply", "food supplies")),
        "renewable-energy": (N_("cooperation area", "renewable energy"), ("solar power", "solar energy", "wind power", "wind energy", "renewable energy", "green energy", "clean energy", "renewables")),
        "construction": (N_("cooperation area", "construction"), ("construction", "housing construction")),
        "building-materials": (N_("cooperation area", "building materials"), ("building materials", "construction materials", "production of building materials", "production of construction materials", "building materials industry")),
        "urban-planning": (N_("cooperation area", "urban planning"), ("urban planning", "urban development", "architecture")),
        "strategic-planning": (N_("cooperation area", "strategic planning"), ("strategic planning", "strategic development planning",
                                                                              "development planning", "strategic development")),
        "space": (N_("cooperation area", "space activities"), (
            "space", "space exploration", "space industry", "aerospace", "space research", "space technologies",
            "space activities", "use of space", "use of outer space", "peaceful use of outer space", "outer space")),
        "expert-dialogue": (N_("cooperation area", "expert dialogue"), ("expert dialogue", "scientific-expert dialogue", "scientific and expert dialogue")),
        # Fields of intergovernmental cooperation met in agreements and talks beyond the headline
        # areas above (ministries' portfolios, sectoral agreements); the catalogs give sources.
        "plant-protection": (N_("cooperation area", "plant protection"), ("plant protection", "phytosanitary", "phytosanitary safety")),
        "plant-quarantine": (N_("cooperation area", "quarantine"), ("inspection and quarantine", "quarantine", "plant quarantine", "quarantine of plants")),
        "border-health": (N_("cooperation area", "border health control"), ("border health", "border health control", "frontier health", "border sanitary control")),
        "digital-certification": (N_("cooperation area", "digital certification centres"), ("digital certification centers", "digital certification centres", "digital certification", "certification centers", "certification authorities", "electronic signature certification")),
        "physical-culture": (N_("cooperation area", "physical culture"), ("physical culture", "physical education", "physical culture and sports", "physical culture and sport")),
        "medical-science": (N_("cooperation area", "medical science"), ("medical science", "medical sciences", "medical research")),
        "international-road-transport": (N_("cooperation area", "international road transport"), ("international road transport", "international road transportation", "international road haulage", "international automobile transport",
                                                                                             "international motor vehicle communication", "international road communication")),
        "road-transport": (N_("cooperation area", "road transport"), ("road transport", "road transportation", "automobile transport", "motor transport", "road haulage", "road freight", "road freight transport")),
        "railway-transport": (N_("cooperation area", "railway transport"), ("railway transport", "railway transportation", "rail transport", "rail transportation", "railroad transport", "rail freight")),
        "infrastructure": (N_("cooperation area", "infrastructure"), ("infrastructure", "infrastructural", "infrastructure development")),
        "communications": (N_("cooperation area", "communications"), ("communications", "communication", "communications and informatization")),
        "telecommunications": (N_("cooperation area", "telecommunications"), ("telecommunications", "telecommunication", "telecom")),
        "emergency-situations": (N_("cooperation area", "emergency situations"), ("emergency situations", "emergencies", "emergency management", "civil protection", "civil defence", "civil defense", "disaster management", "disaster risk reduction")),
        "disaster-prevention": (N_("cooperation area", "disaster prevention"), ("disaster prevention", "disaster risk prevention", "prevention of disasters", "prevention of natural disasters", "natural disaster prevention")),
        "emergency-response": (N_("cooperation area", "elimination of emergencies"), ("elimination of emergencies", "liquidation of emergencies", "prevention and elimination of emergencies", "prevention and liquidation of emergencies", "prevention and elimination of emergency situations", "prevention and liquidation of emergency situations", "elimination of emergency situations", "emergency response", "disaster response", "elimination of the consequences of emergencies")),
        "illegal-migration": (N_("cooperation area", "fight against illegal migration"), ("fight against illegal migration", "combating illegal migration", "countering illegal migration", "illegal migration", "irregular migration")),
        "digital-technology": (N_("cooperation area", "digital technologies"), ("digital technology", "digital technologies", "digital", "digital sphere")),
        "high-technology": (N_("cooperation area", "high technology"), ("high technology", "high technologies", "high-tech", "hi-tech", "advanced technologies", "advanced technology")),
        "information-technology": (N_("cooperation area", "information technology"), ("information technology", "information technologies", "ict", "information and communication technologies", "information and communications technology", "information and communication technology")),
        "technology": (N_("cooperation area", "technology"), ("technology", "technologies", "technological", "technique",
                                                               "techniques", "technics")),
        "biotechnology": (N_("cooperation area", "biotechnology"), ("biotechnology", "biotechnologies", "biotech")),
        "green-economy": (N_("cooperation area", "green economy"), ("green economy",)),
        "green-development": (N_("cooperation area", "green development"), ("green development", "green growth")),
        "green-transformation": (N_("cooperation area", "green transformation"), ("green transformation", "green transition")),
        "natural-resources": (N_("cooperation area", "natural resources"), ("natural resources", "natural resource", "resource development", "resources development", "natural resource development")),
        "nature-management": (N_("cooperation area", "rational nature management"), ("natural resources management", "natural resource management", "management of natural resources", "rational nature management", "nature management", "rational use of natural resources", "sustainable use of natural resources")),
        "climate": (N_("cooperation area", "climate change"), ("climate change", "climate", "climate action", "climate issues")),
        "forestry": (N_("cooperation area", "forestry"), ("afforestation", "reforestation", "tree planting", "forestry", "forest management", "forests", "forest")),
        "forest-ecosystems": (N_("cooperation area", "forest ecosystems"), ("development of forest ecosystems", "forest ecosystems", "forest ecosystem")),
        "fisheries": (N_("cooperation area", "fisheries"), ("fisheries", "fishery", "fishing", "aquaculture")),
        "irrigation": (N_("cooperation area", "irrigation"), ("irrigation", "land reclamation", "melioration")),
        "hydrometeorology": (N_("cooperation area", "hydrometeorology"), ("hydrometeorology", "hydrometeorological")),
        # "meteorology" is no hydrometeorology (the three readers of review s30): the field as written
        "meteorology": (N_("cooperation area", "meteorology"), ("meteorology", "meteorological", "weather forecasting")),
        "hydrography": (N_("cooperation area", "hydrography"), ("hydrography", "hydrographic survey", "hydrographic surveys")),
        "theatre": (N_("cooperation area", "theatre"), ("theatre", "theater", "theatres", "theaters", "theatrical art",
                                                          "performing arts")),
        "entertainment": (N_("cooperation area", "entertainment industry"), ("entertainment", "entertainment industry",
                                                                            "show business")),
        "community-development": (N_("cooperation area", "community development"), ("community development",
                                                                                     "local community development")),
        "francophonie": (N_("cooperation area", "Francophonie"), ("francophonie", "francophony", "the francophonie")),
        "music": (N_("cooperation area", "music"), ("music", "musical art", "musical arts")),
        "restoration": (N_("cooperation area", "restoration"), ("restoration", "restoration techniques",
                                                                "restoration of monuments", "heritage restoration")),
        "medicinal-cannabis": (N_("cooperation area", "medicinal cannabis"), ("medicinal cannabis", "medicinal cannabis industry",
                                                                              "medical cannabis", "medical cannabis industry")),
        "fire-safety": (N_("cooperation area", "fire safety"), ("fire safety", "firefighting", "fire fighting", "fire-fighting",
                                                               "fire protection", "fire prevention")),
        "rescue": (N_("cooperation area", "rescue services"), ("rescue training", "rescue", "rescue services", "search and rescue",
                                                              "rescue operations")),
        "museums": (N_("cooperation area", "museum affairs"), ("museum", "museums", "museum work", "museum affairs",
                                                              "museology")),
        "petrochemistry": (N_("cooperation area", "petrochemical industry"), ("petrochemical industry", "petrochemicals", "petrochemistry", "petrochemical", "oil refining and petrochemistry")),
        "chemical-industry": (N_("cooperation area", "chemical industry"), ("chemical", "chemical industry", "chemicals", "chemistry")),
        "oil-and-gas": (N_("cooperation area", "oil and gas industry"), ("oil and gas", "oil-and-gas", "oil and gas industry", "oil and gas sector", "hydrocarbons", "oil industry", "petroleum", "petroleum industry", "petroleum sector")),
        "gas-industry": (N_("cooperation area", "gas industry"), ("gas industry", "gas", "gas sector", "natural gas")),
        "electric-power": (N_("cooperation area", "electric power industry"), ("electrical energy", "electric energy", "electrical power", "electric power industry", "electric power", "electricity", "power industry", "electricity sector")),
        "nuclear-energy": (N_("cooperation area", "nuclear energy"), ("nuclear energy", "nuclear power", "atomic energy", "peaceful atom", "peaceful use of atomic energy", "peaceful use of nuclear energy", "peaceful uses of nuclear energy")),
        "nuclear-industry": (N_("cooperation area", "nuclear industry"), ("uranium", "uranium mining", "uranium industry", "nuclear industry", "atomic industry")),
        "new-energy": (N_("cooperation area", "new energy"), ("new energy", "new energy sources", "alternative energy")),
        "metallurgy": (N_("cooperation area", "metallurgy"), ("metallurgy", "metallurgical", "steel industry", "metallurgical industry")),
        "rare-metals": (N_("cooperation area", "rare metals"), ("rare metals", "rare earth metals", "rare-earth metals", "rare earths", "rare earth elements", "rare-earth elements")),
        "critical-minerals": (N_("cooperation area", "critical minerals"), ("critical minerals", "critical raw materials", "strategic minerals",
                                                                                  "lithium", "lithium deposits", "lithium deposits development",
                                                                                  "development of lithium deposits")),
        "diplomatic-training": (N_("cooperation area", "diplomatic training"), ("diplomatic training", "training of diplomats",
                                                                                "training of diplomatic personnel", "diplomatic education")),
        "winemaking": (N_("cooperation area", "winemaking"), ("winemaking", "wine making", "viticulture and winemaking", "wine industry")),
        "agricultural-machinery": (N_("cooperation area", "agricultural machinery"), ("agricultural machinery", "agricultural machine building", "agricultural equipment", "farm machinery")),
        "digital-government": (N_("cooperation area", "digitalization of public administration"), ("digitalization of public administration", "digitalisation of public administration", "digitalization of state administration")),
        "copper": (N_("cooperation area", "copper"), ("copper", "copper industry", "copper mining")),
        "electrical-engineering": (N_("cooperation area", "electrical engineering"), ("electrical engineering", "electrical industry", "electrotechnical industry", "electric engineering")),
        "machine-building": (N_("cooperation area", "machine building"), ("machine building", "machine-building", "mechanical engineering", "machinery", "engineering", "engineering industry")),
        "automotive": (N_("cooperation area", "automotive industry"), ("automotive industry", "automotive", "automobile industry", "car manufacturing", "automobile manufacturing")),
        "pharmaceuticals": (N_("cooperation area", "pharmaceuticals"), ("pharmaceutical regulation", "pharmaceuticals", "pharmaceutical industry", "pharmaceutical production", "pharmaceutical", "pharmaceutics", "pharmacy")),
        "food-industry": (N_("cooperation area", "food industry"), ("meat processing", "meat industry", "food industry", "food processing", "food production")),
        "food-technology": (N_("cooperation area", "food technology"), ("food technology", "food technologies")),
        "semiconductors": (N_("cooperation area", "semiconductors"), ("semiconductors", "semiconductor industry",
                                                                     "semiconductor", "chips", "microchips")),
        "electric-vehicles": (N_("cooperation area", "electric vehicles"), ("electric vehicles", "electric vehicle",
                                                                           "electric cars", "e-mobility", "electric mobility")),
        "halal-industry": (N_("cooperation area", "halal industry"), ("halal industry", "halal products", "halal trade", "halal food", "halal certification", "halal")),
        "defence-industry": (N_("cooperation area", "defence industry"), ("defence industry", "defense industry", "defence industrial", "defense industrial", "military industry")),
        "production": (N_("cooperation area", "production"), ("production", "industrial production")),
        "supply-chains": (N_("cooperation area", "supply chains"), ("supply chains", "supply chain", "industrial and supply chains")),
        "civil-aviation": (N_("cooperation area", "civil aviation"), ("civil aviation",)),
        # "aviation" is no "transport and logistics" (the Russian reader of review s21): the field as written
        "aviation": (N_("cooperation area", "aviation"), ("aviation",)),
        "air-transport": (N_("cooperation area", "air transport"), ("aerial communication", "air transport", "air transportation", "air communication", "air connectivity", "air services", "air routes", "air links", "air traffic")),
        "maritime-transport": (N_("cooperation area", "maritime transport"), ("maritime transport", "shipping", "sea transport", "maritime transportation")),
        "vocational-education": (N_("cooperation area", "vocational education"), ("vocational education", "vocational training", "technical and vocational education", "vocational and technical education", "tvet", "professional education",
                                                                                                 "technical vocational training", "technical and vocational training", "technical vocational education",
                                                                                                 # "vocational and secondary special education" is read as two areas
                                                                                                 "vocational", "secondary special education", "secondary specialized education", "secondary special")),
        "higher-education": (N_("cooperation area", "higher education"), ("higher education", "university education")),
        "preschool-education": (N_("cooperation area", "preschool education"), ("preschool education", "pre-school education", "early childhood education", "early education")),
        "human-resources": (N_("cooperation area", "human resources"), ("human resources", "human resource development", "human resources development")),
        "scientific-research": (N_("cooperation area", "scientific research"), ("academic research", "joint academic research", "joint research", "research", "research and development activities", "scientific research", "research and development", "r&d", "scientific research work")),
        "labour": (N_("cooperation area", "labour"), ("labour", "labor", "labour relations", "labor relations")),
        "employment": (N_("cooperation area", "employment"), ("employment", "job creation")),
        "social-sphere": (N_("cooperation area", "social sphere"), ("social policies", "society", "social", "social sphere", "social affairs", "social policy",
                                                                    "social development")),
        "justice": (N_("cooperation area", "justice"), ("mutual legal assistance", "legal assistance", "extradition", "justice", "legal", "law", "legal affairs", "legal sphere", "legal cooperation")),
        "judiciary": (N_("cooperation area", "judicial system"), ("judiciary", "judicial", "judicial system", "courts")),
        "law-enforcement": (N_("cooperation area", "law enforcement"), ("law enforcement", "law-enforcement", "police", "internal affairs")),
        "counter-terrorism": (N_("cooperation area", "fight against terrorism"), ("international extremism", "international terrorism", "fight against terrorism and international extremism", "violent extremism", "countering extremism", "fight against terrorism", "counter-terrorism", "counterterrorism", "combating terrorism", "countering terrorism", "terrorism", "fight against terrorism and extremism", "countering terrorism and extremism", "extremism")),
        "counter-narcotics": (N_("cooperation area", "fight against drug trafficking"), ("fight against drug trafficking", "combating drug trafficking", "countering drug trafficking", "drug trafficking", "counter-narcotics", "illicit drug trafficking", "fight against illicit drug trafficking")),
        "fight-against-crime": (N_("cooperation area", "fight against crime"), ("preventing crime", "crime", "cybercrime", "human trafficking", "fight against human trafficking", "fight against crime", "combating crime", "crime prevention", "organized crime", "organised crime", "transnational crime", "fight against organized crime", "combating transnational crime",
                                                                              "fight against transnational crime", "fight against transnational organized crime")),
        "customs": (N_("cooperation area", "customs"), ("customs", "customs affairs", "customs cooperation", "customs administration", "customs clearance", "customs procedures")),
        "border-security": (N_("cooperation area", "border security"), ("border security", "border protection", "border control", "border management")),
        # "the state borders" of two neighbours as a field of their talks (a treaty "on the state border" is a document's)
        "state-border": (N_("cooperation area", "state borders"), ("state borders", "state border issues", "border issues", "border delimitation", "border demarcation")),
        "cybersecurity": (N_("cooperation area", "cybersecurity"), ("cybersecurity", "cyber security", "cyber-security", "cyber")),
        "information-security": (N_("cooperation area", "information security"), ("information security", "international information security")),
        "peacekeeping": (N_("cooperation area", "peacekeeping"), ("peacekeeping", "peace-keeping", "peacekeeping operations", "un peacekeeping",
                                                                  "un peacekeeping operations", "united nations peacekeeping")),
        "consular": (N_("cooperation area", "consular affairs"), ("consular", "consular affairs", "consular issues", "consular matters")),
        "international-issues": (N_("cooperation area", "international issues"), ("international issues", "international affairs", "international politics", "issues of international politics", "international agenda", "regional and international issues")),
        "interregional": (N_("cooperation area", "interregional cooperation"), ("inter-regional relations", "interregional relations", "interregional", "inter-regional", "interregional cooperation", "interregional ties",
                                                                                               "interregional exchanges", "inter-regional exchanges")),
        "cross-border": (N_("cooperation area", "cross-border cooperation"), ("cross-border", "cross-border cooperation", "border cooperation", "transboundary", "transboundary cooperation")),
        "people-to-people": (N_("cooperation area", "people-to-people contacts"), ("people-to-people", "people-to-people contacts", "people-to-people ties", "people-to-people exchanges", "people-to-people exchange", "contacts between people")),
        "public-administration": (N_("cooperation area", "public administration"), ("good governance", "public administration", "state administration", "governance", "public governance", "state governance",
                                                                                          "government modernisation", "government modernization", "modernisation of public administration", "modernization of public administration", "public administration reform")),
        "civil-service": (N_("cooperation area", "civil service"), ("civil service", "public service", "state service")),
        "digital-development": (N_("cooperation area", "digital development"), ("digital development",)),
        "digital-innovation": (N_("cooperation area", "digital innovation"), ("digital innovation", "digital innovations")),
        "wool-processing": (N_("cooperation area", "wool processing"), ("wool processing", "wool industry", "processing of wool")),
        "agricultural-processing": (N_("cooperation area", "processing of agricultural products"), ("processing of agricultural products", "agricultural processing", "agro-processing", "agroprocessing", "processing of agricultural produce", "agricultural products processing")),
        "transit-trade": (N_("cooperation area", "transit trade"), ("transit trade",)),
        "ports": (N_("cooperation area", "ports"), ("port services", "ports", "port", "seaports", "sea ports", "port infrastructure")),
        "maritime-affairs": (N_("cooperation area", "maritime affairs"), ("maritime affairs", "marine affairs", "maritime")),
        "translation-services": (N_("cooperation area", "translation services"), ("translation services", "translation", "translation and interpretation")),
        "e-government": (N_("cooperation area", "e-government"), ("e-governance", "e-government", "electronic government", "digital government")),
        "e-commerce": (N_("cooperation area", "e-commerce"), ("e-commerce", "electronic commerce", "online trade", "ecommerce")),
        "statistics": (N_("cooperation area", "statistics"), ("statistics", "statistical")),
        "standardization": (N_("cooperation area", "standardization"), ("standardization", "standardisation", "standardization and metrology", "metrology", "technical regulation")),
        "accreditation": (N_("cooperation area", "accreditation"), ("compliance", "conformity", "accreditation", "conformity assessment", "certification")),
        "taxation": (N_("cooperation area", "taxation"), ("taxation", "tax", "taxes", "tax affairs", "tax administration")),
        "intellectual-property": (N_("cooperation area", "intellectual property"), ("intellectual property", "intellectual property rights", "ip protection")),
        "entrepreneurship": (N_("cooperation area", "entrepreneurship"), ("entrepreneurship", "business development")),
        "small-business": (N_("cooperation area", "small and medium-sized business"), ("small business", "small and medium-sized business", "small and medium business", "small and medium-sized businesses", "small and medium businesses", "smes", "sme", "small and medium-sized enterprises", "small and medium enterprises", "msmes")),
        "business": (N_("cooperation area", "business"), ("direct business", "direct business ties", "business ties between entrepreneurs", "business", "business ties", "business contacts", "business cooperation", "business-to-business", "business-to-business ties", "b2b")),
        "housing-utilities": (N_("cooperation area", "housing and utilities"), ("housing and utilities", "housing and communal services", "utilities", "public utilities", "housing and communal sector",
                                                                                                  "housing")),
        "archaeology": (N_("cooperation area", "archaeology"), ("archaeology", "archeology", "archaeological research", "archeological research")),
        "socio-economic": (N_("cooperation area", "socio-economic development"), ("socio-economic", "socio-economic development", "social and economic development")),
        "socio-political": (N_("cooperation area", "socio-political sphere"), ("socio-political", "public-political")),
        "history": (N_("cooperation area", "history"), ("history", "historical research", "historical science")),
        "diplomacy": (N_("cooperation area", "diplomacy"), ("diplomatic", "diplomacy", "foreign affairs", "foreign policy")),
        "radiation-protection": (N_("cooperation area", "radiation protection"), ("radiation protection",)),
        "physical-protection": (N_("cooperation area", "physical protection of nuclear material"), ("physical protection", "physical protection of nuclear material", "physical protection of nuclear materials")),
        "nuclear-safeguards": (N_("cooperation area", "nuclear safeguards"), ("safeguards", "nuclear safeguards", "iaea safeguards")),
        "special-economic-zones": (N_("cooperation area", "special economic zones"), ("special economic zones", "special economic zone", "free economic zones", "free economic zone", "sez", "sezs",
                                                                                                  "free zones", "free zone", "free trade zones")),
        "military-medicine": (N_("cooperation area", "military medicine"), ("military medicine",)),
        "military-sports": (N_("cooperation area", "military sports"), ("military sports", "military sport")),
        "language-training": (N_("cooperation area", "foreign language training"), ("foreign language training", "language training", "teaching of foreign languages")),
        "rural-development": (N_("cooperation area", "rural development"), ("rural development", "development of rural areas", "rural areas development", "development of rural territories")),
        "nuclear-safety": (N_("cooperation area", "nuclear and radiation safety"), ("nuclear and radiation safety", "nuclear safety",
                                                                                    "radiation safety", "radiation")),
        "geodesy": (N_("cooperation area", "geodesy and cartography"), ("geodesy and cartography", "geodesy", "cartography")),
        "land-resources": (N_("cooperation area", "land resources"), ("land resources", "land management", "land use")),
        "economic-crime": (N_("cooperation area", "fight against economic crime"), ("fighting economic crimes", "combating economic crimes",
                                                                                    "economic crimes", "economic crime", "financial crimes")),
        "foreign-economic": (N_("cooperation area", "foreign economic activity"), ("foreign economic activity", "foreign economic relations",
                                                                                   "foreign economic", "foreign-economic")),
        "gas-chemistry": (N_("cooperation area", "gas chemistry"), ("gas chemistry", "gas chemical industry", "gas-chemical industry", "gas-chemical")),
        "cultural-heritage": (N_("cooperation area", "cultural heritage"), ("cultural heritage", "heritage", "historical and cultural heritage", "heritage protection",
                                                                                       "historical heritage", "preservation of historical heritage")),
        "archives": (N_("cooperation area", "archival affairs"), ("archives", "archival", "archival affairs", "archive")),
        "cinema": (N_("cooperation area", "cinema"), ("cinema", "film", "film industry", "cinematography", "filmmaking")),
        "creative-industries": (N_("cooperation area", "creative industries"), ("creative industries", "creative industry", "creative economy")),
        "sanitary-epidemiology": (N_("cooperation area", "sanitary and epidemiological welfare"), ("sanitary and epidemiological", "sanitary-epidemiological", "sanitary and epidemiological welfare", "epidemiology", "epidemiological surveillance")),
        # Fields named in Kazakh and Mongolian foreign-ministry and parliament press releases and in
        # EU and UN partnership texts (governance, rights, development aid, research); the catalogs give sources.
        "sustainable-development": (N_("cooperation area", "sustainable development"), ("sustainable development", "sustainable development goals", "sdgs", "sdg",
                                                                                               "environmentally sustainable development")),
        "democracy": (N_("cooperation area", "democracy"), ("democracy", "democratization", "democratisation", "democratic reforms")),
        "human-rights": (N_("cooperation area", "human rights"), ("human rights", "protection of human rights", "human rights protection")),
        "rule-of-law": (N_("cooperation area", "rule of law"), ("rule of law", "the rule of law")),
        "civil-society": (N_("cooperation area", "civil society"), ("civil society",)),
        "elections": (N_("cooperation area", "elections"), ("elections", "electoral", "electoral process", "electoral system", "election observation")),
        "local-government": (N_("cooperation area", "local self-government"), ("local self-government", "local government", "local governance", "local self-governance",
                                                                                          "municipal governance", "effective municipal governance", "municipal management")),
        "parliamentarism": (N_("cooperation area", "parliamentarism"), ("parliamentarism", "parliamentarianism")),
        "anti-corruption": (N_("cooperation area", "fight against corruption"), ("fight against corruption", "anti-corruption", "combating corruption", "countering corruption", "corruption",
                                                                                  "preventing and combating corruption", "prevention of corruption")),
        "human-development": (N_("cooperation area", "human capital development"), ("human capital development", "human development", "human capital", "development of human capital")),
        "capacity-building": (N_("cooperation area", "capacity building"), ("capacity building", "capacity-building", "capacity development", "institutional capacity building")),
        "development-cooperation": (N_("cooperation area", "development cooperation"), ("development cooperation", "development assistance", "official development assistance", "international development")),
        "humanitarian-aid": (N_("cooperation area", "humanitarian aid"), ("humanitarian aid", "humanitarian assistance")),
        "technical-cooperation": (N_("cooperation area", "technical cooperation"), ("technical", "technical cooperation", "technical assistance")),
        "connectivity": (N_("cooperation area", "connectivity"), ("connectivity", "regional connectivity", "digital connectivity", "interconnectivity")),
        "development-strategies": (N_("cooperation area", "alignment of development strategies"), ("alignment of development strategies", "development strategy alignment", "strategy alignment",
                                                                                                       "synergy of development strategies")),
        "economic-security": (N_("cooperation area", "economic security"), ("economic security",)),
        "energy-security": (N_("cooperation area", "energy security"), ("energy security",)),
        "biological-safety": (N_("cooperation area", "biological safety"), ("biological safety", "biosafety", "biosecurity", "biological security")),
        "non-proliferation": (N_("cooperation area", "nuclear non-proliferation"), ("nuclear non-proliferation", "non-proliferation", "nuclear disarmament", "disarmament and non-proliferation",
                                                                                    "non-proliferation of weapons of mass destruction")),
        "disarmament": (N_("cooperation area", "disarmament"), ("disarmament", "arms control")),
        "demining": (N_("cooperation area", "demining"), ("demining", "mine clearance", "mine action", "humanitarian demining",
                                                          "landmine clearance", "clearance of landmines", "clearance of mines")),
        "strategic-research": (N_("cooperation area", "strategic research"), ("strategic research", "strategic studies")),
        "forensic-examination": (N_("cooperation area", "forensic examination"), ("forensic examination activities", "forensic examination", "forensic expertise", "forensics", "forensic science")),
        "visa": (N_("cooperation area", "visa issues"), ("visa exemption", "visa-free regime", "visa-free travel", "visa issues", "visa", "visa regime", "visa matters", "visa facilitation", "visa policy")),
        "compatriots": (N_("cooperation area", "support for compatriots"), ("support for compatriots", "support to compatriots", "compatriots", "diaspora")),
        "religious-affairs": (N_("cooperation area", "religious affairs"), ("religious affairs", "religious", "religion")),
        "interfaith-dialogue": (N_("cooperation area", "interfaith dialogue"), ("interfaith dialogue", "interreligious dialogue", "inter-religious dialogue", "interfaith")),
        "spiritual": (N_("cooperation area", "spiritual sphere"), ("spiritual", "spiritual sphere", "spirituality")),
        "spiritual-cultural": (N_("cooperation area", "spiritual and cultural sphere"), ("spiritual and cultural", "spiritual-cultural", "spiritual and cultural sphere")),
        "gender-equality": (N_("cooperation area", "gender equality"), ("women's issues", "women", "gender equality", "gender", "women's empowerment", "empowerment of women")),
        "desertification": (N_("cooperation area", "combating desertification"), ("combating desertification", "desertification", "land degradation", "fight against desertification")),
        "hydropower": (N_("cooperation area", "hydropower"), ("hydropower", "hydroelectric power", "hydro power", "hydropower engineering", "hydroenergy")),
        "startups": (N_("cooperation area", "startups"), ("startups", "start-ups", "startup ecosystem", "venture capital", "venture financing")),
        "islamic-finance": (N_("cooperation area", "Islamic finance"), ("islamic finance", "islamic banking")),
        "insurance": (N_("cooperation area", "insurance"), ("insurance", "reinsurance", "insurance services")),
        "energy-infrastructure": (N_("cooperation area", "energy infrastructure"), ("energy infrastructure", "power infrastructure")),
        "waste-management": (N_("cooperation area", "waste management"), ("waste management", "waste recycling", "waste processing", "solid waste management")),
        "water-energy": (N_("cooperation area", "water and energy"), ("water energy", "water-energy sphere", "water and energy")),
        "heavy-engineering": (N_("cooperation area", "heavy engineering"), ("heavy engineering", "heavy machinery", "heavy industry machinery")),
        "prisoner-exchange": (N_("cooperation area", "exchange of prisoners"), ("prisoner exchanges", "prisoner exchange", "exchange of prisoners", "exchange convicted prisoners", "transfer of convicted persons", "transfer of sentenced persons")),
        "smart-cities": (N_("cooperation area", "smart cities"), ("smart cities", "smart city")),
        "hydrogen-energy": (N_("cooperation area", "hydrogen energy"), ("hydrogen energy", "green hydrogen", "hydrogen", "hydrogen technologies", "hydrogen technology")),
        "regional-integration": (N_("cooperation area", "regional integration"), ("regional integration", "economic integration", "eurasian integration")),
        "biofuels": (N_("cooperation area", "biofuel production"), ("biofuel production", "biofuels", "biofuel", "production of biofuels")),
        "emissions-reduction": (N_("cooperation area", "greenhouse gas emissions reduction"), (
            "greenhouse gas emissions reduction", "reduction of greenhouse gas emissions", "reducing greenhouse gas emissions",
            "emissions reduction", "emission reduction")),
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
        "initialled": (N_("document status", "initialled, not yet signed"), ()),
        "ratified": (N_("document status", "ratified"), ()),
        "expected to be signed": (N_("document status", "expected to be signed"), ()),
        "to be signed": (N_("document status", "to be signed"), ()),
        "expected to be concluded": (N_("document status", "expected to be concluded"), ()),
        "to be concluded": (N_("document status", "to be concluded"), ()),
        "expected to be established": (N_("document status", "expected to be established"), ()),
        "to be established": (N_("document status", "to be established"), ()),
        "expected to be adopted": (N_("document status", "expected to be adopted"), ()),
        "to be adopted": (N_("document status", "to be adopted"), ()),
        "expected to be approved": (N_("document status", "expected to be approved"), ()),
        "to be approved": (N_("document status", "to be approved"), ()),
        "expected to be initialed": (N_("document status", "expected to be initialled"), ()),
        "to be initialed": (N_("document status", "to be initialled"), ()),
    },
)

PLANNED_KIND_CONTEXT = "planned event"
# The kinds of planned events (models.PLANNED_KINDS), as nouns.
PLANNED_KINDS = _terms(
    PLANNED_KIND_CONTEXT,
    {
        "visit": (N_("planned event", "visit"), ()),
        "meeting": (N_("planned event", "meeting"), ()),
        "courtesy call": (N_("planned event", "courtesy call"), ()),
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
        "anniversary": (N_("planned event", "anniversary celebration"), ()),
        "wreath-laying": (N_("planned event", "wreath-laying ceremony"), ()),
        "speech": (N_("planned event", "speech"), ()),
        "other": (N_("planned event", "event"), ()),
    },
)

# The kinds of visit (models.VISIT_LEVELS), as nouns that stand for "visit" in a planned event.
VISIT_LEVELS = _terms(
    PLANNED_KIND_CONTEXT,
    {
        "state": (N_("planned event", "state visit"), ()),
        "official": (N_("planned event", "official visit"), ()),
        "working": (N_("planned event", "working visit"), ()),
        "high-level": (N_("planned event", "high-level visit"), ()),
    },
)

# Who acts in a planned event when the article names no person.
ACTOR_CONTEXT = "actor"
THE_PARTIES = N_("actor", "the parties")
DELEGATION_OF = N_("actor", "delegation of {country}")

# Events named by a pattern each catalog writes: a country's days of culture abroad, a format of summits by its sides.
DAYS_OF_CULTURE = N_("named event", "Days of {country} culture")
FORMAT_OF = N_("named event", "{first} – {second} format")
# Anniversaries a planned celebration is for (written as nouns: "Запланировано празднование {…:gen}")
ANNIVERSARY_OF_RELATIONS = N_("named event", "{number}th anniversary of diplomatic relations")
ANNIVERSARY_OF_BIRTH = N_("named event", "{number}th anniversary of the birth of {person}")
ANNIVERSARY_OF_FOUNDING = N_("named event", "{number}th anniversary of the founding of {city}")
# how the text writes those two sides: "Russia-Central Asia", "Central Asia – EU"
FORMAT_SIDES = r"(?P<first>[A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*)?)\s*[-–—]\s*(?P<second>[A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*)?)"
# "Programme of cooperation … in 2020 – 2021": the period a document is for, written with "in" (compose reads it as
# "for", localize keeps it when the document's sides are taken out of its name)
PERIOD_IN = r"\s+in\s+(?P<from_year>(?:19|20)\d\d)\s*[-–—]\s*(?P<to_year>(?:19|20)\d\d)\b"

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
    return _index(vocabulary).get(_normal(text))


# Words around a field's name that do not change which field it is: "new technologies", "public healthcare",
# "infrastructure projects", "logistics capabilities", "the energy industry"
# "new technologies", "international connectivity", "more direct business contacts": the field without its frame
_LIGHT_MODIFIER = re.compile(r"^(?:(?:new|modern|public|joint|mutual|bilateral|multilateral|mutually\s+beneficial|"
                             r"international|regional|global|more|direct|closer)\s+)+(?=\S)")
_GENERIC_HEAD = re.compile(r"(?<=\S)\s+(?:projects?|sectors?|spheres?|fields?|industry|activities|capabilities|"
                           r"capacities|potential|issues|matters|affairs)$")  # "sanitary and phytosanitary affairs"


def match_area(text: str) -> Term | None:
    """The cooperation area ``text`` names: as written, else without a word that only frames it."""
    term = match_term(text, COOPERATION_AREAS)
    if term is None:
        core = _GENERIC_HEAD.sub("", _LIGHT_MODIFIER.sub("", _normal(text).removeprefix("the ")))
        term = match_term(core, COOPERATION_AREAS) if core != _normal(text) else None
    if term is None:  # "combating transnational crimes": the fight against crime, its field told by the plural
        fought = _FIGHTING.sub("", _normal(text))
        if fought != _normal(text):
            term = match_term(fought, COOPERATION_AREAS) or match_term(fought.removesuffix("s"), COOPERATION_AREAS)
    return term


_FIGHTING = re.compile(r"^(?:combat(?:t)?ing|countering|fighting|tackling|preventing)\s+")


# Each vocabulary's entries by every normalized key, label and alias, built on first use; the
# vocabularies are constants of this module (rebuilt anyway if one gains or loses an entry).
_INDEXES: dict[int, tuple[dict[str, Term], int, dict[str, Term]]] = {}


def _index(vocabulary: dict[str, Term]) -> dict[str, Term]:
    known = _INDEXES.get(id(vocabulary))
    if known is not None and known[0] is vocabulary and known[1] == len(vocabulary):
        return known[2]
    index: dict[str, Term] = {}
    for term in vocabulary.values():  # the first entry that has a form wins, as a scan in order would
        for form in (term.key, term.label, *term.aliases):
            index.setdefault(_normal(form), term)
    _INDEXES[id(vocabulary)] = (vocabulary, len(vocabulary), index)
    return index
