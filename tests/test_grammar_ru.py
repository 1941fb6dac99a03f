"""Russian case forms (briefing.grammar.ru), checked against official and press usage.

Every row gives a phrase in the nominative and its genitive, dative, accusative,
instrumental and prepositional forms, with a note on where the forms come from:

* a URL: the page (official site, news agency, or a reprint of one) where at least the
  quoted form appears; the other cases of the row follow the same paradigm;
* «derived»: no page was found for this exact word; the forms follow the rule cited
  (Розенталь, «Русская грамматика» 1980) or the paradigm of a confirmed row.

The pages were read through stored copies (see /work/shared/reference/terminology.md for
the seed-event sources). Spelling variants between outlets (Ухнагийн/Ухнаагийн, Мирзиеев/
Мирзиёев) are noted where they occur; the tests use the termbase spelling.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefing.grammar import en, ru

# --- References -----------------------------------------------------------------------

RG80 = "«Русская грамматика» (АН СССР, 1980), т. I, склонение существительных и прилагательных"
ROSENTAL = "Д. Э. Розенталь, «Справочник по правописанию и литературной правке»"
R_NAMES = f"{ROSENTAL}, «Склонение фамилий и имён» (в т. ч. восточные имена)"
R_PLACES = f"{ROSENTAL}, «Склонение географических названий»"
R_APPOSITION = f"{ROSENTAL}, «Согласование приложений — географических названий»"
R_NUMERALS = f"{ROSENTAL}, «Сочетание числительных с существительными и прилагательными»"
TERMS = "terminology.md"

KAZPRAVDA_SEED = "https://kazpravda.kz/n/v-kazahstan-s-ofitsialnym-vizitom-pribyl-predsedatel-velikogo-gosudarstvennogo-hurala-mongolii/"
KAZPRAVDA_ASHIMBAEV = "https://kazpravda.kz/n/maulen-ashimbaev-vstretilsya-s-predsedatelem-hurala-mongolii/"
BAQ_SEED = "https://rus.baq.kz/mongoliya-nazvala-kazahstan-pervym-strategicheskim-partnyorom-v-tsa_300021570/"
CENTRALASIA_SEED = "https://centralasia.media/news:2323427?from=rss"
MID_OYUN_ERDENE = "https://mid.ru/ru/foreign_policy/news/1820563"
MID_BATTSETSEG = "https://mid.ru/ru/press_service/minister_speeches/1820537"
MID_ENKHTAIVAN = "https://gov-news.ru/news/1146694 (mid.ru text)"
KREMLIN_ELBEGDORJ = "https://tuvaonline.ru/2009/06/05/print:page,1,5744_mongol.html (kremlin.ru text, 5.06.2009)"
RIA_2016 = "https://ria.ru/20160714/1465934497.html"
LIFE_2025 = "https://life.ru/p/1800094"
VTINFORM = "https://vtinform.com/news/137/108624/ (citing kremlin.ru)"
KNEWS = "https://knews.kg/2018/03/22/mongoliya-reshila-otkryt-posolstvo-v-bishkeke"
REGNUM_2020 = "https://regnum.ru/news/polit/2796717.html"
BAIKAL24 = "https://baikal24.ru/text/12-06-2011/mongolskaya"
MIRONOV = "https://mironov.ru/50671510"
RUSSIARU = "https://russiaru.net/news/1166174 (RIA/TASS text)"
BABR_HURAL = "https://babr24.news/mong/?IDE=188687"
BABR_BURYATIA = "https://babr24.info/mong/?IDE=138558"
POLITANALITIKA = "https://politanalitika.ru/nachalas-vstrecha-vladimira-putina-s-prezidentom-mongolii-uhnagiyn-hurelsuhom/"
KZ_REPORTER = "https://kz-reporter.com/kriminal2/item/116965-tokaev-provel-vstrechu-s-mirzieevym"
ROSSAPRIMAVERA = "https://rossaprimavera.ru/news/7e68485d"
KUN_UZ = "https://kun.uz/ru/news/2020/10/10/parlament-kyrgyzstana-utverdil-novyy-sostav-pravitelstva-stalo-izvestno-imya-novogo-premer-ministra"
EHOKG = "https://ehokg.info/?p=54625"
BULAK = "https://bulak.kg/2021/10/12/akylbek-zhaparov-naznachen-i-o-glavy-kabmina-rukovoditelem-administratsii-prezidenta-kr"
TATAR_INFORM = "https://www.tatar-inform.ru/news/v-kremle-nacalis-peregovory-putina-s-si-czinpinom-5900107"
INFOROS = "https://inforos.com/ru/?module=news&action=view&id=186817"
KORGY = "https://korgy.ru/putin-vstretitsya-s-glavoj-gossoveta-knr-na-etoj-nedele.html"
ABBV = "https://abbv.ru/news/obshchestvo/premer-gossoveta-knr-rasskazal-o-tselyakh-vizita-v-rossiyu"
INFORMBURO_HON = "https://test.informburo.kz/novosti/v-kyzylorde-peredali-ostanki-legendarnogo-generala-hon-bom-do-predstavitelyam-korei"
MK_KIM = "https://mk.ru/politics/2019/04/25/kim-chen-yn-nazval-peregovory-s-vladimirom-putinym-vazhnym-shagom.html"
KOREA_NET = "https://russian.korea.net/NewsFocus/Policies/view?articleId=230073"
EADAILY = "https://eadaily.com/ru/ampnews/2018/03/06/kim-chen-yn-obsudil-s-poslannikom-yuzhnoy-korei-vozmozhnyy-sammit-dvuh-stran"
NUR_NURTLEU = "https://www.nur.kz/politics/universe/2283159-murat-nurtleu-pogovoril-s-glavoy-mid-ukrainy-posle-sluhov-o-zaderzhanii/"
KOMMERSANT = "https://www.kommersant.ru/doc/8077246"
VLAST = "https://vlast.kz/kz/amp/novosti/53602-asimbaeva-edinoglasno-izbrali-spikerom-senata.html"
EL_KZ = "https://el.kz/ru/erlan-koshanov-stal-predsedatelem-mazhilisa_69495"
BESTNEWS = "https://bestnews.kz./vlast/10301-erlan-koshanov-izbran-spikerom-mazhilisa-parlamenta"
PRESIDENT_UZ = "https://president.uz/ru/lists/view/5614"
GK_USBEKISTAN = "https://gk-usbekistan.de/ru/2022/10/12/ (Президент Узбекистана отбыл в Казахстан)"
ZONAKZ = "https://zonakz.net/2023/05/04/emomali-raxmon-poblagodaril-kasym-zhomarta-tokaeva-za-gostepriimstvo/"
NEWSHUB = "https://newshub.uz/archives/3358"
SPUTNIK_RAHMON = "https://ru.sputnik.kz/amp/20210915/Tokaev-vstretilsya-s-prezidentom-Tadzhikistana-18139382.html"
KHOVAR = "https://khovar.tj/rus/2023/05/prezident-respubliki-tadzhikistan-emomali-rahmon-provyol-telefonnyj-razgovor-s-natsionalnym-liderom-turkmenskogo-naroda-predsedatelem-halk-maslahaty-turkmenistana-gurbanguly-berdymuhamedovym"
BAIGENEWS = "https://baigenews.kz./amp/news/tokaev_vozlozhil_venok_k_monumentu_ismoila_somoni_v_dushanbe_112796"
UN_ERDOGAN = "https://peacekeeping.un.org/ru/gensek-oon-i-prezident-turcii-obsudili-perspektivy-mira-dlya-ukrainy"
TASS_POMPEO = "https://tass.ru/mezhdunarodnaya-panorama/7665101"
INFORMBURO_LAVROV = "https://informburo.kz./novosti/novyj-glava-mid-kazahstana-murat-nurtleu-vstretilsya-s-sergeem-lavrovym-v-moskve"
SPUTNIK_BORODAVKIN = "https://ru.sputnik.kz/amp/20240209/glava-mid-kazakhstana-posle-perenaznacheniya-vstretilsya-s-poslom-rossii-v-astane-42183402.html"
TURANTIMES = "https://turantimes.kz/politika/60282-nurtleu-prinjal-uchastie-v-zasedanii-glav-mid-tjurkskih-gosudarstv-v-budapeshte.html"
TURKIC_WORLD = "https://turkic.world/ru/articles/turkiye/335515"
NEWS16 = "http://16news.kz/news/oblast/Ust-Kamenogorsk-i-Bayan-Ulgiy-stanut-pobratimami-2921"
NUR_VKO = "https://nur.kz/politics/kazakhstan/2062989-tokaev-pribyl-s-vizitom-v-vko"
KAZEMBASSY = "https://kazembassy.ru/rus/press_centr/novosti/?cid=0&rid=3691"
KAKTUS = "https://kaktus.media/doc/455971_nyrsyltan_nazarbaev_pribyl_v_tyrciu._tam_je_ojidaetsia_vstrecha_mid_ykrainy_i_rossii.html"
KP_UA = "https://kp.ua/politics/a666406-v-kiev-edet-premer-japonii-fumio-kisida"
ZAKON_2025 = "https://www.zakon.kz/politika/6489345-v-astane-sostoyalos-sovmestnoe-zasedanie-palat-parlamenta.html"
THE_VILLAGE = "https://www.the-village-kz.com/village/city/news-city/23235-20-iyunya-sostoitsya-sovmestnoe-zasedanie-palat-parlamenta-kazahstana"
DNI = "https://dni.ru/news/2014/9/3/279041.html"
SQUARENEWS = "https://squarenews.ru/news/vlast/putin-i-si-czinpin-zavershili-peregovory-v-pekine"
RU24_SCO = "https://ru24.pro/foreign/382554648"
MONTSAME_BAT_UUL = "https://www.montsame.mn/cn/read/150057"
DBW_SEOUL = "https://russian.dbw.cn/system/2018/02/27/001256752.shtml"
CYBERLENINKA = "https://cyberleninka.ru/article/n/o-mehanizmah-povysheniya-interesa-k-russkomu-yazyku-v-mongolii-na-primere-mezhdu-hovd-aymakom-mongolii-i-altayskim-kraem-rf"
AGINSK = "http://www.aginsk-pravda.ru/news/festival_na_mongolskoj_zemle/2014-01-12-1872"
UZREPORT = "https://uzreport.news/politics/rukovoditeli-fraktsiy-politicheskih-partiy-izbrani-zamestitelyami-spikera"
TODAY_KG = "https://today.kg/news/3689/?utm_source=cat&hl=ru"
ECONOMIST_KG = "https://economist.kg/novosti/2024/12/02/ratifitsirovan-doghovor-o-rasshirienii-soiuznichieskikh-otnoshienii-kyrghyzstana-i-kazakhstana"
VSTIME = "https://vstime.ru/?p=8565"
GAZETA_N1 = "https://gazeta-n1.ru/news/society/153085/"
MORDOR = "https://www.mordor.news/blog/meduzalive_80683"
RU24_OVERCHUK = "https://m.ru24.pro/pics/301690225"
GK_24KG = "https://24.kg/obschestvo/63396_dogovor_ogranitse_suzbekistanom_ratifitsirovan_deputatami_vpervom_chtenii/"


def row(phrase: str, kind: str, forms: str, source: str, gender: str | None = None) -> tuple[str, str, str | None, str, str]:
    return (phrase, kind, gender, forms, source)


PEOPLE = [
    # Kazakhstan
    row("Ерлан Кошанов", "person", "Ерлана Кошанова | Ерлану Кошанову | Ерлана Кошанова | Ерланом Кошановым | Ерлане Кошанове",
        f"ins «со спикером Мажилиса Ерланом Кошановым» {KAZPRAVDA_SEED}; acc «кандидатуру Ерлана Кошанова» {EL_KZ}; dat «Ерлану Кошанову» {BESTNEWS}"),
    row("Ерлан Жаканович Кошанов", "person", "Ерлана Жакановича Кошанова | Ерлану Жакановичу Кошанову | Ерлана Жакановича Кошанова | Ерланом Жакановичем Кошановым | Ерлане Жакановиче Кошанове",
        f"full name: {TERMS} §1.1; patronymic in -ович: {R_NAMES}"),
    row("Кошанов Ерлан Жаканович", "person", "Кошанова Ерлана Жакановича | Кошанову Ерлану Жакановичу | Кошанова Ерлана Жакановича | Кошановым Ерланом Жакановичем | Кошанове Ерлане Жакановиче",
        "derived: official surname-first order, same paradigm as the row above"),
    row("Е. Кошанов", "person", "Е. Кошанова | Е. Кошанову | Е. Кошанова | Е. Кошановым | Е. Кошанове",
        f"short form «Т. Мукашев» style: {TERMS} §6.1; the initial never declines"),
    row("Касым-Жомарт Токаев", "person", "Касым-Жомарта Токаева | Касым-Жомарту Токаеву | Касым-Жомарта Токаева | Касым-Жомартом Токаевым | Касым-Жомарте Токаеве",
        f"gen «Президента Касым-Жомарта Токаева» {KAZPRAVDA_SEED}; acc «главу Казахстана Касым-Жомарта Токаева» {ZONAKZ}; ins «с президентом Казахстана Касым-Жомартом Токаевым» {NEWSHUB}, {TASS_POMPEO}. Only the last part of the compound name declines"),
    row("Касым-Жомарт Кемелевич Токаев", "person", "Касым-Жомарта Кемелевича Токаева | Касым-Жомарту Кемелевичу Токаеву | Касым-Жомарта Кемелевича Токаева | Касым-Жомартом Кемелевичем Токаевым | Касым-Жомарте Кемелевиче Токаеве",
        f"gen «Касым-Жомарта Кемелевича Токаева» {KAZPRAVDA_ASHIMBAEV} ({TERMS} §1.1)"),
    row("Токаев Касым-Жомарт Кемелевич", "person", "Токаева Касым-Жомарта Кемелевича | Токаеву Касым-Жомарту Кемелевичу | Токаева Касым-Жомарта Кемелевича | Токаевым Касым-Жомартом Кемелевичем | Токаеве Касым-Жомарте Кемелевиче",
        "derived: surname-first order of decrees, paradigm of the row above"),
    row("К.Токаев", "person", "К.Токаева | К.Токаеву | К.Токаева | К.Токаевым | К.Токаеве",
        f"short form «К.Токаев» {TERMS} §1.1; paradigm of «Токаева» above"),
    row("Нурсултан Назарбаев", "person", "Нурсултана Назарбаева | Нурсултану Назарбаеву | Нурсултана Назарбаева | Нурсултаном Назарбаевым | Нурсултане Назарбаеве",
        f"ins «первым президентом Нурсултаном Назарбаевым» {TASS_POMPEO}"),
    row("Мурат Нуртлеу", "person", "Мурата Нуртлеу | Мурату Нуртлеу | Мурата Нуртлеу | Муратом Нуртлеу | Мурате Нуртлеу",
        f"gen «министра иностранных дел Республики Казахстан Мурата Нуртлеу» {NUR_NURTLEU}; acc «поздравил … Мурата Нуртлеу» {KOMMERSANT}; surnames in -у do not decline ({R_NAMES})"),
    row("Маулен Ашимбаев", "person", "Маулена Ашимбаева | Маулену Ашимбаеву | Маулена Ашимбаева | Мауленом Ашимбаевым | Маулене Ашимбаеве",
        f"gen «кандидатура Маулена Ашимбаева», acc «избрать спикером палаты Маулена Ашимбаева» {VLAST}"),
    row("Нуртай Сабильянов", "person", "Нуртая Сабильянова | Нуртаю Сабильянову | Нуртая Сабильянова | Нуртаем Сабильяновым | Нуртае Сабильянове",
        f"gen «Нуртая Сабильянова» {TERMS} §1.1 (unattributed excerpt); names in -ай like «Сооронбая» below"),
    row("Алихан Смаилов", "person", "Алихана Смаилова | Алихану Смаилову | Алихана Смаилова | Алиханом Смаиловым | Алихане Смаилове",
        f"nom «Премьер-министр Казахстана Алихан Смаилов» {PRESIDENT_UZ}; derived: paradigm of «Ерлана Кошанова»"),
    row("Нурлан Нигматулин", "person", "Нурлана Нигматулина | Нурлану Нигматулину | Нурлана Нигматулина | Нурланом Нигматулиным | Нурлане Нигматулине",
        f"gen «мандат Нурлана Нигматулина» {BESTNEWS}; surnames in -ин: ins -ым ({R_NAMES})"),
    row("Ерлан Карин", "person", "Ерлана Карина | Ерлану Карину | Ерлана Карина | Ерланом Кариным | Ерлане Карине",
        "derived: paradigm of «Нурлана Нигматулина»"),
    row("Альберт Рау", "person", "Альберта Рау | Альберту Рау | Альберта Рау | Альбертом Рау | Альберте Рау",
        f"gen «кандидатуры Альберта Рау» {EL_KZ}"),
    row("Даниал Ахметов", "person", "Даниала Ахметова | Даниалу Ахметову | Даниала Ахметова | Даниалом Ахметовым | Даниале Ахметове",
        f"acc «проинформировал акима области Даниала Ахметова» {NEWS16}"),
    row("Ермек Кошербаев", "person", "Ермека Кошербаева | Ермеку Кошербаеву | Ермека Кошербаева | Ермеком Кошербаевым | Ермеке Кошербаеве",
        f"acc «принял акима Восточно-Казахстанской области Ермека Кошербаева» {NUR_VKO}; «коллегу … Ермека Кошербаева» {KOMMERSANT}"),
    row("Ондасын Уразалин", "person", "Ондасына Уразалина | Ондасыну Уразалину | Ондасына Уразалина | Ондасыном Уразалиным | Ондасыне Уразалине",
        f"ins «с акимом Актюбинской области Ондасыном Уразалиным» {KAZEMBASSY}"),
    row("Мухтар Тлеуберди", "person", "Мухтара Тлеуберди | Мухтару Тлеуберди | Мухтара Тлеуберди | Мухтаром Тлеуберди | Мухтаре Тлеуберди",
        f"gen «министра иностранных дел Казахстана Мухтара Тлеуберди» {TASS_POMPEO}"),
    row("Дания Еспаева", "person", "Дании Еспаевой | Дании Еспаевой | Данию Еспаеву | Данией Еспаевой | Дании Еспаевой",
        f"gen «кандидатуры … Дании Еспаевой» {EL_KZ}"),
    row("Аида Балаева", "person", "Аиды Балаевой | Аиде Балаевой | Аиду Балаеву | Аидой Балаевой | Аиде Балаевой",
        f"derived: women's names in -а and surnames in -ева ({R_NAMES})"),
    row("Дарига Назарбаева", "person", "Дариги Назарбаевой | Дариге Назарбаевой | Даригу Назарбаеву | Даригой Назарбаевой | Дариге Назарбаевой",
        f"derived: -га → -ги after a velar ({RG80})"),
    row("Жанар Айтжанова", "person", "Жанар Айтжановой | Жанар Айтжановой | Жанар Айтжанову | Жанар Айтжановой | Жанар Айтжановой",
        f"derived: a woman's given name ending in a consonant does not decline ({R_NAMES})"),
    row("Светлана Жакупова", "person", "Светланы Жакуповой | Светлане Жакуповой | Светлану Жакупову | Светланой Жакуповой | Светлане Жакуповой",
        f"derived: {R_NAMES}"),
    # Mongolia
    row("Дашзэгвийн Амарбаясгалан", "person", "Дашзэгвийна Амарбаясгалана | Дашзэгвийну Амарбаясгалану | Дашзэгвийна Амарбаясгалана | Дашзэгвийном Амарбаясгаланом | Дашзэгвийне Амарбаясгалане",
        f"ins «во главе с председателем Дашзэгвийном Амарбаясгаланом» {KAZPRAVDA_SEED}, {BAQ_SEED}; both words decline ({TERMS} §5.2)"),
    row("Д.Амарбаясгалан", "person", "Д.Амарбаясгалана | Д.Амарбаясгалану | Д.Амарбаясгалана | Д.Амарбаясгаланом | Д.Амарбаясгалане",
        f"Montsame short form ({TERMS} §5.2); paradigm of «Амарбаясгаланом» above"),
    row("Д. Амарбаясгалан", "person", "Д. Амарбаясгалана | Д. Амарбаясгалану | Д. Амарбаясгалана | Д. Амарбаясгаланом | Д. Амарбаясгалане",
        "same, with the Kazakh MFA's space after the initial («Д. Батлут»)"),
    row("Ухнаагийн Хурэлсух", "person", "Ухнаагийна Хурэлсуха | Ухнаагийну Хурэлсуху | Ухнаагийна Хурэлсуха | Ухнаагийном Хурэлсухом | Ухнаагийне Хурэлсухе",
        f"gen «президента Монголии Ухнаагийна Хурэлсуха» {KAZPRAVDA_SEED}, {REGNUM_2020}; ins «с Президентом Монголии Ухнагийном Хурэлсухом» (spelling variant) {POLITANALITIKA}"),
    row("У.Хурэлсух", "person", "У.Хурэлсуха | У.Хурэлсуху | У.Хурэлсуха | У.Хурэлсухом | У.Хурэлсухе",
        f"ins «с г-ном Президентом У.Хурэлсухом», gen «визит Президента Монголии У.Хурэлсуха» {MID_OYUN_ERDENE}"),
    row("Гомбожавын Занданшатар", "person", "Гомбожавына Занданшатара | Гомбожавыну Занданшатару | Гомбожавына Занданшатара | Гомбожавыном Занданшатаром | Гомбожавыне Занданшатаре",
        f"gen «премьер-министра Гомбожавына Занданшатара» {LIFE_2025}"),
    row("Г.Занданшатар", "person", "Г.Занданшатара | Г.Занданшатару | Г.Занданшатара | Г.Занданшатаром | Г.Занданшатаре",
        f"ins «Председателем Великого Государственного Хурала Г.Занданшатаром» {MID_OYUN_ERDENE}"),
    row("Лувсаннамсрайн Оюун-Эрдэнэ", "person", "Лувсаннамсрайна Оюун-Эрдэнэ | Лувсаннамсрайну Оюун-Эрдэнэ | Лувсаннамсрайна Оюун-Эрдэнэ | Лувсаннамсрайном Оюун-Эрдэнэ | Лувсаннамсрайне Оюун-Эрдэнэ",
        f"derived: the patronymic declines like «Ухнаагийна»; a name in -э does not ({R_NAMES})"),
    row("Л.Оюун-Эрдэнэ", "person", "Л.Оюун-Эрдэнэ | Л.Оюун-Эрдэнэ | Л.Оюун-Эрдэнэ | Л.Оюун-Эрдэнэ | Л.Оюун-Эрдэнэ",
        f"ins «с Премьер-министром Монголии Л.Оюун-Эрдэнэ» {MID_OYUN_ERDENE}"),
    row("Халтмаагийн Баттулга", "person", "Халтмаагийна Баттулги | Халтмаагийну Баттулге | Халтмаагийна Баттулгу | Халтмаагийном Баттулгой | Халтмаагийне Баттулге",
        f"acc «поздравил Халтмаагийна Баттулгу» {VTINFORM}; dat «президенту Монголии Халтмаагийну Баттулге» {KNEWS}"),
    row("Цахиагийн Элбэгдорж", "person", "Цахиагийна Элбэгдоржа | Цахиагийну Элбэгдоржу | Цахиагийна Элбэгдоржа | Цахиагийном Элбэгдоржем | Цахиагийне Элбэгдорже",
        f"dat «Президенту Монголии Цахиагийну Элбэгдоржу» {KREMLIN_ELBEGDORJ}; ins -ем after ж: petrovich-rules (-ш, -ж → -ем)"),
    row("Миеэгомбын Энхболд", "person", "Миеэгомбына Энхболда | Миеэгомбыну Энхболду | Миеэгомбына Энхболда | Миеэгомбыном Энхболдом | Миеэгомбыне Энхболде",
        f"ins «председателем Великого государственного хурала Миеэгомбыном Энхболдом» {RIA_2016} (babr24 leaves the patronymic undeclined: «Миеэгомбын Энхболда» {BABR_HURAL})"),
    row("Жаргалтулгын Эрдэнэбат", "person", "Жаргалтулгына Эрдэнэбата | Жаргалтулгыну Эрдэнэбату | Жаргалтулгына Эрдэнэбата | Жаргалтулгыном Эрдэнэбатом | Жаргалтулгыне Эрдэнэбате",
        f"ins «с премьером Монголии Жаргалтулгыном Эрдэнэбатом» {RIA_2016}"),
    row("Цэвэгсурэнгийн Жанлав", "person", "Цэвэгсурэнгийна Жанлава | Цэвэгсурэнгийну Жанлаву | Цэвэгсурэнгийна Жанлава | Цэвэгсурэнгийном Жанлавом | Цэвэгсурэнгийне Жанлаве",
        f"ins «во главе с Губернатором аймака Цэвэгсурэнгийном Жанлавом» {BAIKAL24}"),
    row("Н.Энхтайван", "person", "Н.Энхтайвана | Н.Энхтайвану | Н.Энхтайвана | Н.Энхтайваном | Н.Энхтайване",
        f"ins «с Министром иностранных дел Монголии Н.Энхтайваном» {MID_ENKHTAIVAN}"),
    row("Н.Энхбаяр", "person", "Н.Энхбаяра | Н.Энхбаяру | Н.Энхбаяра | Н.Энхбаяром | Н.Энхбаяре",
        f"acc «поздравил Н.Энхбаяра» {MIRONOV}"),
    row("Батмунхийн Батцэцэг", "person", "Батмунхийн Батцэцэг | Батмунхийн Батцэцэг | Батмунхийн Батцэцэг | Батмунхийн Батцэцэг | Батмунхийн Батцэцэг",
        f"ins «с главой МИД Монголии Батмунхийн Батцэцэг» {RUSSIARU}; a woman's name ending in a consonant does not decline"),
    row("Б.Батцэцэг", "person", "Б.Батцэцэг | Б.Батцэцэг | Б.Батцэцэг | Б.Батцэцэг | Б.Батцэцэг",
        f"ins «с Министром иностранных дел Монголии Б.Батцэцэг» {MID_BATTSETSEG}"),
    row("Лувсандоржийн Улзийсайхан", "person", "Лувсандоржийн Улзийсайхан | Лувсандоржийн Улзийсайхан | Лувсандоржийн Улзийсайхан | Лувсандоржийн Улзийсайхан | Лувсандоржийн Улзийсайхан",
        f"loc «о назначении Лувсандоржийн Улзийсайхан» {BABR_HURAL} (a woman: gender given)", gender="f"),
    # Central Asia
    row("Шавкат Мирзиёев", "person", "Шавката Мирзиёева | Шавкату Мирзиёеву | Шавката Мирзиёева | Шавкатом Мирзиёевым | Шавкате Мирзиёеве",
        f"ins «с президентом Узбекистана Шавкатом Мирзиёевым» {KZ_REPORTER}"),
    row("Садыр Жапаров", "person", "Садыра Жапарова | Садыру Жапарову | Садыра Жапарова | Садыром Жапаровым | Садыре Жапарове",
        f"gen «кандидатуры Садыра Жапарова» {ROSSAPRIMAVERA}; acc «утвердили Садыра Жапарова» {KUN_UZ}"),
    row("Садыр Нургожо уулу Жапаров", "person", "Садыра Нургожо уулу Жапарова | Садыру Нургожо уулу Жапарову | Садыра Нургожо уулу Жапарова | Садыром Нургожо уулу Жапаровым | Садыре Нургожо уулу Жапарове",
        "derived: the Kyrgyz patronymic «Нургожо уулу» does not decline (Turkic -улы/-кызы forms)"),
    row("Акылбек Жапаров", "person", "Акылбека Жапарова | Акылбеку Жапарову | Акылбека Жапарова | Акылбеком Жапаровым | Акылбеке Жапарове",
        f"nom {BULAK}; derived: paradigm of «Садыра Жапарова»"),
    row("Сооронбай Жээнбеков", "person", "Сооронбая Жээнбекова | Сооронбаю Жээнбекову | Сооронбая Жээнбекова | Сооронбаем Жээнбековым | Сооронбае Жээнбекове",
        f"gen «президента Кыргызской Республики Сооронбая Жээнбекова» {EHOKG}"),
    row("Эмомали Рахмон", "person", "Эмомали Рахмона | Эмомали Рахмону | Эмомали Рахмона | Эмомали Рахмоном | Эмомали Рахмоне",
        f"ins «с главой Таджикистана Эмомали Рахмоном» {SPUTNIK_RAHMON}"),
    row("Махмадтоир Зокирзода", "person", "Махмадтоира Зокирзоды | Махмадтоиру Зокирзоде | Махмадтоира Зокирзоду | Махмадтоиром Зокирзодой | Махмадтоире Зокирзоде",
        f"ins «с председателем Маджлиси намояндагон … Махмадтоиром Зокирзодой» {BAIGENEWS}"),
    row("Гурбангулы Бердымухамедов", "person", "Гурбангулы Бердымухамедова | Гурбангулы Бердымухамедову | Гурбангулы Бердымухамедова | Гурбангулы Бердымухамедовым | Гурбангулы Бердымухамедове",
        f"ins «Председателем Халк Маслахаты Туркменистана Гурбангулы Бердымухамедовым» {KHOVAR}"),
    row("Гылымхан Айп", "person", "Гылымхана Айпа | Гылымхану Айпу | Гылымхана Айпа | Гылымханом Айпом | Гылымхане Айпе",
        f"ins «с губернатором Баян-Улгийского округа Монголии Гылымханом Айпом» {NEWS16}"),
    # China, Korea, Japan
    row("Си Цзиньпин", "person", "Си Цзиньпина | Си Цзиньпину | Си Цзиньпина | Си Цзиньпином | Си Цзиньпине",
        f"ins «переговоры Путина с Си Цзиньпином» {TATAR_INFORM}; gen «встреча председателя КНР Си Цзиньпина» {INFOROS}; only the given name declines ({R_NAMES})"),
    row("Ли Цян", "person", "Ли Цяна | Ли Цяну | Ли Цяна | Ли Цяном | Ли Цяне",
        f"ins «с премьером Госсовета КНР … Ли Цяном» {KORGY}; gen «Встречу Ли Цяна» {ABBV}"),
    row("Ван И", "person", "Ван И | Ван И | Ван И | Ван И | Ван И",
        f"derived: a Chinese given name ending in a vowel does not decline ({R_NAMES})"),
    row("Ким Чен Ын", "person", "Ким Чен Ына | Ким Чен Ыну | Ким Чен Ына | Ким Чен Ыном | Ким Чен Ыне",
        f"gen «замешательстве Ким Чен Ына» {MK_KIM}, {EADAILY}"),
    row("Мун Чжэ Ин", "person", "Мун Чжэ Ина | Мун Чжэ Ину | Мун Чжэ Ина | Мун Чжэ Ином | Мун Чжэ Ине",
        f"gen «главы страны Мун Чжэ Ина» {KOREA_NET}; «президента Мун Чжэ Ина» {EADAILY}"),
    row("Хон Бом До", "person", "Хон Бом До | Хон Бом До | Хон Бом До | Хон Бом До | Хон Бом До",
        f"gen «останков легендарного корейского генерала Хон Бом До» {INFORMBURO_HON}; Korean family name first, last word in a vowel: indeclinable ({R_NAMES})"),
    row("Юн Сок Ёль", "person", "Юн Сок Ёля | Юн Сок Ёлю | Юн Сок Ёля | Юн Сок Ёлем | Юн Сок Ёле",
        f"nom {KOREA_NET}; derived: last word in -ь declines like «Шарль» ({R_NAMES})"),
    row("Фумио Кисида", "person", "Фумио Кисиды | Фумио Кисиде | Фумио Кисиду | Фумио Кисидой | Фумио Кисиде",
        f"ins «с премьер-министром Японии Фумио Кисидой» {KOREA_NET}; gen «приезда Кисиды» {KP_UA}"),
    row("Нарендра Моди", "person", "Нарендры Моди | Нарендре Моди | Нарендру Моди | Нарендрой Моди | Нарендре Моди",
        f"ins «с индийским коллегой Нарендрой Моди» {KP_UA}"),
    # Russia, Europe, America
    row("Владимир Путин", "person", "Владимира Путина | Владимиру Путину | Владимира Путина | Владимиром Путиным | Владимире Путине",
        f"ins «с президентом Владимиром Путиным» {ABBV}; gen «визита президента РФ Владимира Путина» {REGNUM_2020}"),
    row("Сергей Лавров", "person", "Сергея Лаврова | Сергею Лаврову | Сергея Лаврова | Сергеем Лавровым | Сергее Лаврове",
        f"gen «главы МИД России Сергея Лаврова», ins «с министром иностранных дел РФ Сергеем Лавровым» {INFORMBURO_LAVROV}"),
    row("Юрий Ушаков", "person", "Юрия Ушакова | Юрию Ушакову | Юрия Ушакова | Юрием Ушаковым | Юрии Ушакове",
        f"ins «помощником президента России … Юрием Ушаковым» {INFORMBURO_LAVROV}; loc «о Юрии»: names in -ий ({RG80})"),
    row("Алексей Бородавкин", "person", "Алексея Бородавкина | Алексею Бородавкину | Алексея Бородавкина | Алексеем Бородавкиным | Алексее Бородавкине",
        f"ins «с послом России в Казахстане Алексеем Бородавкиным» {SPUTNIK_BORODAVKIN}"),
    row("Дмитрий Кулеба", "person", "Дмитрия Кулебы | Дмитрию Кулебе | Дмитрия Кулебу | Дмитрием Кулебой | Дмитрии Кулебе",
        f"gen «встреча глав МИД … Дмитрия Кулебы и Сергея Лаврова» {KAKTUS}"),
    row("Андрей Сибига", "person", "Андрея Сибиги | Андрею Сибиге | Андрея Сибигу | Андреем Сибигой | Андрее Сибиге",
        f"ins «с министром иностранных дел Украины Андреем Сибигой» {NUR_NURTLEU}"),
    row("Вячеслав Наговицын", "person", "Вячеслава Наговицына | Вячеславу Наговицыну | Вячеслава Наговицына | Вячеславом Наговицыным | Вячеславе Наговицыне",
        f"ins «с главой правительства Бурятии Вячеславом Наговицыным» {BABR_BURYATIA}"),
    row("С.М.Миронов", "person", "С.М.Миронова | С.М.Миронову | С.М.Миронова | С.М.Мироновым | С.М.Миронове",
        f"ins «с Председателем Совета Федерации … С.М.Мироновым» {MIRONOV}"),
    row("Мария Захарова", "person", "Марии Захаровой | Марии Захаровой | Марию Захарову | Марией Захаровой | Марии Захаровой",
        f"derived: {R_NAMES} (women's names in -ия, surnames in -ова)"),
    row("Валентина Матвиенко", "person", "Валентины Матвиенко | Валентине Матвиенко | Валентину Матвиенко | Валентиной Матвиенко | Валентине Матвиенко",
        f"derived: surnames in -енко do not decline ({R_NAMES})"),
    row("Реджеп Тайип Эрдоган", "person", "Реджепа Тайипа Эрдогана | Реджепу Тайипу Эрдогану | Реджепа Тайипа Эрдогана | Реджепом Тайипом Эрдоганом | Реджепе Тайипе Эрдогане",
        f"ins «с президентом Турции Реджепом Тайипом Эрдоганом» {UN_ERDOGAN}"),
    row("Виктор Орбан", "person", "Виктора Орбана | Виктору Орбану | Виктора Орбана | Виктором Орбаном | Викторе Орбане",
        f"ins «с Премьер-министром Венгрии Виктором Орбаном» {TURANTIMES}"),
    row("Марк Рютте", "person", "Марка Рютте | Марку Рютте | Марка Рютте | Марком Рютте | Марке Рютте",
        f"ins «с генеральным секретарем НАТО Марком Рютте» {TURKIC_WORLD}"),
    row("Шарль Мишель", "person", "Шарля Мишеля | Шарлю Мишелю | Шарля Мишеля | Шарлем Мишелем | Шарле Мишеле",
        f"ins «с президентом Европейского совета Шарлем Мишелем» {KZ_REPORTER}"),
    row("Дональд Трамп", "person", "Дональда Трампа | Дональду Трампу | Дональда Трампа | Дональдом Трампом | Дональде Трампе",
        f"ins «с президентом США Дональдом Трампом» {INFOROS}"),
    row("Майкл Помпео", "person", "Майкла Помпео | Майклу Помпео | Майкла Помпео | Майклом Помпео | Майкле Помпео",
        f"gen «госсекретаря США Майкла Помпео» {TASS_POMPEO}"),
]

PLACES = [
    row("Астана", "place", "Астаны | Астане | Астану | Астаной | Астане",
        f"acc «прибывшей в Астану» {BAQ_SEED}; loc «в Астане» {CENTRALASIA_SEED}; gen «в … аэропорту Астаны» {PRESIDENT_UZ}"),
    row("Алматы", "place", "Алматы | Алматы | Алматы | Алматы | Алматы",
        f"acc «прилетел в Алматы» {RU24_SCO}; indeclinable ({R_PLACES})"),
    row("Ташкент", "place", "Ташкента | Ташкенту | Ташкент | Ташкентом | Ташкенте",
        f"acc «вернулся в Ташкент» {PRESIDENT_UZ}; loc «В Ташкенте» {UZREPORT}"),
    row("Бишкек", "place", "Бишкека | Бишкеку | Бишкек | Бишкеком | Бишкеке",
        f"loc «посольства Монголии в Бишкеке» {KNEWS}, «подписанного … в Бишкеке» {GK_24KG}"),
    row("Улан-Батор", "place", "Улан-Батора | Улан-Батору | Улан-Батор | Улан-Батором | Улан-Баторе",
        f"acc «визита … в Улан-Батор» {REGNUM_2020}; gen «в центре Улан-Батора», loc «в Улан-Баторе» {DNI}"),
    row("Токио", "place", "Токио | Токио | Токио | Токио | Токио",
        f"gen «аэропорт Токио Ханэда» {KOREA_NET}; indeclinable ({R_PLACES})"),
    row("Пекин", "place", "Пекина | Пекину | Пекин | Пекином | Пекине",
        f"loc «переговоры в Пекине» {SQUARENEWS}"),
    row("Москва", "place", "Москвы | Москве | Москву | Москвой | Москве",
        f"acc «посетил Москву», loc «в Москве» {INFORMBURO_LAVROV}"),
    row("Нур-Султан", "place", "Нур-Султана | Нур-Султану | Нур-Султан | Нур-Султаном | Нур-Султане",
        f"acc «прибыл в Нур-Султан» {TASS_POMPEO}; inanimate, so acc = nom"),
    row("Шымкент", "place", "Шымкента | Шымкенту | Шымкент | Шымкентом | Шымкенте",
        f"derived: masculine toponym in a consonant ({R_PLACES})"),
    row("Караганда", "place", "Караганды | Караганде | Караганду | Карагандой | Караганде", f"derived: {R_PLACES}"),
    row("Кызылорда", "place", "Кызылорды | Кызылорде | Кызылорду | Кызылордой | Кызылорде",
        f"derived: like «Караганда» ({R_PLACES})"),
    row("Семей", "place", "Семея | Семею | Семей | Семеем | Семее",
        f"loc «с административным центром в Семее», gen «городов Семея» {NUR_VKO}"),
    row("Костанай", "place", "Костаная | Костанаю | Костанай | Костанаем | Костанае", "derived: like «Семей»"),
    row("Усть-Каменогорск", "place", "Усть-Каменогорска | Усть-Каменогорску | Усть-Каменогорск | Усть-Каменогорском | Усть-Каменогорске",
        f"gen «акиму Усть-Каменогорска» {NEWS16}"),
    row("Туркестан", "place", "Туркестана | Туркестану | Туркестан | Туркестаном | Туркестане", f"derived: {R_PLACES}"),
    row("Кокшетау", "place", "Кокшетау | Кокшетау | Кокшетау | Кокшетау | Кокшетау",
        f"derived: foreign toponyms in -у do not decline ({R_PLACES})"),
    row("Актобе", "place", "Актобе | Актобе | Актобе | Актобе | Актобе", f"derived: foreign toponyms in -е do not decline ({R_PLACES})"),
    row("Атырау", "place", "Атырау | Атырау | Атырау | Атырау | Атырау", f"derived: {R_PLACES}"),
    row("Душанбе", "place", "Душанбе | Душанбе | Душанбе | Душанбе | Душанбе", f"loc «в Душанбе» {BAIGENEWS}"),
    row("Анкара", "place", "Анкары | Анкаре | Анкару | Анкарой | Анкаре", f"loc «встретился в Анкаре» {UN_ERDOGAN}"),
    row("Будапешт", "place", "Будапешта | Будапешту | Будапешт | Будапештом | Будапеште",
        f"loc «в Будапеште», acc «в Будапешт» {TURANTIMES}"),
    row("Сеул", "place", "Сеула | Сеулу | Сеул | Сеулом | Сеуле", f"loc «в Сеуле» {DBW_SEOUL}"),
    row("Улан-Удэ", "place", "Улан-Удэ | Улан-Удэ | Улан-Удэ | Улан-Удэ | Улан-Удэ", f"loc «в Улан-Удэ» {MONTSAME_BAT_UUL}"),
    row("Абу-Даби", "place", "Абу-Даби | Абу-Даби | Абу-Даби | Абу-Даби | Абу-Даби", f"derived: {R_PLACES}"),
    row("Нью-Йорк", "place", "Нью-Йорка | Нью-Йорку | Нью-Йорк | Нью-Йорком | Нью-Йорке", f"derived: {R_PLACES}"),
    row("Эрдэнэт", "place", "Эрдэнэта | Эрдэнэту | Эрдэнэт | Эрдэнэтом | Эрдэнэте",
        "derived: unknown word in a consonant → second declension (module rule)"),
    row("Дархан", "place", "Дархана | Дархану | Дархан | Дарханом | Дархане", f"derived: {R_PLACES}"),
    row("Ховд", "place", "Ховда | Ховду | Ховд | Ховдом | Ховде", "derived: like «Эрдэнэт»"),
    row("Баян-Улгий", "place", "Баян-Улгия | Баян-Улгию | Баян-Улгий | Баян-Улгием | Баян-Улгии",
        f"gen «улиц Баян-Улгия» {NEWS16}; loc in -ии like «о санатории» ({RG80})"),
    row("Ховд аймак", "place", "Ховд аймака | Ховд аймаку | Ховд аймак | Ховд аймаком | Ховд аймаке",
        f"gen «Ховд аймака», loc «в Ховд аймаке», ins «Ховд аймаком» {CYBERLENINKA}"),
    row("Баян-Улгий аймак", "place", "Баян-Улгий аймака | Баян-Улгий аймаку | Баян-Улгий аймак | Баян-Улгий аймаком | Баян-Улгий аймаке",
        "derived: like «Ховд аймак»"),
    row("Хэнтэйский аймак", "place", "Хэнтэйского аймака | Хэнтэйскому аймаку | Хэнтэйский аймак | Хэнтэйским аймаком | Хэнтэйском аймаке",
        f"loc «в Хэнтэйском аймаке» {AGINSK}"),
    row("Восточный аймак", "place", "Восточного аймака | Восточному аймаку | Восточный аймак | Восточным аймаком | Восточном аймаке",
        f"gen «делегация Восточного аймака Монголии» {BAIKAL24}"),
    row("Восточно-Казахстанская область", "place", "Восточно-Казахстанской области | Восточно-Казахстанской области | Восточно-Казахстанскую область | Восточно-Казахстанской областью | Восточно-Казахстанской области",
        f"acc «в Восточно-Казахстанскую область», gen «из состава Восточно-Казахстанской области» {NUR_VKO}"),
    row("Республика Казахстан", "place", "Республики Казахстан | Республике Казахстан | Республику Казахстан | Республикой Казахстан | Республике Казахстан",
        f"ins «между Республикой Казахстан и Монголией» {CENTRALASIA_SEED}; gen «Президента Республики Казахстан» {PRESIDENT_UZ}"),
    row("Монголия", "place", "Монголии | Монголии | Монголию | Монголией | Монголии",
        f"ins «и Монголией» {CENTRALASIA_SEED}; acc «визит … в Монголию» {KAZPRAVDA_SEED}"),
    row("Кыргызская Республика", "place", "Кыргызской Республики | Кыргызской Республике | Кыргызскую Республику | Кыргызской Республикой | Кыргызской Республике",
        f"gen «в столице Кыргызской Республики» {KNEWS}"),
    row("Китайская Народная Республика", "place", "Китайской Народной Республики | Китайской Народной Республике | Китайскую Народную Республику | Китайской Народной Республикой | Китайской Народной Республике",
        f"acc «визит … в Китайскую Народную Республику» {ZAKON_2025}"),
    row("Российская Федерация", "place", "Российской Федерации | Российской Федерации | Российскую Федерацию | Российской Федерацией | Российской Федерации",
        f"acc «в Российскую Федерацию» {MID_OYUN_ERDENE}; ins «между Российской Федерацией и Монголией» {MID_ENKHTAIVAN}; loc «в Российской Федерации» {KAZEMBASSY}"),
    row("Соединенные Штаты Америки", "place", "Соединенных Штатов Америки | Соединенным Штатам Америки | Соединенные Штаты Америки | Соединенными Штатами Америки | Соединенных Штатах Америки",
        f"derived: plural adjective + noun ({RG80}); written with е as given"),
    row("Объединённые Арабские Эмираты", "place", "Объединённых Арабских Эмиратов | Объединённым Арабским Эмиратам | Объединённые Арабские Эмираты | Объединёнными Арабскими Эмиратами | Объединённых Арабских Эмиратах",
        f"derived: {RG80}; written with ё as given"),
    row("Республика Корея", "place", "Республики Корея | Республике Корея | Республику Корея | Республикой Корея | Республике Корея",
        f"loc «в Республике Корея» {INFOROS}; the name after «Республика» stays ({R_APPOSITION})"),
    row("город Астана", "place", "города Астаны | городу Астане | город Астану | городом Астаной | городе Астане",
        f"acc «отбыл в город Астану» {GK_USBEKISTAN}; agreement with «город» ({R_APPOSITION})"),
    row("город Алматы", "place", "города Алматы | городу Алматы | город Алматы | городом Алматы | городе Алматы",
        "derived: «Алматы» is indeclinable"),
]

INSTITUTIONS = [
    row("Мажилис", "institution", "Мажилиса | Мажилису | Мажилис | Мажилисом | Мажилисе",
        f"loc «в Мажилисе» {KAZPRAVDA_SEED}; gen «из двух палат — Сената и Мажилиса» {THE_VILLAGE}"),
    row("Сенат", "institution", "Сената | Сенату | Сенат | Сенатом | Сенате", f"gen «Сената и Мажилиса» {THE_VILLAGE}"),
    row("Правительство", "institution", "Правительства | Правительству | Правительство | Правительством | Правительстве", f"derived: {RG80}"),
    row("Парламент Республики Казахстан", "institution", "Парламента Республики Казахстан | Парламенту Республики Казахстан | Парламент Республики Казахстан | Парламентом Республики Казахстан | Парламенте Республики Казахстан",
        f"gen «сессию Парламента Республики Казахстан» {ZAKON_2025}"),
    row("Мажилис Парламента Республики Казахстан", "institution", "Мажилиса Парламента Республики Казахстан | Мажилису Парламента Республики Казахстан | Мажилис Парламента Республики Казахстан | Мажилисом Парламента Республики Казахстан | Мажилисе Парламента Республики Казахстан",
        f"loc «в Мажилисе Парламента Казахстана» {BAQ_SEED}; the complement stays"),
    row("Великий Государственный Хурал Монголии", "institution", "Великого Государственного Хурала Монголии | Великому Государственному Хуралу Монголии | Великий Государственный Хурал Монголии | Великим Государственным Хуралом Монголии | Великом Государственном Хурале Монголии",
        f"gen «делегация Великого Государственного Хурала Монголии» {KAZPRAVDA_SEED}"),
    row("Министерство цифрового развития, инноваций и аэрокосмической промышленности", "institution",
        "Министерства цифрового развития, инноваций и аэрокосмической промышленности | Министерству цифрового развития, инноваций и аэрокосмической промышленности | Министерство цифрового развития, инноваций и аэрокосмической промышленности | Министерством цифрового развития, инноваций и аэрокосмической промышленности | Министерстве цифрового развития, инноваций и аэрокосмической промышленности",
        f"name: {TERMS} §2; derived: only the head noun declines"),
    row("Министерство иностранных дел Казахстана", "institution", "Министерства иностранных дел Казахстана | Министерству иностранных дел Казахстана | Министерство иностранных дел Казахстана | Министерством иностранных дел Казахстана | Министерстве иностранных дел Казахстана",
        f"loc «В министерстве иностранных дел» {TASS_POMPEO}"),
    row("Администрация Президента", "institution", "Администрации Президента | Администрации Президента | Администрацию Президента | Администрацией Президента | Администрации Президента",
        f"gen «руководителю Администрации Президента Казахстана» {BESTNEWS}"),
    row("Верховный суд", "institution", "Верховного суда | Верховному суду | Верховный суд | Верховным судом | Верховном суде",
        f"acc «подаст в Верховный суд» {GAZETA_N1}"),
    row("Жогорку Кенеш", "institution", "Жогорку Кенеша | Жогорку Кенешу | Жогорку Кенеш | Жогорку Кенешем | Жогорку Кенеше",
        f"gen «Депутаты Жогорку Кенеша» {TODAY_KG}; ins «был принят Жогорку Кенешем» {ECONOMIST_KG}"),
    row("Жогорку Кенеш Кыргызской Республики", "institution", "Жогорку Кенеша Кыргызской Республики | Жогорку Кенешу Кыргызской Республики | Жогорку Кенеш Кыргызской Республики | Жогорку Кенешем Кыргызской Республики | Жогорку Кенеше Кыргызской Республики",
        "derived: like «Жогорку Кенеш», the complement stays"),
    row("Олий Мажлис", "institution", "Олий Мажлиса | Олий Мажлису | Олий Мажлис | Олий Мажлисом | Олий Мажлисе",
        f"gen «Законодательной палаты Олий Мажлиса» {UZREPORT}"),
    row("Законодательная палата Олий Мажлиса", "institution", "Законодательной палаты Олий Мажлиса | Законодательной палате Олий Мажлиса | Законодательную палату Олий Мажлиса | Законодательной палатой Олий Мажлиса | Законодательной палате Олий Мажлиса",
        f"gen «заседание Законодательной палаты Олий Мажлиса» {UZREPORT}"),
    row("Халк Маслахаты", "institution", "Халк Маслахаты | Халк Маслахаты | Халк Маслахаты | Халк Маслахаты | Халк Маслахаты",
        f"gen «Председателем Халк Маслахаты Туркменистана» {KHOVAR}"),
    row("Государственная Дума", "institution", "Государственной Думы | Государственной Думе | Государственную Думу | Государственной Думой | Государственной Думе",
        f"ins «взаимодействия с Государственной Думой» {VSTIME}"),
    row("Совет Федерации", "institution", "Совета Федерации | Совету Федерации | Совет Федерации | Советом Федерации | Совете Федерации",
        f"gen «Председателем Совета Федерации» {MIRONOV}"),
    row("Кабинет Министров", "institution", "Кабинета Министров | Кабинету Министров | Кабинет Министров | Кабинетом Министров | Кабинете Министров", f"derived: {RG80}"),
    row("Международный финансовый центр «Астана»", "institution", "Международного финансового центра «Астана» | Международному финансовому центру «Астана» | Международный финансовый центр «Астана» | Международным финансовым центром «Астана» | Международном финансовом центре «Астана»",
        f"name: {TERMS} §2; a name in quotes never declines"),
    row("национальная компания Kazakh Invest", "institution", "национальной компании Kazakh Invest | национальной компании Kazakh Invest | национальную компанию Kazakh Invest | национальной компанией Kazakh Invest | национальной компании Kazakh Invest",
        f"name: {TERMS} §2; a Latin brand never declines"),
    row("Межпарламентский союз", "institution", "Межпарламентского союза | Межпарламентскому союзу | Межпарламентский союз | Межпарламентским союзом | Межпарламентском союзе", f"derived: {RG80}"),
    row("Парламентская ассамблея ОБСЕ", "institution", "Парламентской ассамблеи ОБСЕ | Парламентской ассамблее ОБСЕ | Парламентскую ассамблею ОБСЕ | Парламентской ассамблеей ОБСЕ | Парламентской ассамблее ОБСЕ", f"derived: {RG80}"),
    row("Шанхайская организация сотрудничества", "institution", "Шанхайской организации сотрудничества | Шанхайской организации сотрудничества | Шанхайскую организацию сотрудничества | Шанхайской организацией сотрудничества | Шанхайской организации сотрудничества",
        f"gen «государств-членов Шанхайской организации сотрудничества» {SPUTNIK_RAHMON}; loc «в Шанхайской организации сотрудничества» {RU24_SCO}"),
    row("Организация Объединенных Наций", "institution", "Организации Объединенных Наций | Организации Объединенных Наций | Организацию Объединенных Наций | Организацией Объединенных Наций | Организации Объединенных Наций", f"derived: {RG80}"),
    row("Организация тюркских государств", "institution", "Организации тюркских государств | Организации тюркских государств | Организацию тюркских государств | Организацией тюркских государств | Организации тюркских государств",
        f"gen «стран Организации тюркских государств» {TURANTIMES}"),
    row("МИД Казахстана", "institution", "МИД Казахстана | МИД Казахстана | МИД Казахстана | МИД Казахстана | МИД Казахстана",
        f"gen «в заявлении МИД Казахстана» {TASS_POMPEO}: the abbreviation does not decline in formal text"),
    row("АО «НК «Қазақстан Ғарыш Сапары»»", "institution", "АО «НК «Қазақстан Ғарыш Сапары»» | АО «НК «Қазақстан Ғарыш Сапары»» | АО «НК «Қазақстан Ғарыш Сапары»» | АО «НК «Қазақстан Ғарыш Сапары»» | АО «НК «Қазақстан Ғарыш Сапары»»",
        f"name: {TERMS} §2; abbreviation and quoted name stay"),
]

TITLES = [
    row("Председатель Мажилиса Парламента Республики Казахстан", "title", "Председателя Мажилиса Парламента Республики Казахстан | Председателю Мажилиса Парламента Республики Казахстан | Председателя Мажилиса Парламента Республики Казахстан | Председателем Мажилиса Парламента Республики Казахстан | Председателе Мажилиса Парламента Республики Казахстан",
        f"dat «как председателю Мажилиса Парламента» {ZAKON_2025}; titles are animate: acc = gen"),
    row("Председатель Великого Государственного Хурала Монголии", "title", "Председателя Великого Государственного Хурала Монголии | Председателю Великого Государственного Хурала Монголии | Председателя Великого Государственного Хурала Монголии | Председателем Великого Государственного Хурала Монголии | Председателе Великого Государственного Хурала Монголии",
        f"ins «Председателем Великого Государственного Хурала» {MID_OYUN_ERDENE}"),
    row("спикер Мажилиса", "title", "спикера Мажилиса | спикеру Мажилиса | спикера Мажилиса | спикером Мажилиса | спикере Мажилиса",
        f"ins «со спикером Мажилиса» {KAZPRAVDA_SEED} (lower case kept)"),
    row("Президент Монголии", "title", "Президента Монголии | Президенту Монголии | Президента Монголии | Президентом Монголии | Президенте Монголии",
        f"dat «Президенту Монголии» {KREMLIN_ELBEGDORJ}; ins «с Президентом Монголии» {POLITANALITIKA}; gen «визит Президента Монголии» {MID_OYUN_ERDENE}"),
    row("Президент Республики Казахстан", "title", "Президента Республики Казахстан | Президенту Республики Казахстан | Президента Республики Казахстан | Президентом Республики Казахстан | Президенте Республики Казахстан",
        f"gen «по приглашению Президента Республики Казахстан» {PRESIDENT_UZ}"),
    row("Глава государства", "title", "Главы государства | Главе государства | Главу государства | Главой государства | Главе государства",
        f"ins «с главой государства» {TASS_POMPEO}; gen «главы государства Касым-Жомарта Токаева» {SPUTNIK_RAHMON}"),
    row("Премьер-министр", "title", "Премьер-министра | Премьер-министру | Премьер-министра | Премьер-министром | Премьер-министре",
        f"ins «с Премьер-министром Монголии» {MID_OYUN_ERDENE}"),
    row("вице-премьер", "title", "вице-премьера | вице-премьеру | вице-премьера | вице-премьером | вице-премьере", f"derived: {RG80}"),
    row("Первый заместитель Премьер-министра", "title", "Первого заместителя Премьер-министра | Первому заместителю Премьер-министра | Первого заместителя Премьер-министра | Первым заместителем Премьер-министра | Первом заместителе Премьер-министра",
        f"derived: adjective agrees with the animate head ({RG80})"),
    row("заместитель Премьер-министра – министр иностранных дел Республики Казахстан", "title",
        "заместителя Премьер-министра – министра иностранных дел Республики Казахстан | заместителю Премьер-министра – министру иностранных дел Республики Казахстан | заместителя Премьер-министра – министра иностранных дел Республики Казахстан | заместителем Премьер-министра – министром иностранных дел Республики Казахстан | заместителе Премьер-министра – министре иностранных дел Республики Казахстан",
        f"gen «заместителя премьер-министра - министра иностранных дел Республики Казахстан» {NUR_NURTLEU}: both titles decline"),
    row("Министр иностранных дел", "title", "Министра иностранных дел | Министру иностранных дел | Министра иностранных дел | Министром иностранных дел | Министре иностранных дел",
        f"ins «с Министром иностранных дел Монголии» {MID_BATTSETSEG}"),
    row("депутат Мажилиса", "title", "депутата Мажилиса | депутату Мажилиса | депутата Мажилиса | депутатом Мажилиса | депутате Мажилиса", f"name: {TERMS} §1.2; derived: {RG80}"),
    row("член Великого Государственного Хурала", "title", "члена Великого Государственного Хурала | члену Великого Государственного Хурала | члена Великого Государственного Хурала | членом Великого Государственного Хурала | члене Великого Государственного Хурала",
        f"name: {TERMS} §1.2; animate «член» (acc = gen)"),
    row("руководитель группы дружбы", "title", "руководителя группы дружбы | руководителю группы дружбы | руководителя группы дружбы | руководителем группы дружбы | руководителе группы дружбы", f"name: {TERMS} §1.2; derived: {RG80}"),
    row("Чрезвычайный и Полномочный Посол", "title", "Чрезвычайного и Полномочного Посла | Чрезвычайному и Полномочному Послу | Чрезвычайного и Полномочного Посла | Чрезвычайным и Полномочным Послом | Чрезвычайном и Полномочном После",
        f"gen «обязанностям Чрезвычайного и Полномочного Посла в Монголии» {KNEWS}; both adjectives agree"),
    row("посол России в Казахстане", "title", "посла России в Казахстане | послу России в Казахстане | посла России в Казахстане | послом России в Казахстане | после России в Казахстане",
        f"ins «с послом России в Казахстане» {SPUTNIK_BORODAVKIN}"),
    row("аким Восточно-Казахстанской области", "title", "акима Восточно-Казахстанской области | акиму Восточно-Казахстанской области | акима Восточно-Казахстанской области | акимом Восточно-Казахстанской области | акиме Восточно-Казахстанской области",
        f"acc «принял акима Восточно-Казахстанской области» {NUR_VKO}; dat «акиму Усть-Каменогорска» {NEWS16}"),
    row("Губернатор аймака", "title", "Губернатора аймака | Губернатору аймака | Губернатора аймака | Губернатором аймака | Губернаторе аймака",
        f"ins «во главе с Губернатором аймака» {BAIKAL24}"),
    row("генеральный секретарь НАТО", "title", "генерального секретаря НАТО | генеральному секретарю НАТО | генерального секретаря НАТО | генеральным секретарем НАТО | генеральном секретаре НАТО",
        f"ins «с генеральным секретарем НАТО» {TURKIC_WORLD}"),
    row("государственный секретарь США", "title", "государственного секретаря США | государственному секретарю США | государственного секретаря США | государственным секретарем США | государственном секретаре США",
        f"ins «с государственным секретарем США» {TASS_POMPEO}"),
    row("помощник президента России", "title", "помощника президента России | помощнику президента России | помощника президента России | помощником президента России | помощнике президента России",
        f"ins «помощником президента России» {INFORMBURO_LAVROV}"),
    row("Управляющий делами Президента", "title", "Управляющего делами Президента | Управляющему делами Президента | Управляющего делами Президента | Управляющим делами Президента | Управляющем делами Президента",
        f"derived: a participle used as a noun heads the title ({RG80})"),
    row("Уполномоченный по правам человека", "title", "Уполномоченного по правам человека | Уполномоченному по правам человека | Уполномоченного по правам человека | Уполномоченным по правам человека | Уполномоченном по правам человека",
        f"derived: an adjective used as a noun ({RG80})"),
]

DOCUMENTS = [
    row("меморандум о сотрудничестве", "document", "меморандума о сотрудничестве | меморандуму о сотрудничестве | меморандум о сотрудничестве | меморандумом о сотрудничестве | меморандуме о сотрудничестве",
        f"acc «подписали меморандум о сотрудничестве» {KAZPRAVDA_SEED}"),
    row("меморандум о взаимопонимании", "document", "меморандума о взаимопонимании | меморандуму о взаимопонимании | меморандум о взаимопонимании | меморандумом о взаимопонимании | меморандуме о взаимопонимании",
        f"name: {TERMS} §3.2; derived like the row above"),
    row("соглашение об избежании двойного налогообложения", "document", "соглашения об избежании двойного налогообложения | соглашению об избежании двойного налогообложения | соглашение об избежании двойного налогообложения | соглашением об избежании двойного налогообложения | соглашении об избежании двойного налогообложения",
        f"derived: {RG80}; the complement stays"),
    row("дорожная карта", "document", "дорожной карты | дорожной карте | дорожную карту | дорожной картой | дорожной карте",
        f"acc «Дорожную карту по сотрудничеству утвердят…» (kapital.kz headline, {TERMS} §3.2)"),
    row("совместное заявление", "document", "совместного заявления | совместному заявлению | совместное заявление | совместным заявлением | совместном заявлении",
        f"ins «выступят с совместным заявлением» {MORDOR}"),
    row("Совместная декларация об установлении стратегического партнерства", "document",
        "Совместной декларации об установлении стратегического партнерства | Совместной декларации об установлении стратегического партнерства | Совместную декларацию об установлении стратегического партнерства | Совместной декларацией об установлении стратегического партнерства | Совместной декларации об установлении стратегического партнерства",
        f"name: {KAZPRAVDA_ASHIMBAEV}; derived: {RG80}"),
    row("протокол", "document", "протокола | протоколу | протокол | протоколом | протоколе", f"derived: {RG80}"),
    row("Договор о дружественных отношениях и всеобъемлющем стратегическом партнерстве", "document",
        "Договора о дружественных отношениях и всеобъемлющем стратегическом партнерстве | Договору о дружественных отношениях и всеобъемлющем стратегическом партнерстве | Договор о дружественных отношениях и всеобъемлющем стратегическом партнерстве | Договором о дружественных отношениях и всеобъемлющем стратегическом партнерстве | Договоре о дружественных отношениях и всеобъемлющем стратегическом партнерстве",
        f"dat «по Договору о дружественных отношениях и всеобъемлющем стратегическом партнерстве» {MID_ENKHTAIVAN}"),
    row("Договор о вечной дружбе", "document", "Договора о вечной дружбе | Договору о вечной дружбе | Договор о вечной дружбе | Договором о вечной дружбе | Договоре о вечной дружбе",
        f"nom «Договор о вечной дружбе (1997 год)» {ECONOMIST_KG}; derived: {RG80}"),
]

COMMON = [
    row("торгово-экономическое сотрудничество", "common", "торгово-экономического сотрудничества | торгово-экономическому сотрудничеству | торгово-экономическое сотрудничество | торгово-экономическим сотрудничеством | торгово-экономическом сотрудничестве",
        f"derived: only the last part of a compound adjective declines ({RG80})"),
    row("торгово-экономическое взаимодействие", "common", "торгово-экономического взаимодействия | торгово-экономическому взаимодействию | торгово-экономическое взаимодействие | торгово-экономическим взаимодействием | торгово-экономическом взаимодействии",
        f"gen «перспективы развития торгово-экономического взаимодействия» {RU24_OVERCHUK}"),
    row("научно-техническое сотрудничество", "common", "научно-технического сотрудничества | научно-техническому сотрудничеству | научно-техническое сотрудничество | научно-техническим сотрудничеством | научно-техническом сотрудничестве",
        f"derived: {RG80}"),
    row("межпарламентское сотрудничество", "common", "межпарламентского сотрудничества | межпарламентскому сотрудничеству | межпарламентское сотрудничество | межпарламентским сотрудничеством | межпарламентском сотрудничестве",
        f"gen «перспективы межпарламентского сотрудничества» {BAIGENEWS}"),
    row("стратегическое партнерство", "common", "стратегического партнерства | стратегическому партнерству | стратегическое партнерство | стратегическим партнерством | стратегическом партнерстве",
        f"gen «на уровень стратегического партнерства» {KAZPRAVDA_SEED} (written with е)"),
    row("стратегическое партнёрство", "common", "стратегического партнёрства | стратегическому партнёрству | стратегическое партнёрство | стратегическим партнёрством | стратегическом партнёрстве",
        "same, written with ё: the writer's choice is kept"),
    row("официальный визит", "common", "официального визита | официальному визиту | официальный визит | официальным визитом | официальном визите",
        f"ins «с официальным визитом» {KAZPRAVDA_SEED}"),
    row("государственный визит", "common", "государственного визита | государственному визиту | государственный визит | государственным визитом | государственном визите",
        f"nom «государственный визит Президента» {KAZPRAVDA_SEED}; derived: {RG80}"),
    row("переговоры в узком и расширенном форматах", "common", "переговоров в узком и расширенном форматах | переговорам в узком и расширенном форматах | переговоры в узком и расширенном форматах | переговорами в узком и расширенном форматах | переговорах в узком и расширенном форматах",
        f"name: {TERMS} §3.3; plurale tantum ({RG80})"),
    row("церемония подписания", "common", "церемонии подписания | церемонии подписания | церемонию подписания | церемонией подписания | церемонии подписания", f"derived: {RG80}"),
    row("искусственный интеллект", "common", "искусственного интеллекта | искусственному интеллекту | искусственный интеллект | искусственным интеллектом | искусственном интеллекте",
        f"gen «Министерство искусственного интеллекта» ({TERMS} §0 #4)"),
    row("цифровая экономика", "common", "цифровой экономики | цифровой экономике | цифровую экономику | цифровой экономикой | цифровой экономике",
        f"gen «развитие цифровой экономики» ({TERMS} §3.1)"),
    row("сельское хозяйство", "common", "сельского хозяйства | сельскому хозяйству | сельское хозяйство | сельским хозяйством | сельском хозяйстве", f"derived: {RG80}"),
    row("рабочая группа", "common", "рабочей группы | рабочей группе | рабочую группу | рабочей группой | рабочей группе", f"derived: {RG80}"),
    row("делегация", "common", "делегации | делегации | делегацию | делегацией | делегации",
        f"ins «с делегацией Великого Государственного Хурала» {BAQ_SEED}"),
    row("встреча на высшем уровне", "common", "встречи на высшем уровне | встрече на высшем уровне | встречу на высшем уровне | встречей на высшем уровне | встрече на высшем уровне", f"derived: {RG80}"),
]

ROWS = PEOPLE + PLACES + INSTITUTIONS + TITLES + DOCUMENTS + COMMON


def test_the_table_covers_at_least_a_hundred_phrases() -> None:
    phrases = [phrase for phrase, *_ in ROWS]
    assert len(set(phrases)) == len(phrases) >= 100


@pytest.mark.parametrize(("phrase", "kind", "gender", "forms", "source"), ROWS, ids=[r[0] for r in ROWS])
def test_case_forms(phrase: str, kind: str, gender: str | None, forms: str, source: str) -> None:
    expected = dict(zip(ru.CASES, [phrase, *forms.split(" | ")], strict=True))
    actual = {case: ru.inflect(phrase, case, kind, gender) for case in ru.CASES}
    assert actual == expected, source


# --- Details of the rules ----------------------------------------------------------------


def test_gender_decides_whether_a_consonant_final_name_declines() -> None:
    assert ru.inflect("Жанар", "gen", "person") == "Жанара"
    assert ru.inflect("Жанар", "gen", "person", gender="f") == "Жанар"
    assert ru.inflect("Лувсандоржийн Улзийсайхан", "ins", "person", gender="m") == "Лувсандоржийном Улзийсайханом"


def test_womens_names_are_recognised_without_a_gender() -> None:
    assert ru.inflect("Айгерим", "dat", "person") == "Айгерим"  # Kazakh element «-герим»
    assert ru.inflect("Б.Батцэцэг", "gen", "person") == "Б.Батцэцэг"  # Mongolian element «-цэцэг»
    assert ru.inflect("Дарига Нурсултановна Назарбаева", "gen", "person") == "Дариги Нурсултановны Назарбаевой"


def test_capitalisation_of_each_word_is_kept() -> None:
    assert ru.inflect("президент Монголии", "ins", "title") == "президентом Монголии"
    assert ru.inflect("Президент Монголии", "ins", "title") == "Президентом Монголии"
    assert ru.inflect("ЕРЛАН КОШАНОВ", "gen", "person") == "ЕРЛАНА КОШАНОВА"


def test_quoted_text_and_latin_names_never_decline() -> None:
    for case in ru.CASES:
        assert ru.inflect("компания «Самрук-Казына»", case).endswith(" «Самрук-Казына»")
        assert ru.inflect("Kazakh Invest", case, "institution") == "Kazakh Invest"


def test_places_and_institutions_are_inanimate_titles_animate() -> None:
    assert ru.inflect("Нур-Султан", "acc", "place") == "Нур-Султан"
    assert ru.inflect("Посол", "acc", "title") == "Посла"
    assert ru.inflect("Великий Государственный Хурал", "acc", "institution") == "Великий Государственный Хурал"


def test_spacing_is_kept() -> None:
    assert ru.inflect("  Ерлан  Кошанов ", "ins", "person") == "  Ерланом  Кошановым "
    assert ru.inflect("Дорожная  карта", "acc", "document") == "Дорожную  карту"


@pytest.mark.parametrize("case", ["abl", "com", "prep", "Gen", ""])
def test_unknown_case_is_an_error(case: str) -> None:
    with pytest.raises(ValueError, match="no case"):
        ru.inflect("Астана", case, "place")


def test_unknown_kind_and_gender_are_errors() -> None:
    with pytest.raises(ValueError, match="kind"):
        ru.inflect("Астана", "gen", "city")
    with pytest.raises(ValueError, match="gender"):
        ru.inflect("Ерлан Кошанов", "gen", "person", gender="x")


def test_nominative_and_empty_phrases_are_returned_as_given() -> None:
    assert ru.inflect("", "gen") == ""
    assert ru.inflect("Е.Ж.", "gen", "person") == "Е.Ж."
    assert ru.inflect("Kazakh Invest 2025", "nom", "institution") == "Kazakh Invest 2025"


# --- Lists and numbers -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "conj", "expected"),
    [
        ([], "and", ""),
        (["Астана"], "and", "Астана"),
        (["Астана", "Улан-Батор"], "and", "Астана и Улан-Батор"),
        (["Казахстан", "Монголия", "Китай"], "and", "Казахстан, Монголия и Китай"),
        (["меморандум", "соглашение"], "or", "меморандум или соглашение"),
        (["экологии", "сельского хозяйства", "цифровизации", "ИИ"], "or", "экологии, сельского хозяйства, цифровизации или ИИ"),
    ],
)
def test_join(items: list[str], conj: str, expected: str) -> None:
    assert ru.join(items, conj) == expected


def test_join_rejects_an_unknown_conjunction() -> None:
    with pytest.raises(ValueError, match="conjunction"):
        ru.join(["А", "Б"], "but")


@pytest.mark.parametrize(
    ("n", "expected"),
    [(0, "many"), (1, "one"), (2, "few"), (4, "few"), (5, "many"), (11, "many"), (12, "many"), (14, "many"),
     (20, "many"), (21, "one"), (22, "few"), (24, "few"), (25, "many"), (101, "one"), (111, "many"), (112, "many"),
     (1001, "one"), (-1, "one"), (-3, "few")],
)
def test_plural_form_follows_cldr(n: int, expected: str) -> None:
    # CLDR plural rules for ru (integers): one = n%10=1 and n%100≠11; few = n%10=2..4 and n%100≠12..14.
    assert ru.plural_form(n, "one", "few", "many") == expected


@pytest.mark.parametrize(
    ("n", "noun", "case", "expected"),
    [
        (1, "документ", "nom", "1 документ"),
        (2, "меморандум", "nom", "2 меморандума"),
        (11, "документ", "nom", "11 документов"),
        (21, "соглашение", "nom", "21 соглашение"),
        (22, "соглашение", "nom", "22 соглашения"),
        (5, "дорожная карта", "nom", "5 дорожных карт"),
        (2, "дорожная карта", "acc", "2 дорожные карты"),
        (3, "совместное заявление", "nom", "3 совместных заявления"),
        (2, "депутат", "acc", "2 депутатов"),
        (22, "депутат", "acc", "22 депутата"),
        (1, "депутат", "acc", "1 депутата"),
        (2, "совместное заявление", "ins", "2 совместными заявлениями"),
        (5, "меморандум о сотрудничестве", "loc", "5 меморандумах о сотрудничестве"),
        (21, "меморандум", "gen", "21 меморандума"),
        (11, "документ", "dat", "11 документам"),
        (2, "Kazakh Invest", "nom", "2 Kazakh Invest"),
    ],
)
def test_agree_number(n: int, noun: str, case: str, expected: str) -> None:
    # «было подписано 11 документов» (the Mazhilis speaker, BAQ_SEED); adjectives with 2–4:
    # «две большие комнаты» but «два больших дома» (R_NUMERALS); animate accusative
    # «пригласил двух депутатов» but «двадцать два депутата» (same section).
    assert ru.agree_number(n, noun, case) == expected, R_NUMERALS


# --- English and the shared analyzer -----------------------------------------------------


@pytest.mark.parametrize("case", ["nom", "gen", "dat", "acc", "loc", "ins", "abl", "com"])
def test_english_inflect_returns_the_phrase(case: str) -> None:
    assert en.inflect("the Mazhilis of the Parliament", case, "institution") == "the Mazhilis of the Parliament"


def test_english_rejects_an_unknown_case_and_joins_without_serial_comma() -> None:
    with pytest.raises(ValueError):
        en.inflect("Astana", "prep")
    assert en.join([]) == ""
    assert en.join(["Astana"]) == "Astana"
    assert en.join(["Astana", "Ulaanbaatar"]) == "Astana and Ulaanbaatar"
    assert en.join(["Kazakhstan", "Mongolia", "China"]) == "Kazakhstan, Mongolia and China"
    assert en.join(["a memorandum", "an agreement"], "or") == "a memorandum or an agreement"


def test_analyzer_is_created_once_and_not_at_import() -> None:
    assert ru.morph_analyzer() is ru.morph_analyzer()
    probe = (
        "import sys, briefing.grammar.ru as ru; "
        "assert 'pymorphy3' not in sys.modules, 'pymorphy3 imported at import time'; "
        "assert ru.morph_analyzer.cache_info().currsize == 0"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)


@pytest.mark.parametrize("case", ["gen", "dat", "acc", "ins", "loc"])
def test_kyrgyz_toraga_heads_a_title_and_stays_whole(case: str) -> None:
    # «выборы торага», «до избрания торага» (24.kg/vlast/354869); «Кенеша» is already the genitive (review 29)
    assert ru.inflect("Торага Жогорку Кенеша", case, kind="title") == "Торага Жогорку Кенеша"


@pytest.mark.parametrize(("text", "expected"), [
    ("встреча с специальным представителем", "встреча со специальным представителем"),
    ("переговоры с Швецией", "переговоры со Швецией"),
    ("визит в Вьетнам", "визит во Вьетнам"),
    ("в Франции", "во Франции"),
    ("с Сахибой Гафаровой в Вашингтоне", "с Сахибой Гафаровой в Вашингтоне"),  # a vowel follows: no change
])
def test_euphony_adds_o_before_a_cluster(text: str, expected: str) -> None:
    # review 30: «с специальным» for «со специальным»
    assert ru.euphony(text) == expected


def test_an_iddin_surname_declines_as_a_noun_not_as_a_russian_possessive() -> None:
    # «главой таджикского МИД Мухриддином» (centralasia.news/8046; review 30); Путин stays a possessive in -ин
    assert ru.inflect("Сироджиддин Мухриддин", "ins", kind="person") == "Сироджиддином Мухриддином"
    assert ru.inflect("Владимир Путин", "ins", kind="person") == "Владимиром Путиным"


@pytest.mark.parametrize(("name", "genitive", "instrumental"), [
    # Arabic particles and the first half of a compound given name never decline (Розенталь, § «Иностранные
    # фамилии»; «Абдель Фаттаха ас-Сиси», RIA); review 37 had «Аля Саида Аль Кусейра», «Абделя Фаттаха»
    ("Аль Саид Аль Кусейр", "Аль Саида Аль Кусейра", "Аль Саидом Аль Кусейром"),
    ("Абдель Фаттах ас-Сиси", "Абдель Фаттаха ас-Сиси", "Абдель Фаттахом ас-Сиси"),
    # an English woman's name does not decline, whatever her middle name or surname ends in («с Послом …
    # Кэтрин Джейн Лич», liter.kz); review 37 had «Кэтриным Джейном Личем»
    ("Кэтрин Джейн Лич", "Кэтрин Джейн Лич", "Кэтрин Джейн Лич"),
    # a man's foreign surname in -ч: unstressed -ем after a sibilant («Личем», as «Абрамовичем»)
    ("Марк Лич", "Марка Лича", "Марком Личем"),
    ("Владимир Ильич Ленин", "Владимира Ильича Ленина", "Владимиром Ильичом Лениным"),  # a patronymic still reads so
])
def test_particles_women_and_sibilant_endings(name: str, genitive: str, instrumental: str) -> None:
    from briefing.grammar.ru import inflect

    assert inflect(name, "gen", "person") == genitive
    assert inflect(name, "ins", "person") == instrumental


def test_adjectival_surnames_and_east_asian_names_in_a():
    from briefing.grammar.ru import inflect

    # review 38: «с С.Е.Донскоем» (a surname in -ской declines as an adjective), «Чан Хонг Хи» (a Vietnamese name in -а
    # stays as it is)
    assert inflect("С.Е.Донской", "ins", "person") == "С.Е.Донским"
    assert inflect("С.Е.Донской", "gen", "person") == "С.Е.Донского"
    assert inflect("Чан Хонг Ха", "gen", "person") == "Чан Хонг Ха"
    assert inflect("Нгуен Фу Чонг", "ins", "person") == "Нгуен Фу Чонгом"  # a consonant still declines


def test_a_list_of_places_after_a_comma_in_a_title_is_no_second_office():
    from briefing.grammar.ru import inflect

    # review 44: «руководителей Кыргызстана, Таджикистаной и Узбекистана» (the genitive declined again as an office)
    assert inflect("руководители Кыргызстана, Таджикистана и Узбекистана", "gen", "title") == \
        "руководителей Кыргызстана, Таджикистана и Узбекистана"
    assert inflect("Национальный Лидер туркменского народа, Председатель Халк Маслахаты", "ins", "title") == \
        "Национальным Лидером туркменского народа, Председателем Халк Маслахаты"
