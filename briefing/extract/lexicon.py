"""Word lists of the genre: countries, demonyms, cities, offices and institution words.

These are general knowledge of diplomatic English, not strings of particular articles.
"""

from __future__ import annotations

import functools
import re
import typing as t
import unicodedata

from briefing.extract.cldr_cities import CLDR_CITIES

DEMONYMS = {
    "kazakh": "KZ", "kazakhstani": "KZ", "mongolian": "MN", "uzbek": "UZ", "uzbekistani": "UZ",
    "kyrgyz": "KG", "tajik": "TJ", "tajikistani": "TJ", "turkmen": "TM", "russian": "RU",
    "belarusian": "BY", "belarussian": "BY", "ukrainian": "UA", "azerbaijani": "AZ", "georgian": "GE",
    "armenian": "AM", "chinese": "CN", "japanese": "JP", "korean": "KR", "indian": "IN",
    "pakistani": "PK", "afghan": "AF", "iranian": "IR", "turkish": "TR", "emirati": "AE",
    "saudi": "SA", "qatari": "QA", "egyptian": "EG", "american": "US", "british": "GB",
    "german": "DE", "french": "FR", "italian": "IT", "spanish": "ES", "polish": "PL",
    "hungarian": "HU", "czech": "CZ", "austrian": "AT", "swiss": "CH", "dutch": "NL",
    "belgian": "BE", "finnish": "FI", "swedish": "SE", "norwegian": "NO", "danish": "DK",
    "latvian": "LV", "lithuanian": "LT", "estonian": "EE", "moldovan": "MD", "serbian": "RS",
    "bulgarian": "BG", "romanian": "RO", "greek": "GR", "israeli": "IL", "vietnamese": "VN",
    "thai": "TH", "malaysian": "MY", "indonesian": "ID", "singaporean": "SG", "canadian": "CA",
    "australian": "AU", "brazilian": "BR", "mexican": "MX", "kuwaiti": "KW", "omani": "OM",
    "jordanian": "JO", "iraqi": "IQ", "syrian": "SY", "lebanese": "LB", "bahraini": "BH",
    "south korean": "KR", "north korean": "KP", "luxembourgish": "LU", "filipino": "PH", "philippine": "PH",
    "peruvian": "PE", "argentine": "AR", "argentinian": "AR", "chilean": "CL", "colombian": "CO", "cuban": "CU",
    "venezuelan": "VE", "nigerian": "NG", "kenyan": "KE", "ethiopian": "ET", "south african": "ZA",
    "algerian": "DZ", "moroccan": "MA", "tunisian": "TN", "libyan": "LY", "sudanese": "SD", "yemeni": "YE",
    "bangladeshi": "BD", "sri lankan": "LK", "nepalese": "NP", "nepali": "NP", "bhutanese": "BT",
    "cambodian": "KH", "laotian": "LA", "burmese": "MM", "new zealand": "NZ", "irish": "IE", "portuguese": "PT",
    "slovak": "SK", "slovenian": "SI", "croatian": "HR", "bosnian": "BA", "montenegrin": "ME", "albanian": "AL",
    "macedonian": "MK", "cypriot": "CY", "maltese": "MT", "icelandic": "IS", "palestinian": "PS",
    "kosovar": "XK", "bruneian": "BN", "maldivian": "MV", "ghanaian": "GH", "senegalese": "SN",
    "tanzanian": "TZ", "ugandan": "UG", "angolan": "AO", "ecuadorian": "EC", "bolivian": "BO",
    "uruguayan": "UY", "paraguayan": "PY", "panamanian": "PA", "dominican": "DO", "jamaican": "JM",
    "argentinean": "AR", "azeri": "AZ", "lao": "LA", "saudi arabian": "SA", "costa rican": "CR",
    "guatemalan": "GT", "salvadoran": "SV", "honduran": "HN", "nicaraguan": "NI", "haitian": "HT", "zimbabwean": "ZW",
    "zambian": "ZM", "namibian": "NA", "mozambican": "MZ", "rwandan": "RW", "cameroonian": "CM", "ivorian": "CI",
    "malian": "ML", "somali": "SO", "eritrean": "ER", "mauritanian": "MR", "mauritian": "MU", "malagasy": "MG",
    "fijian": "FJ", "bahamian": "BS", "trinidadian": "TT", "guyanese": "GY", "surinamese": "SR", "botswanan": "BW",
    "burundian": "BI", "congolese": "CD", "gabonese": "GA", "gambian": "GM", "guinean": "GN", "liberian": "LR",
    "sierra leonean": "SL", "togolese": "TG", "beninese": "BJ", "burkinabe": "BF", "nigerien": "NE", "chadian": "TD",
    "djiboutian": "DJ", "south sudanese": "SS", "malawian": "MW",
    "seychellois": "SC", "comorian": "KM", "cape verdean": "CV", "timorese": "TL", "papua new guinean": "PG",
    "bissau-guinean": "GW", "bissau guinean": "GW", "equatorial guinean": "GQ", "equatoguinean": "GQ",
    "ni-vanuatu": "VU", "vanuatuan": "VU", "samoan": "WS", "tongan": "TO", "solomon islander": "SB",
    "kiribatian": "KI", "tuvaluan": "TV", "nauruan": "NR", "palauan": "PW", "micronesian": "FM", "marshallese": "MH",
    "sao tomean": "ST", "swazi": "SZ", "emiswati": "SZ", "mosotho": "LS", "basotho": "LS",
}

_EXTRA_COUNTRY_NAMES = {
    "russian federation": "RU", "kyrgyz republic": "KG", "uae": "AE", "turkey": "TR", "turkiye": "TR",
    "usa": "US", "united states of america": "US", "u.s.": "US", "uk": "GB", "great britain": "GB", "britain": "GB",
    "korea": "KR", "republic of korea": "KR", "czech republic": "CZ", "kyrgyzstan": "KG",
    "kirgizstan": "KG", "kirghizstan": "KG", "kirgizia": "KG", "kirghizia": "KG",  # older spellings (APP, some wires)
    "viet nam": "VN", "việt nam": "VN",  # Vietnam's own spelling, as Viet Nam News writes it
    "belarus": "BY", "vatican": "VA", "holland": "NL", "the netherlands": "NL",
    "palestine": "PS", "state of palestine": "PS",  # CLDR's "Palestinian Territories"; the press names the state
    "arab emirates": "AE", "the emirates": "AE", "emirates": "AE", "south korea": "KR", "north korea": "KP",
    # the long name holds "Republic of Korea", which is the south: the north's own words must win
    "democratic people's republic of korea": "KP", "democratic people’s republic of korea": "KP", "dprk": "KP",
    "rok": "KR", "prc": "CN", "ksa": "SA",  # the short names officials write ("relations between the ROK and Uzbekistan")
    # CLDR's "Congo - Kinshasa" and "Congo - Brazzaville": the press writes the states' names
    "democratic republic of congo": "CD", "democratic republic of the congo": "CD", "dr congo": "CD", "drc": "CD",
    "congo-kinshasa": "CD", "republic of congo": "CG", "republic of the congo": "CG", "congo-brazzaville": "CG",
    # CLDR's "Hong Kong SAR China": a side of its own in talks and agreements ("the Government of Hong Kong")
    "hong kong": "HK", "hong kong sar": "HK", "hong kong special administrative region": "HK",
    "macao": "MO", "macau": "MO", "macao sar": "MO", "macao special administrative region": "MO",
}
# Regions whose names hold another country's: the longer name wins, so "Inner Mongolia" is China's
REGIONS_NAMED_LIKE_COUNTRIES = {
    "inner mongolia": "CN", "inner mongolian": "CN", "northern ireland": "GB", "new mexico": "US",
}

CITIES = {
    "KZ": "Astana Nur-Sultan Almaty Shymkent Karaganda Karagandy Aktobe Atyrau Aktau Kokshetau Kostanay "
          "Pavlodar Petropavl Petropavlovsk Oskemen Ust-Kamenogorsk Semey Taraz Kyzylorda Turkestan "
          "Taldykorgan Uralsk Oral Zhezkazgan Baikonur Konayev Burabay",
    "UZ": "Tashkent Samarkand Bukhara Khiva Andijan Namangan Fergana Nukus Termez Karshi Gulistan Urgench "
          "Navoi Jizzakh",
    "KG": "Bishkek Osh Cholpon-Ata Karakol Jalal-Abad",
    "TJ": "Dushanbe Khujand", "TM": "Ashgabat Turkmenbashi Arkadag Ashkhabad", "AZ": "Baku", "GE": "Tbilisi Batumi",
    "AM": "Yerevan", "BY": "Minsk", "UA": "Kyiv Kiev", "MD": "Chisinau",
    "RU": "Moscow Kazan Novosibirsk Sochi Vladivostok Yekaterinburg Omsk Irkutsk Ulan-Ude Kyzyl "
          "Orenburg Chelyabinsk Barnaul Astrakhan Samara Ufa Krasnoyarsk",
    "MN": "Ulaanbaatar Ulan-Bator Darkhan Erdenet Khovd Ulgii Choibalsan Kharkhorin",
    "CN": "Beijing Shanghai Urumqi Guangzhou Shenzhen Xi'an Xian Tianjin Harbin Chengdu Hohhot Hangzhou Nanjing "
          "Wuhan Qingdao Xiamen Kunming Chongqing Sanya Boao",
    "JP": "Tokyo Osaka Kyoto Hiroshima Nagoya Yokohama", "KR": "Seoul Busan Incheon", "IN": "Delhi Mumbai Bengaluru Chennai Hyderabad Kolkata Ahmedabad Pune Jaipur Goa", "PK": "Islamabad Karachi Lahore Rawalpindi Peshawar Quetta Gwadar",
    "AF": "Kabul Herat Kandahar", "IR": "Tehran Isfahan Esfahan Mashhad Tabriz Shiraz Qom", "TR": "Ankara Istanbul Antalya Izmir Bursa Trabzon Konya", "AE": "Dubai Sharjah",
    "SA": "Riyadh Jeddah", "QA": "Doha", "OM": "Muscat", "BH": "Manama", "EG": "Cairo",
    "IL": "Jerusalem", "JO": "Amman", "LB": "Beirut", "SY": "Damascus", "IQ": "Baghdad",
    "DE": "Berlin Munich Frankfurt Hamburg Bonn Cologne Dresden", "FR": "Paris Strasbourg Lyon Marseille", "GB": "London Edinburgh Manchester",
    "IT": "Rome Milan Florence Venice Naples", "ES": "Madrid Barcelona Seville Valencia", "AT": "Vienna Salzburg", "BE": "Brussels",
    "CH": "Geneva Bern Davos Lausanne", "PL": "Warsaw", "CZ": "Prague", "HU": "Budapest", "RO": "Bucharest",
    "BG": "Sofia", "RS": "Belgrade", "GR": "Athens", "PT": "Lisbon", "NL": "Amsterdam",
    "SE": "Stockholm", "NO": "Oslo", "FI": "Helsinki", "DK": "Copenhagen", "LV": "Riga",
    "LT": "Vilnius", "EE": "Tallinn", "SK": "Bratislava", "SI": "Ljubljana", "HR": "Zagreb Osijek Split Rijeka Dubrovnik",
    "IE": "Dublin", "US": "Washington Seattle Boston Houston Miami Atlanta", "CA": "Ottawa Montreal", "BR": "Brasilia", "AR": "Buenos",
    "TH": "Bangkok", "VN": "Hanoi", "ID": "Jakarta Bogor Surabaya Bandung", "MY": "Kuala Putrajaya", "SG": "Singapore",
    "PH": "Manila", "AU": "Canberra Sydney", "ZA": "Pretoria", "ET": "Addis", "KE": "Nairobi",
    "KW": "Kuwait",
}
MULTIWORD_CITIES = {
    "New Delhi": "IN", "Abu Dhabi": "AE", "New York": "US", "Kuala Lumpur": "MY", "Buenos Aires": "AR",
    "Addis Ababa": "ET", "Tel Aviv": "IL", "Ulan Bator": "MN", "Saint Petersburg": "RU",
    "St. Petersburg": "RU", "Hong Kong": "CN", "Mexico City": "MX", "The Hague": "NL",
    "Kuwait City": "KW", "Sharm el-Sheikh": "EG", "Nur-Sultan": "KZ", "San Francisco": "US", "Los Angeles": "US",
    "New Orleans": "US", "San Diego": "US", "Rio de Janeiro": "BR", "Sao Paulo": "BR", "São Paulo": "BR",
    "Nusa Dua": "ID", "Ho Chi Minh": "VN", "Cape Town": "ZA", "Dar es Salaam": "TZ",
    "Bandar Seri Begawan": "BN",
    # Vietnamese outlets (VNS, VNA) write their cities with the diacritics of the national script
    "Hà Nội": "VN", "Đà Nẵng": "VN", "Hồ Chí Minh City": "VN", "Ho Chi Minh City": "VN", "Da Nang": "VN",
}

# The capitals of the states CITIES does not list (| separates spellings), so that "signed in the capital Rabat" has a
# place wherever the event was; their ru/kk/mn names are termbase rows.
WORLD_CAPITALS = {
    "AD": "Andorra la Vella", "AL": "Tirana", "AO": "Luanda", "BA": "Sarajevo", "BB": "Bridgetown", "BD": "Dhaka",
    "BF": "Ouagadougou", "BI": "Gitega", "BJ": "Porto-Novo", "BO": "La Paz|Sucre", "BS": "Nassau", "BT": "Thimphu",
    "BW": "Gaborone", "BZ": "Belmopan", "CD": "Kinshasa", "CF": "Bangui", "CG": "Brazzaville", "CI": "Yamoussoukro",
    "CL": "Santiago", "CM": "Yaounde|Yaoundé", "CO": "Bogota|Bogotá", "CR": "San Jose|San José", "CU": "Havana",
    "CV": "Praia", "CY": "Nicosia", "DJ": "Djibouti", "DO": "Santo Domingo", "DZ": "Algiers", "EC": "Quito",
    "ER": "Asmara", "FJ": "Suva", "GA": "Libreville", "GH": "Accra", "GM": "Banjul", "GN": "Conakry", "GQ": "Malabo",
    "GT": "Guatemala City", "GW": "Bissau", "GY": "Georgetown", "HN": "Tegucigalpa", "HT": "Port-au-Prince",
    "IS": "Reykjavik|Reykjavík", "JM": "Kingston", "KH": "Phnom Penh", "KM": "Moroni", "KP": "Pyongyang",
    "LA": "Vientiane", "LI": "Vaduz", "LK": "Colombo", "LR": "Monrovia", "LS": "Maseru", "LU": "Luxembourg",
    "LY": "Tripoli", "MA": "Rabat", "MC": "Monaco", "ME": "Podgorica", "MG": "Antananarivo", "MK": "Skopje",
    "ML": "Bamako", "MM": "Naypyidaw|Nay Pyi Taw", "MR": "Nouakchott", "MT": "Valletta", "MU": "Port Louis",
    "MV": "Male|Malé", "MW": "Lilongwe", "MX": "Mexico City", "MZ": "Maputo", "NA": "Windhoek", "NE": "Niamey",
    "NG": "Abuja", "NI": "Managua", "NP": "Kathmandu", "NZ": "Wellington", "PA": "Panama City", "PE": "Lima",
    "PG": "Port Moresby", "PY": "Asuncion|Asunción", "RW": "Kigali", "SB": "Honiara", "SD": "Khartoum",
    "SL": "Freetown", "SN": "Dakar", "SO": "Mogadishu", "SR": "Paramaribo", "SS": "Juba", "SV": "San Salvador",
    "SZ": "Mbabane", "TD": "N'Djamena|N’Djamena|Ndjamena", "TG": "Lome|Lomé", "TL": "Dili", "TN": "Tunis",
    "TT": "Port of Spain", "TZ": "Dodoma", "UG": "Kampala", "UY": "Montevideo", "VE": "Caracas", "VU": "Port Vila",
    "WS": "Apia", "YE": "Sanaa|Sana'a|Sana’a", "ZM": "Lusaka", "ZW": "Harare",
}
MULTIWORD_CITIES.update({name: code for code, names in WORLD_CAPITALS.items() for name in names.split("|") if " " in name})

# Capitals: the first city listed above, except where that is not the capital.
CAPITALS = {code: names.split("|")[0] for code, names in WORLD_CAPITALS.items()} | \
    {code: names.split()[0] for code, names in CITIES.items()} | {
    "AE": "Abu Dhabi", "IN": "New Delhi", "US": "Washington", "MY": "Kuala Lumpur", "ET": "Addis Ababa",
    "KW": "Kuwait City", "BN": "Bandar Seri Begawan", "AR": "Buenos Aires", "AU": "Canberra", "CH": "Bern", "UA": "Kyiv",
}
# Venues the genre names instead of a city: presidential residences, parliament buildings, palaces.
VENUES = {
    "akorda": ("Astana", "KZ"), "ak orda": ("Astana", "KZ"), "palace of independence": ("Astana", "KZ"),
    "palace of peace and reconciliation": ("Astana", "KZ"), "kremlin": ("Moscow", "RU"),
    "kuksaroy": ("Tashkent", "UZ"), "kuksaray": ("Tashkent", "UZ"), "oqsaroy": ("Tashkent", "UZ"),
    "ala-archa": ("Bishkek", "KG"), "ala archa": ("Bishkek", "KG"), "yntymak ordo": ("Bishkek", "KG"),
    "palace of nations": ("Dushanbe", "TJ"), "oguzkhan": ("Ashgabat", "TM"), "zagulba": ("Baku", "AZ"),
    "ikh tenger": ("Ulaanbaatar", "MN"), "state palace": ("Ulaanbaatar", "MN"), "ak saray": ("Ankara", "TR"),
    "zhongnanhai": ("Beijing", "CN"), "great hall of the people": ("Beijing", "CN"), "elysee palace": ("Paris", "FR"),
    "white house": ("Washington", "US"), "downing street": ("London", "GB"), "kantei": ("Tokyo", "JP"),
    "qasr al watan": ("Abu Dhabi", "AE"), "al-shati palace": ("Abu Dhabi", "AE"),
    "cheong wa dae": ("Seoul", "KR"), "blue house": ("Seoul", "KR"), "diaoyutai": ("Beijing", "CN"),
    "novo-ogaryovo": ("Moscow", "RU"), "akasaka palace": ("Tokyo", "JP"),
    # seats of heads of state and government further afield
    "rashtrapati bhavan": ("New Delhi", "IN"), "hyderabad house": ("New Delhi", "IN"), "aiwan-e-sadr": ("Islamabad", "PK"),
    "bellevue palace": ("Berlin", "DE"), "quirinal palace": ("Rome", "IT"), "palazzo chigi": ("Rome", "IT"),
    "istana negara": ("Kuala Lumpur", "MY"), "perdana putra": ("Putrajaya", "MY"), "merdeka palace": ("Jakarta", "ID"),
    "sandor palace": ("Budapest", "HU"), "belweder": ("Warsaw", "PL"), "presidential palace of vietnam": ("Hanoi", "VN"),
    "ittihadiya palace": ("Cairo", "EG"), "al-ittihadiya palace": ("Cairo", "EG"),
}
# Regions (oblasts, aimags, provinces) that the genre names without their country.
REGIONS = {
    "KZ": "Akmola Aktobe Almaty Atyrau Abai Jetisu Ulytau Karaganda Karagandy Kostanay Kyzylorda Mangystau Pavlodar "
          "Turkestan Zhambyl Jambyl Kazakhstan",  # "East/North/West/South Kazakhstan region"
    "UZ": "Syrdarya Jizzakh Samarkand Bukhara Khorezm Navoi Kashkadarya Surkhandarya Fergana Andijan Namangan "
          "Karakalpakstan",
    "KG": "Chui Chuy Issyk-Kul Naryn Talas Jalal-Abad Batken Osh",
    "TJ": "Sughd Khatlon Badakhshan",
    "AZ": "Nakhchivan Karabakh Nagorno-Karabakh",
    "MN": "Khovd Bayan-Ulgii Bayan-Ölgii Uvs Zavkhan Selenge Dornod Darkhan-Uul Orkhon Tuv Khentii Umnugovi Dornogovi",
    "RU": "Kurgan Orenburg Omsk Tomsk Novosibirsk Altai Chelyabinsk Tyumen Astrakhan Saratov Samara Volgograd "
          "Tatarstan Bashkortostan Sverdlovsk Irkutsk Buryatia Tuva",
}
REGION_TO_COUNTRY = {name.lower(): code for code, names in REGIONS.items() for name in names.split()}
# Offices that exist in one country only.
# "the situation in Kabul", "global challenges such as Afghanistan": a place talked about, not where the sides met nor
# a side
TALKED_ABOUT = re.compile(r"\b(?:situation|developments|elections?|crisis|conflict|war|events|unrest|challenges|issues|problems|"
                          r"threats|questions?|matters|settlement|peace\s+process)\s+(?:[a-z]+\s+){0,2}?(?:in|around|on|over|"
                          r"such\s+as|including|like|of)\s+(?:the\s+)?$", re.I)
NATIONAL_OFFICES = {"akim": "KZ", "khokim": "UZ", "hokim": "UZ"}
# offices only one country has, by their whole name: India's foreign minister is its External Affairs Minister
NATIONAL_OFFICE_NAMES = {"external affairs minister": "IN", "minister of external affairs": "IN",
                         "minister for external affairs": "IN", "union minister": "IN"}

# Initials written without stops before a name ("KM Abdus Salam", "AB Khan"): the person's, never a body's or an office's
BARE_INITIALS = re.compile(r"[A-Z]{1,2}")

# Proper institutions that are one word, with the country they belong to.
KNOWN_INSTITUTIONS = {
    "akorda": "KZ", "ak orda": "KZ", "mazhilis": "KZ", "majilis": "KZ", "kurultai": "KZ",
    "jogorku kenesh": "KG", "zhogorku kenesh": "KG", "grand national assembly": "TR", "oliy majlis": "UZ", "oliy majilis": "UZ", "majlisi oli": "TJ", "mejlis": "TM",
    "majlisi namoyandagon": "TJ", "majlisi milli": "TJ",
    "great state khural": "MN", "state great khural": "MN", "state great hural": "MN",
    "great state hural": "MN", "state duma": "RU", "milli majlis": "AZ", "milli mejlis": "AZ", "kremlin": "RU",
    # parliaments known by their own one-word names
    "seimas": "LT", "saeima": "LV", "sejm": "PL", "riigikogu": "EE", "knesset": "IL", "bundestag": "DE",
    "storting": "NO", "riksdag": "SE", "folketing": "DK", "eduskunta": "FI", "verkhovna rada": "UA",
    "althingi": "IS", "sabor": "HR", "oireachtas": "IE", "dail eireann": "IE", "jatiya sangsad": "BD", "dewan rakyat": "MY", "dewan negara": "MY", "lok sabha": "IN", "rajya sabha": "IN",
    "white house": "US", "national people's congress": "CN",  # no institution word ("congress" is mostly an event)
}
# Surnames of heads of state and government the genre names without a country (folded, lower case).
LEADERS = {
    "tokayev": "KZ", "nazarbayev": "KZ", "mirziyoyev": "UZ", "karimov": "UZ", "japarov": "KG", "zhaparov": "KG",
    "jeenbekov": "KG", "atambayev": "KG", "rahmon": "TJ", "berdimuhamedov": "TM", "khurelsukh": "MN",
    "battulga": "MN", "elbegdorj": "MN", "putin": "RU", "medvedev": "RU", "mishustin": "RU", "lukashenko": "BY",
    "aliyev": "AZ", "erdogan": "TR", "pashinyan": "AM", "zelensky": "UA", "trump": "US", "biden": "US", "obama": "US",
}
# International bodies the genre names by acronym alone ("within the CIS, CSTO and OSCE").
INTERNATIONAL_ACRONYMS = frozenset("""
UN CIS CSTO OSCE SCO EAEU EAEC CICA NATO UNESCO UNICEF UNDP WHO IOM OTS ASEAN OIC CAREC ADB EBRD IMF USAID
WTO IAEA ECO IFAS UNAMA OPEC EU AU SADC ECOWAS GCC BRICS APEC OECD BIMSTEC SAARC AIPA
""".split())
# Variant spellings of one institution word.
# Chambers that ratify: "The Mazhilis has approved a document on ..." is a ratification
CHAMBERS = (r"(?:Mazhilis|Majilis|Senate|[Pp]arliament|Khural|Kurultai|Kenesh|Majlis|Duma|Legislative\s+Chamber|"
            r"National\s+Assembly)")
INSTITUTION_VARIANTS = {"majilis": "mazhilis", "hural": "khural", "khalk": "halk", "maslakhaty": "maslahaty", "centre": "center", "organisation": "organization"}

ORG_HEADS = frozenset("""
ministry bank agency commission committee corporation department centre center institute akimat
khokimiyat hokimiyat mazhilis majilis majlis khural hural kenesh senate parliament union assembly
organization organisation cabinet government council chamber fund university company office
administration foundation association secretariat court embassy consulate service academy
inspectorate directorate authority board bureau duma akorda presidium party enterprise railways airlines
holding exchange kurultai mejlis confederation federation society societies library museum museums maslahaty maslakhaty gengesh maslikhat maslihat
institution network alliance movement league
llp jsc llc cjsc pjsc ojsc ltd plc inc corp co bhd berhad gmbh
""".split())  # the last line: legal forms of companies ("JSC Tynys", "PetroChina Daqing Tamsag LLC")
EVENT_WORDS = frozenset("""
meeting session summit conference forum congress festival days week expo exhibition games olympics
talks visit round forum dialogue concert year decade
""".split())
GEO_WORDS = frozenset("region oblast aimag province district city republic state federation county territory krai okrug "
                       "prefecture governorate emirate canton municipality voivodeship".split())

# offices the U.S. and Korean press write short before a name: "Rep. Park", "Sen. Lee", "Amb. Smith"
SHORT_OFFICES = frozenset("rep reps sen amb".split())
TITLE_HEADS = frozenset("""
president minister chairman chairwoman chairperson chair speaker head ambassador envoy akim governor
mayor deputy deputies adviser advisor director chief secretary representative consul rector commander
prosecutor senator member members leader premier vice counselor counsellor spokesperson spokesman spokeswoman assistant
khokim hokim ombudsman commissioner ceo founder chancellor king queen emir sultan prince minister
emperor empress sheikh sheikha majesty highness excellency princess amir elbasy elbashi mp chargé charge
ministers presidents ambassadors governors chairmen heads leaders directors secretaries counterpart colleague administrator
marshal official lady
councilor councillor whip rep nuncio undersecretary
commodore admiral colonel brigadier
""".split()) | {f"{office}." for office in SHORT_OFFICES}
TITLE_MODIFIERS = frozenset("""
deputy vice first prime foreign general extraordinary plenipotentiary acting executive state permanent
special senior former co-chair crown national d'affaires d’affaires assistant apostolic rear lieutenant
second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
""".split())  # ("Turkey's eighth President Turgut Özal", as "Kyrgyzstan's first President")
# Titles of honour that stand before a name: Malaysia's and Brunei's ("Datuk Seri", "Tan Sri"), Cambodia's «Samdech»
# with its styles ("Samdech Techo", "Samdech Akka Moha Ponhea Chakrei")
HONOURS = (r"Count|Countess|Baron|Baroness|"  # a rank of nobility: "the explorer Count Sámuel Teleki"
           r"(?:Tan|Toh|Puan)\s+Sri|(?:Datuk|Dato['’]?|Datin)(?:\s+(?:Seri|Sri|Paduka|Setia|Laila|Jasa))*|"
           r"Samdech(?:\s+(?:Akka|Moha|Ponhea|Chakrei|Techo|Sena|Padei|Pichey|Krala|Thipadei|Vibol))*|Lok\s+Chumteav|"
           # Brunei's chains of styles and titles before a name: "Yang Berhormat Pehin Orang Kaya Seri Lela Dato Seri
           # Setia Awang Haji Abdul Rahman" is Abdul Rahman
           r"Yang\s+(?:Berhormat|Mulia|Amat\s+Mulia|Teramat\s+Mulia)|"
           r"Pehin\s+(?:Orang\s+Kaya|Datu|Jawatan\s+(?:Dalam|Luar)|Siraja\s+Khatib|Udana\s+Khatib|Kapitan)"
           r"(?:\s+(?:Seri|Lela|Setia|Jaya|Indera|Laila|Pekerma|Maharaja|Kerna|Pendikar|Paduka|Dewa|Wangsa|Udana|"
           r"Bendahara|Di-Gadong|Shahbandar|Diraja|Utama|Lailaraja|Kanun|Penggawa)){0,4}|"
           r"(?:Awang|Dayang|Pengiran)(?:\s+Haj(?:i|ah))?|Hajah")
# Honorifics and forms of address: part of a title, never of a name ("His Majesty the Emperor Naruhito").
HONORIFICS = (r"(?:H\.\s?E\.?|HE|His|Her|Their)\s+(?:Excellency|Majesty|Highness|Royal\s+Highness)|H\.\s?[EH]\.|H[EH]|"
              rf"Mr|Mrs|Ms|Dr|Engineer|Eng|Engr|Prof|Monsignor|Msgr|Mgr|Academician|Shri|Smt|(?:The\s+)?(?:Most\s+)?Hono(?:u)?rable|Hon\.|"
              # military ranks before a name ("Prime Minister of Fiji, Commodore Josaia Bainimarama")
              rf"Commodore|(?:Rear\s+|Vice\s+)?Admiral|Brigadier(?:\s+General)?|(?:Major|Lieutenant)\s+General|"
              rf"(?:Lieutenant\s+)?Colonel|Air\s+(?:Chief\s+|Vice\s+)?Marshal|{HONOURS}")
PLURAL_TITLES = {"deputies": "deputy", "ministers": "minister", "presidents": "president",
                 "ambassadors": "ambassador", "governors": "governor", "chairmen": "chairman",
                 "heads": "head", "leaders": "leader", "members": "member", "speakers": "speaker",
                 "mps": "MP", "senators": "senator", "directors": "director", "secretaries": "secretary"}

# the heads of bodies that a plural names one of each side: "the Ministries of Agriculture", "the Chambers of Commerce"
PLURAL_BODY_HEADS = {"ministries": "ministry", "academies": "academy", "agencies": "agency", "chambers": "chamber",
                     "secretariats": "secretariat", "councils": "council", "committees": "committee",
                     "commissions": "commission", "services": "service", "institutes": "institute",
                     "universities": "university", "administrations": "administration", "departments": "department",
                     "centres": "centre", "centers": "center", "parliaments": "parliament",
                     "governments": "government", "offices": "office", "museums": "museum", "libraries": "library"}
# one document of a plural noun: "three MoUs on A and another on B", "the agreements establishing twin-city relations"
SINGULAR_DOCUMENTS = {"memorandums": "memorandum", "memoranda": "memorandum", "agreements": "agreement", "mous": "MoU",
                      "protocols": "protocol", "contracts": "contract", "treaties": "treaty", "roadmaps": "roadmap",
                      "documents": "document", "declarations": "declaration"}
# "the Ministries of Health and Social Services", "Chambers of Commerce": one body of each side, named once
PLURAL_BODY = re.compile(rf"(?:[A-Z][\w-]*\s+){{0,3}}(?i:{'|'.join(PLURAL_BODY_HEADS)})\b(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z].*)?")
_OF_OR_FOR = re.compile(r"(\s+(?:of|for)\s+(?:the\s+)?)")


def one_body_of_each(plural: str) -> str:
    """The body each side has of a plural: 'Secretariats of the Security Councils' -> 'Secretariat of the Security
    Council', 'State Committees for National Security' -> 'State Committee for National Security'. A portfolio
    list keeps its plurals ('Ministries of Health and Social Services' -> 'Ministry of Health and Social Services')."""
    if plural.lower() == "foreign ministries":
        return "Ministry of Foreign Affairs"
    parts = _OF_OR_FOR.split(plural)
    return "".join(part if index % 2 or re.search(r",|\band\b", part) else _singular_heads(part)
                   for index, part in enumerate(parts))


def _singular_heads(words: str) -> str:
    def singular(word: re.Match[str]) -> str:
        one = PLURAL_BODY_HEADS.get(word.group().lower())
        if one is None:
            return word.group()
        return one.capitalize() if word.group()[0].isupper() else one
    return re.sub(r"[A-Za-z]+", singular, words)


MONTH_WORDS = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
""".split())

# Capitalized words that begin sentences or name things other than people.
NON_NAME_WORDS = frozenset("""
the a an this that these those his her its their our we he she it they in on at by for with from of to
and or but as after before during following according also additionally moreover furthermore however through via
meanwhile today yesterday tomorrow earlier later then thus therefore besides within upon under about abroad overseas
regarding welcoming thanks speaking source photo read more related news
having being noting stressing emphasizing emphasising underlining highlighting expressing recalling touching
honorable honourable hon founding founder remarks opening closing keynote
addressing commenting referring pointing praising thanking
president minister chairman speaker head ambassador deputy prime foreign affairs secretary general
presidents ministers chairmen speakers ambassadors governors leaders senators deputies lawmakers legislators parliamentarians
republic federation kingdom state states united nations international national central world global
government parliament ministry bank agency commission committee corporation department centre center
institute union assembly organization council chamber fund office service cabinet court embassy
economic economy trade cooperation development investment investments energy industry industrial
culture cultural sport sports tourism health healthcare education science scientific technology
technical digital innovation innovations aerospace agriculture agricultural water resources natural
ecology environment labour labor social protection migration finance financial regulatory deposit
insurance veterinary nuclear atomic transport transportation logistics security defence defense
justice interior emergency situations communications information media youth family affairs
strategic studies research action plan program programme project projects initiative roadmap memorandum agreement declaration
protocol treaty convention charter mission climate change summit conference forum meeting session
days week year parliamentary inter-parliamentary intergovernmental interparliamentary great east west
north south upper lower house heads supreme court constitutional council high commissioner executive
business chamber commerce partnership friendship group groups company enterprise enterprises joint stock
mr mrs ms dr prof professor academician his excellency h.e embassy consulate general monsignor msgr mgr engineer
europe asia africa america americas oceania eurasia caucasus balkans scandinavia northern southern eastern western
middle arab gulf pacific atlantic peninsula emirates
armed forces force troops army navy crescent societies society cross red holiday holidays festivities
war wars victory elbasy elbashi honorary honored honoured elder hero
responsible exporting countries petroleum majlisi namoyandagon mazhilis majilis mejlis khural hural kenesh jogorku
jatiya sangsad dewan rakyat sabha
eid al-fitr fitr al-adha adha kurban qurban hayit hait ait meiram nauryz nowruz navruz nauruz novruz ramadan christmas
sar naadam
one two three four five six seven eight nine ten hundred thousand million billion
staff interlocutors participants parties sides delegates officials experts attendees guests hosts negotiators guards coast guard
ministries embassies agencies departments committees councils governments parliaments
democrat democrats republican republicans socialist socialists conservative conservatives
counterparts colleagues
trough river lake sea ocean bay strait canal valley desert mountains island islands plateau basin glacier volcano
gardens garden botanical square boulevard avenue stadium pavilion
""".split())  # holidays ("Tsagaan Sar"), numbers ("the 'One Million Trees' programme"), on the last lines
# landforms ("the Nankai Trough", "the Aral Sea") and sites ("the Perdana Botanical Gardens"): never part of a person's name

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # in the order of date.weekday()

OUTLETS = {
    "kazinform": "Kazinform", "trend": "Trend", "montsame": "Montsame", "uzdaily": "UzDaily",
    "uzdaily.com": "UzDaily", "akipress": "AKIpress", "tass": "TASS", "ria novosti": "RIA Novosti",
    "interfax": "Interfax", "rossiya segodnya": "Rossiya Segodnya", "xinhua": "Xinhua", "kabar": "Kabar", "uza": "UzA", "belta": "BelTA",
    "azertac": "AZERTAC", "khovar": "Khovar", "turkmenportal": "Turkmenportal", "24.kz": "24.kz",
    "the astana times": "The Astana Times", "astana times": "The Astana Times", "news.by": "news.by",
    "apa": "APA", "report.az": "Report.az", "sputnik": "Sputnik", "reuters": "Reuters",
    "the voice of mongolia": "Voice of Mongolia", "voice of mongolia": "Voice of Mongolia",
    "daryo": "Daryo", "gazeta.uz": "Gazeta.uz", "24.kg": "24.kg", "kun.uz": "Kun.uz",
    "qazinform": "Kazinform", "dunya": "Dunya", "anadolu": "Anadolu", "anadolu agency": "Anadolu", "aa": "Anadolu", "kazakh tv": "Kazakh TV",
    "wam": "WAM", "emirates news agency": "WAM", "qna": "QNA", "qatar news agency": "QNA", "spa": "SPA",
    "saudi press agency": "SPA", "tengrinews": "Tengrinews", "tengrinews.kz": "Tengrinews", "zakon.kz": "Zakon.kz",
    "kapital.kz": "Kapital.kz", "azernews": "AzerNews", "news.az": "News.Az", "yonhap": "Yonhap", "kyodo": "Kyodo",
    "armenpress": "ARMENPRESS", "khabar": "Khabar", "gogo.mn": "GoGo.mn", "ikon.mn": "Ikon.mn",
    "kuna": "KUNA", "kuwait news agency": "KUNA", "bernama": "Bernama", "sapa": "Sapa", "south african press association": "Sapa", "ppi": "PPI", "pakistan press international": "PPI",
    "associated press of pakistan": "APP", "akp": "Agency Kampuchea Press", "agency kampuchea press": "Agency Kampuchea Press", "panarmenian": "PanARMENIAN.Net",
    "panarmenian.net": "PanARMENIAN.Net", "hetq": "Hetq",
    "vna": "VNA", "vietnam news agency": "VNA", "agerpres": "Agerpres", "moldpres": "Moldpres", "irna": "IRNA",
    "tehran times": "Tehran Times", "news.am": "NEWS.am", "ghana news agency": "GNA", "gna": "GNA",
    "prensa latina": "Prensa Latina", "efe": "EFE", "ians": "IANS", "pti": "PTI", "antara": "Antara",
    # (no agency whose short name is also a given name or a word: "Ani", "Petra", "Sana", "MAP")
    "ukrinform": "Ukrinform", "asia-plus": "Asia-Plus", "asia plus": "Asia-Plus", "unian": "UNIAN",
    "kyodo news": "Kyodo", "jiji press": "Jiji Press", "bss": "BSS", "rss": "RSS", "kenya news agency": "KNA",
    "ansa": "ANSA", "mti": "MTI", "bta": "BTA", "bna": "BNA", "ona": "ONA", "pna": "PNA",
    "pap": "PAP", "polish press agency": "PAP", "ctk": "ČTK", "czech news agency": "ČTK",
    "agenda.ge": "Agenda.ge", "ena": "ENA", "ethiopian news agency": "ENA", "antara news": "Antara",
    "abr": "Agência Brasil", "agência brasil": "Agência Brasil", "agencia brasil": "Agência Brasil",
    "tasnim": "Tasnim", "tasnim news agency": "Tasnim", "hina": "HINA", "civil.ge": "Civil.ge", "today.az": "Today.az",
    "andina": "Andina", "leta": "LETA", "elta": "ELTA", "telam": "Télam", "télam": "Télam",
}

# Web hosts of the outlets: a page address in the text (a "link:" line) names the outlet that published it.
OUTLET_HOSTS = {
    "inform.kz": "Kazinform", "qazinform.com": "Kazinform", "trend.az": "Trend", "montsame.mn": "Montsame",
    "uzdaily.uz": "UzDaily", "uzdaily.com": "UzDaily", "akipress.com": "AKIpress", "akipress.org": "AKIpress",
    "tass.com": "TASS", "tass.ru": "TASS", "24.kg": "24.kg", "astanatimes.com": "The Astana Times",
    "kabar.kg": "Kabar", "uza.uz": "UzA", "khovar.tj": "Khovar", "belta.by": "BelTA", "news.by": "news.by",
    "vom.mn": "Voice of Mongolia", "kt.kz": "Kazakh TV", "azertag.az": "AZERTAC", "xinhuanet.com": "Xinhua",
    "kun.uz": "Kun.uz", "gazeta.uz": "Gazeta.uz", "daryo.uz": "Daryo", "dunyo.info": "Dunya",
}
# The home country of domestic outlets: they call their own head of state just "the President".
OUTLET_COUNTRIES = {
    "Kazinform": "KZ", "The Astana Times": "KZ", "Kazakh TV": "KZ", "24.kz": "KZ", "Montsame": "MN",
    "Voice of Mongolia": "MN", "UzDaily": "UZ", "UzA": "UZ", "Daryo": "UZ", "Gazeta.uz": "UZ", "Kun.uz": "UZ",
    "Dunya": "UZ", "AKIpress": "KG", "Kabar": "KG", "24.kg": "KG", "Khovar": "TJ", "BelTA": "BY", "news.by": "BY",
    "Anadolu": "TR", "WAM": "AE", "QNA": "QA", "SPA": "SA", "TASS": "RU", "RIA Novosti": "RU", "Interfax": "RU", "Xinhua": "CN", "AZERTAC": "AZ",
    "Trend": "AZ", "AzerNews": "AZ", "News.Az": "AZ", "Report.az": "AZ", "APA": "AZ", "Tengrinews": "KZ", "Zakon.kz": "KZ",
    "Kapital.kz": "KZ", "Khabar": "KZ", "Yonhap": "KR", "Kyodo": "JP", "ARMENPRESS": "AM", "GoGo.mn": "MN", "Ikon.mn": "MN",
    "Turkmenportal": "TM", "KUNA": "KW", "Bernama": "MY", "PPI": "PK", "APP": "PK", "Agency Kampuchea Press": "KH", "PanARMENIAN.Net": "AM",
    "Hetq": "AM",
    # national agencies of other regions, as their datelines name them ("Surakarta (ANTARA News) -", "Accra, March 7, GNA")
    "Antara": "ID", "ANTARA News": "ID", "GNA": "GH", "ENA": "ET", "Agerpres": "RO", "Prensa Latina": "CU", "EFE": "ES",
    "ANSA": "IT", "PTI": "IN", "ANI": "IN", "IANS": "IN", "BSS": "BD", "RSS": "NP", "PNA": "PH", "VNA": "VN", "Jiji": "JP",
    "Sapa": "ZA", "KNA": "KE", "APS": "DZ", "MAP": "MA", "MENA": "EG", "Ukrinform": "UA", "PAP": "PL", "MTI": "HU",
    "CTK": "CZ", "Lusa": "PT", "ONA": "OM", "IRNA": "IR", "BTA": "BG", "Agenda.ge": "GE", "Asia-Plus": "TJ",
    "Xinhua News Agency": "CN", "KUNA News Agency": "KW", "MIA": "MK", "ACN": "CU", "HINA": "HR", "Tasnim": "IR",
    "Mehr": "IR", "STA": "SI", "Tanjug": "RS", "Fena": "BA", "BGIS": "BB",
    "Moldpres": "MD", "IPN": "MD", "Andina": "PE", "LETA": "LV", "ELTA": "LT", "BNS": "LT", "ERR": "EE", "NTB": "NO",
    "TT": "SE", "STT": "FI", "Ritzau": "DK", "Belga": "BE", "ANP": "NL", "APA-OTS": "AT", "TASR": "SK", "ATA": "AL",
    "CNA": "CY", "KPL": "LA", "Fiji Broadcasting Corporation": "FJ", "FBC": "FJ", "Telam": "AR", "Télam": "AR",
    "NAN": "NG", "TAP": "TN", "SIS": "EG", "SANA": "SY", "Petra": "JO", "NNA": "LB", "INA": "IQ", "SABA": "YE",
}

# CLDR's exemplar cities fill in what the hand list lacks (Havana, Santiago, Asunción); the hand list wins
MULTIWORD_CITIES.update({name: code for name, code in CLDR_CITIES.items() if " " in name and name not in MULTIWORD_CITIES})
CITY_TO_COUNTRY: dict[str, str] = {
    name.lower(): code for name, code in CLDR_CITIES.items() if " " not in name
} | {
    city.lower(): code for code, names in CITIES.items() for city in names.split()
} | {
    name.lower(): code for code, names in WORLD_CAPITALS.items() for name in names.split("|") if " " not in name
} | {name.lower(): code for name, code in MULTIWORD_CITIES.items()}
CITY_TO_COUNTRY.pop("buenos", None)
CITY_TO_COUNTRY.pop("kuala", None)
CITY_TO_COUNTRY.pop("addis", None)
CITY_TO_COUNTRY.pop("kuwait", None)


@functools.lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Lower-case English country names (Babel's and common variants) to ISO alpha-2 codes."""
    from babel import Locale

    names: dict[str, str] = {}
    for code, name in Locale("en").territories.items():
        if len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "QO", "XA", "XB", "XK"):
            names[name.lower()] = code
            short = re.sub(r"\s*\(.*?\)", "", name).strip().lower()
            names.setdefault(short, code)
            plain = "".join(c for c in unicodedata.normalize("NFKD", short) if not unicodedata.combining(c))
            if plain != short:  # "Cote d’Ivoire", "Curacao": written without the accent
                names.setdefault(plain, code)
    names.update(_EXTRA_COUNTRY_NAMES)
    names.update(REGIONS_NAMED_LIKE_COUNTRIES)
    return names


@functools.lru_cache(maxsize=1)
def country_regex() -> re.Pattern[str]:
    """Country names, demonyms and 'Republic of X' forms in running text."""
    words = sorted(set(country_names()) | set(DEMONYMS), key=lambda word: (-len(word), word))  # the same pattern in every process
    # Hundreds of names tried one by one at every word would cost a millisecond per text; grouped
    # by first letter, only the names that can match are tried, in the same longest-first order.
    by_first_letter: dict[str, list[str]] = {}
    for word in words:
        if len(word) > 2:
            by_first_letter.setdefault(word[0].lower(), []).append(re.escape(word[1:]))
    alternatives = "|".join(f"{re.escape(letter)}(?:{'|'.join(rests)})" for letter, rests in sorted(by_first_letter.items()))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?:'s|’s)?(?![\w])", re.I)


def english_name(code: str) -> str:
    """CLDR's English name of a country code ('TR' → 'Türkiye'), as parties and sides are written."""
    from babel import Locale

    return Locale("en").territories.get(code, code)


POSSESSIVE_END = re.compile(r"['’]s$")  # "Kazakhstan's", "Ministry’s": the owner's ending
_REPUBLIC_OF = re.compile(r"^(?:the )?republic of ")


def country_code(word: str) -> str | None:
    """ISO code of a country name or demonym (any case, possessive ignored)."""
    key = POSSESSIVE_END.sub("", word.strip()).lower()
    names = country_names()
    if key.removeprefix("the ") in names:  # "the Republic of the Congo": a name that opens with "Republic of"
        return names[key.removeprefix("the ")]
    key = _REPUBLIC_OF.sub("", key)
    # "Timor Leste" for CLDR's "Timor-Leste", "Guinea Bissau": a hyphen written as a space
    return names.get(key) or DEMONYMS.get(key) or (names.get(key.replace(" ", "-")) if " " in key else None)


_SHORT_COUNTRIES = re.compile(r"(?<![\w.-])(US|UK|U\.S\.|U\.K\.)(?![\w-])")  # capitals only: "us" is a pronoun


_AMERICAS_REGION = re.compile(r"\b(?:Central|Latin|South|North|Pan|Inter|Meso)[\s-]$")


def countries_in(text: str) -> list[tuple[int, int, str]]:
    """Every country or demonym in ``text`` as (start, end, code), in order."""
    return list(_countries_in(text))


@functools.lru_cache(maxsize=4096)  # the same titles and names are asked about for every language
def _countries_in(text: str) -> tuple[tuple[int, int, str], ...]:
    found = []
    for match in country_regex().finditer(text):
        word = match.group(0)
        if word[0].islower():
            continue  # "chinese" as an adjective in lower case is rare; "turkey" is a bird
        code = country_code(word)
        if code == "US" and _AMERICAS_REGION.search(text, 0, match.start()):
            continue  # "the Central American Parliament", "Latin American countries": a region, not the United States
        if code:
            found.append((match.start(), match.end(), code))
    taken = {start for start, _, _ in found}
    for match in _SHORT_COUNTRIES.finditer(text):
        if match.start() not in taken:
            found.append((match.start(), match.end(), "US" if "S" in match.group(1) else "GB"))
    return tuple(sorted(found))


def ends_with_country(text: str) -> bool:
    """Whether ``text`` ends with a country's name: "… the Government of the Czech Republic" (before "on Air …")."""
    return any(end == len(text) for _, end, _ in countries_in(text))


def country_codes_in(text: str) -> set[str]:
    """The ISO codes of the countries ``text`` names: "the press service of the Russian government" → {"RU"}."""
    return {code for _, _, code in countries_in(text)}


def names_one_country(words: t.Sequence[str]) -> bool:
    """'Turkmen', 'Georgian', 'Kyrgyz Republic': the words name a single country, by its name or demonym."""
    phrase = " ".join(words)
    return phrase.lower() in DEMONYMS or country_code(phrase) is not None


def is_country_word(word: str) -> bool:
    parts = re.split(r"[-–]", re.sub(r"(?:'s|’s)$", "", word))
    return any(country_code(part) for part in parts if part)
