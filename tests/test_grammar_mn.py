"""Mongolian case endings and list joining (briefing.grammar.mn).

Each row gives a phrase, its kind and forms written by hand. The source of a row is a page
where the quoted form(s) were read verbatim in running text (stored copies of official and
press sites), or, for rows marked RULE_*, the orthography rule that gives the form together
with an attested word of the same shape. Nothing here is produced by the module under test.
"""

from __future__ import annotations

import csv
from importlib import resources
from typing import NamedTuple

import pytest

from briefing.grammar import mn

# --- sources -------------------------------------------------------------------------------
TERM = "/work/shared/reference/terminology.md §1.1, §6.3: «Д.Амарбаясгалангийн» https://ikon.mn/n/3d7n , «Д.Амарбаясгаланг» http://www.shuud.mn/a/476998 , «У.Хүрэлсүхийн» http://newslive.mn/post/156394 , «У.Хүрэлсүхэд» https://prague.embassy.mn/page/1045 , «Л.Хойлтой» https://onlinetvmn.com/r/256733 , «В.И.Матвиенкод», «УИХ-ын», «ОХУ-д», «ЕАБХАБ-ын», «ОУПХ-ны», «29-ний», «18-22-ны», «Казахстаны Ерөнхийлөгч»"
DUR_23 = "Монгол үсгийн дүрэм §23, velar н in «сан, байшин, Лувсан, Сүрэн»: http://baynaa.blogspot.com/2000/02/blog-post_7141.html"
DUR_44 = "Монгол үсгийн дүрэм §44 (hidden н: модны, модонд, модноос; -н after diphthongs and ий: толгойн, дэлхийн; dative -т after г and vowel + с): http://baynaa.blogspot.com/2000/02/blog-post_8389.html"
KHEL = "mongolkhel.mn «Зарим тийн ялгалын нөхцөлийг зөв бичих дүрэм» (-ы/-ий after н; -ийн after ж, ч, ш, г; -н after туурай, уурхай): http://mongolkhel.mn/index.php/head/point-tsegleliin-rules-2"
RULE_VELAR = f"velar н as «Д.Амарбаясгалангийн», «Д.Амарбаясгаланг» (TERM); {DUR_23}"
RULE_NATIVE_VOWEL = "native short final vowel drops before a vowel as in «Л.Оюун-Эрдэнийн», «Л.Оюун-Эрдэнийг» (https://zms.mn/a/82892), «Х.Баттулгын» (http://undesten.mn/101920.html); kept before -д, -тай (Л.Оюун-Эрдэнэд https://ubn.mn/p/83550)"
RULE_FOREIGN_VOWEL = "a foreign name keeps its final vowel and takes -г-: «Москвагийн» https://ugluu.mn/115175.html , «Москвад» https://bataar.mn/a/114310 , «Москвагаас» https://m.arslan.mn/politics/government/611280.shtml_history , «Ху Жинтаогийн» http://elbegdorj.mn/index.php?id=648&view=arhiv , «В.И.Матвиенкод» (TERM)"
RULE_CONSONANT = f"consonant stem: -ын/-ийн, -ыг/-ийг, -аас, -аар, -тай by harmony; dative -т after р, г, vowel + с, -д after л, м, н, vowel + д after д, т, х (Улаанбаатарт, аймагт, Хүрэлсүхэд, Хятадад); {DUR_44}"
RULE_OV = "-ов/-ев leave harmony to the stem: «К.Токаевын» https://news.zindaa.mn/56qf , «Жалгас Адылбаевыг» http://shuum.mn/news-detail/33326 , «С.В.Лавровын» https://m.arslan.mn/politics/government/57394.shtml_history , «С.М.Мироновыг» https://www.zindaa.mn/1nma"

SODNEWS = "https://sodnews.mn/n/3650 : «Монгол Улсын Их Хурлын дарга»"
PARLIAMENT = "https://parliament.mn/nn/12789 : «Улсын Их Хурлын гишүүн Л.Энх-Амгалан, М.Оюунчимэг нар», «Хууль зүйн байнгын хорооны», «хэлэлцүүлгийг»"
LEGAL_314 = "Government resolution 314 (2022) https://legalinfo.mn/mn/detail?lawId=16531788954551 : «Монгол Улсын Засгийн газраас ТОГТООХ нь», «2022 оны 8 дугаар сарын 24-ний өдөр», «Ч.Номин, … Б.Жавхлан нарт»"
LEGAL_736 = "Presidential decree 219 https://www.legalinfo.mn/law/details/736 : «ЗАСГИЙН ГАЗАРТ ЧИГЛЭЛ ӨГӨХ», «Улсын Их Хуралд өргөн мэдүүлэх», «11 дүгээр сарын 30-ны өдөр»"
LEGAL_2665 = "Government resolution 28 (2009) https://legalinfo.mn/mn/detail/2665 : «\"Зарим цогцос оршуулах журам\"-ыг», «Энэ тогтоолыг», «1 дүгээр сарын 28-ны өдөр»"
LEGAL_228 = "https://legalinfo.mn/mn/detail/228 : «Энэ хуульд», «01 дүгээр сарын 06-ны өдрийн хуулиар»"
LEGAL_14433 = "Government resolution 204 (2019) https://legalinfo.mn/mn/detail?lawId=14433 : «5 дугаар сарын 22-ны өдөр», «7-ны өдрийн»"
EDUB = "Minister's order A/191 http://www.edub.edu.mn/cat/erh-zui/said/page/2/ : «12 дугаар сарын 06-ны өдөр», «01-ний өдрөөс», «14-ний өдрийн», «тушаалыг»"
CABINET = "https://cabinet.gov.mn/author/cabinetadmin/page/41 : «Монгол Улсын Үндсэн хуулийн»"
UPDOWN = "https://updown.mn/21785.html : «Засгийн газрыг огцруулах», «Я.Санжмятавд»"
SHUUM = "http://shuum.mn/news-detail/33326 : «Бүгд Найрамдах Казахстан Улсаас Монгол Улсад», «Жалгас Адылбаевыг», «А.У.Маминд», «Засгийн газрын», «ажлыг», «Ерөнхий сайдаар», «хамтын ажиллагааны», «комиссын», «хуралдаанаар», «эдийн засгийн»"
MONTSAME_240794 = "https://montsame.mn/mn/read/240794 : «БНКУ-ын Ерөнхий сайд Аскар Маминыг», «Бүгд Найрамдах Казахстан Улс (БНКУ)-аас», «Жалгас Адилбаевыг», «Монгол-Казахстаны парламентын бүлгийн дарга»"
ANALIZ = "http://www.analiz.mn/postview/68576 : «Ерөнхийлөгч К.Токаев», «Их Хурлын даргын түвшинд», «Казахстан Улстай», «Бүгд Найрамдах Казахстан Улсын», «харилцааг», «хамтын ажиллагааг», «стратегийн түншлэлийн»"
ZINDAA_56QF = "https://news.zindaa.mn/56qf : «Казахстаны Ерөнхийлөгч», «Токаевын», «Москвад», «11-12-нд», «Оростой», «Тунхаглалд»"
ZINDAA_4W8N = "https://news.zindaa.mn/4w8n : «“Хөх ордон”-ы», «“Хүндэт зочдын төгөл”-д», «Узбекистаны», «байгаль орчныг»"
ZINDAA_1NMA = "https://www.zindaa.mn/1nma : «С.М.Мироновыг», «С.М.Мироновтой», «Төрийн Думын гишүүн», «Төрийн ордонд»"
UNDESTEN = "http://undesten.mn/101920.html : «Х.Баттулгын урилгаар», «В.В.Путинд», «Монголоор», «асуудлаар», «асуудлыг», «уулзалтад»"
ARSLAN_658629 = "https://arslan.mn/politics/president/658629.shtml : «Ерөнхийлөгч В.В.Путиныг», «ОХУ-аас Монгол Улсад», «хэлэлцээний», «гэрээ”-нд»"
ARSLAN_611280 = "https://m.arslan.mn/politics/government/611280.shtml_history : «Д.А.Медведевийн урилгаар», «3-6-ны өдрүүдэд», «Москвагаас», «Оросын төрийн тэргүүнд», «Монголд»"
ARSLAN_57394 = "https://m.arslan.mn/politics/government/57394.shtml_history : «С.В.Лавровын урилгаар», «Гадаад хэргийн сайд», «16-17-ны өдрүүдэд»"
TOIMNEWS = "https://toimnews.mn/post/27213 : «ОХУ-ын Ерөнхийлөгч В.Путины айлчлал», «Айлчлалаар», «гэрээнд», «салбарт»"
NEWS_2146335 = "https://news.mn/r/2146335 (from president.mn): «Ши Жиньпинтэй», «Ши Жиньпинээс», «Улаанбаатарт», «сангийн төлөөлөгчид», «Ерөнхийлөгчид»"
DUUREN = "https://www.duuren.life/post/11171 : «Ши Жиньпиний», «Бээжингийн», «Александр Лукашенкотой», «А.Лукашенкод», «2-4-ний өдрүүдэд», «25-нд»"
DNN_BEIJING = "https://admin.dnn.mn/wp/jagsaald-oroltsoj-baigaa-irged-70-gesen-temdeg-malg : «Бээжингээс», «Бээжинд»"
ELBEGDORJ = "http://elbegdorj.mn/index.php?id=648&view=arhiv : «Ху Жинтаогийн урилгаар», «28-наас», «3-ны»"
ASSA = "https://assa.mn/a/65318 : «Ш.Мирзиёевтэй», «Ш.Мирзиёевийг», «Самарканд хотод», «өндөр түвшний», «шинэ түвшинд»"
ERGELT = "https://ergelt.mn/news/86/single/14200 : «Фүмио Кишидагийн», «Барак Обамагийн»"
CHIG = "https://chig.mn/news/4/single/194 : «Ешихидэ Сугаг», «Ёшихидэ Сугагийн», «Таро Коног»"
GOVIALTAI = "https://govialtainews.mn/show/30.html : «Кишида Фүмиог», «Мотэги Тошимицүгийн»"
MONTSAME_373320 = "https://www.montsame.mn/ru/read/373320 : «Игавахара Масарүтай»"
NEWS_56244 = "https://news.mn/r/56244 : «Кавая Такуятай», «Гадаад харилцааны хэлтсийн», «хүчний», «Европийн Холбооноос», «уулзалтаар», «Герман-Төв Азийн», «Германы»"
T24_123760 = "https://24tsag.mn/a/123760 : «Барак Обаматай», «НҮБ-ын Ерөнхий Ассамблейн», «АНУ-ын Ерөнхийлөгчтэй», «Сирийн»"
T24_11046 = "https://www.24tsag.mn/a/11046 : «Ө.Энхтүвшинд», «Ч.Улааны», «МАХН-д», «МАХН-ын», «МАН-ын бүлгийн»"
T24_46263 = "https://www.24tsag.mn/a/46263 : «МАН-ын бүлгээс», «Засгийн газрын гишүүнээс», «Засгийн газрын гишүүнийг», «МАН-аас», «Н.Улаан нарыг»"
T24_31172 = "https://www.24tsag.mn/a/31172 : «АОХН-ийн», «АОХН-ийг», «Гадаад хэргийн сайдын»"
T24_52907 = "https://www.24tsag.mn/a/52907 : «Ө.Өлзийбаатарыг», «ГССҮТ-ийн»"
T24_156539 = "https://www.24tsag.mn/a/156539 : «Б.Ганболдын», «Б.Хурцыг»"
ISEE_11260 = "http://isee.mn/n/11260 : «Төв аймгийн», «Д.Мөнхбаатарт», «УИХ-ын гишүүнээр», «захирамжаар», «Засаг даргыг»"
ISEE_43573 = "https://isee.mn/n/43573 : «У.Хүрэлсүхийн», «БНХАУ-д», «Ши Жиньпинтэй», «Т.Бадралын», «Л.Болорцэцэгийн», «МУ-аас», «Монгол Улсаас», «Монголоос», «айлчлалтай»"
ISEE_23125 = "https://isee.mn/n/23125 : «Ерөнхийлөгчөөр», «Ц.Элбэгдоржийг»"
UBN_83550 = "https://ubn.mn/p/83550 : «У.Хүрэлсүхтэй», «Л.Оюун-Эрдэнэд», «Удирдах зөвлөлийг»"
UBN_50402 = "https://ubn.mn/p/50402 : «Борхүүгийн Дэлгэрсайханыг», «Ц.Баатарсайханд», «хорооны даргад»"
UBN_20533 = "https://ubn.mn/p/20533 : «1990 оноос хойш», «Ерөнхий сайдаар»"
ZMS = "https://zms.mn/a/82892 : «Л.Оюун-Эрдэнийн», «Ерөнхий сайдыг», «Удирдах зөвлөлд», «Удирдах зөвлөлийн», «ордонд»"
TV5 = "http://tv5.mn/index.php?option=com_content&view=article&id=1018:98-8&catid=22&Itemid=139 : «Л.Оюун-Эрдэнийг», «ЗГХЭГ-ын», «Ерөнхий сайдад», «Монгол Ардын Намын»"
INEWS = "http://inews.mn/a/18623 : «Лувсаннамсрайн Оюун-Эрдэнийг»"
SELENGE_NUTAG = "http://selenge.nutag.mn/index.php?newsid=455%2F : «Ерөнхийлөгчид», «УИХ-д», «Г.Занданшатар нарын»"
LIVETV = "https://livetv.mn/p/301263 : «Б.Батцэцэгийн урилгаар», «Ерөнхийлөгч У.Хүрэлсүх, Ерөнхий сайд Л.Оюун-Эрдэнэ нарт»"
BATAAR_114310 = "https://bataar.mn/a/114310 : «ОХУ-ыг», «Москвад», «5-ны өдөр»"
BATAAR_114718 = "https://bataar.mn/a/114718 : «Байден, Путин нар», «УБ-ын цагаар», «7-нд», «Украины»"
BATAAR_25277 = "https://bataar.mn/a/25277 : «Ц.Элбэгдоржид»"
UNUUDUR_227631 = "https://unuudur.mn/a/227631 : «ГХЯ-ны», «ЭСЯ-нд», «Элчин сайдаар», «Япон руу», «Японы»"
UNUUDUR_261172 = "https://unuudur.mn/a/261172 : «Бүгд Найрамдах Киргиз Улсад», «24-26-нд», «тээврийн»"
ONTSGOI = "https://ontsgoi.mn/show/3716 : «Элчин сайдын яамыг», «Бишкек хотын», «22-нд»"
SONIN = "http://www.sonin.mn/news/politics-economy/64065 : «Ислам Каримов нартай», «23-24-ний өдрүүдэд», «Шанхайн», «хуралдаанд», «байгууллагын»"
BARIMT = "https://barimt.mn/?p=16681 : «БНХАУ болон ОХУ-ын удирдлагуудтай», «нүүрсний», «15-16-ны өдрүүдэд», «ажиглагч гишүүний»"
IVOICE_48328 = "https://ivoice.mn/?p=48328 : «ШХАБ-ыг», «хамтын ажиллагаанд», «хоолойн төслийн»"
IVOICE_49014 = "https://ivoice.mn/?p=49014 : «Лондонгоос», «Монгол Улсыг», «19-ний өдөр»"
DORGIO_17442 = "https://dorgio.mn/p/17442 : «Цахиагийн Элбэгдоржийн», «Төрийн ордны»"
DORGIO_147440 = "https://www.dorgio.mn/p/147440 : «БНСУ-ын», «10-16-ны өдрүүдэд», «15-ны өдөр»"
TOURISM_UB = "https://tourism.ub.gov.mn/?p=7388 : «санамж бичгийг», «1-4-ний өдрүүдэд», «2-ны өдөр», «Улаанцав хотоос», «Нийслэлийн Аялал жуулчлалын газар болон БНХАУ-ын…»"
LUN = "http://lun.to.gov.mn/index.php/2018/10/17/hamtran-ajillah-geree/ : «“Хамтран ажиллах гэрээ”-г», «санамж бичигт», «21-ний өдрийн», «ЗДТГ-ын», «Улаанбаатарын», «хөгжлийн»"
SELENGE_GOV = "http://selenge.gov.mn/beta/36/item/4294 : «“Соёлын бүтээлч сар”-ыг»"
DNN_PUTIN = "https://admin.dnn.mn/wp/ts-elbegdorj-erunkhiilugch-v-putintai-uulzana : «“Алдарын танхим”-д», «ОХУ-д»"
DNN_2020 = "https://admin.dnn.mn/wp/2020/04/page/73 : «Хятадад», «Монголын хуулиар», «гэрээний дагуу», «галт тэрэгний»"
DNN_ENKHBOLD = "https://admin.dnn.mn/wp/?p=289502 : «Н.Энхболдтой»"
DNN_TUVSHIN = "https://admin.dnn.mn/wp/?p=163249 : «Г.Түвшинжаргалыг»"
DNN_HAAB = "https://admin.dnn.mn/wp/category/news/ediin_zasag/page/299 : «ХААБ-ийн»"
MONECON = "https://mongolianeconomy.mn/%D0%B8-%D0%BA-%D0%B0%D0%B7%D0%B8%D0%B7%D0%BE%D0%B2/ : «И.К.Азизовын», «ДЭМБ-аас», «УБТЗ-ын», «ХН-ийн»"
RUVR = "http://mongolian.ruvr.ru/2012_12_10/97478731/ : «ЗГ-ын гишүүдтэй»; http://mongolian.ruvr.ru/2009/05/13/461414/ : «Улаанбаатар хотод», «айлчлалд»"
NEWS_300025 = "https://www.news.mn/r/300025 : «ХХЗХ-ны журмын»"
SHUUD_GH = "http://www.shuud.mn/a/477611 : «ГХ-ны сайд»"
UBN_16217 = "https://ubn.mn/p/16217 : «Төвдөд»"
POLIT = "https://polit.mn/a/88360 : «Сөүлд», «Азид», «цэргийн»"
T24_CENTER = "https://cardiocenter.telemedicine.mn/show/208 : «С.Дашзэвэгийг», «тогтоолоор»"
WORD_MN = "https://word.mn/news/15180 : «Г.Шийлэгдамбыг»"
IKON_OPINION = "https://ikon.mn/opinion/1f2i : «Б.Мөнхжинтэй»"
NAIRUULGA = "https://nairuulga.mn/content/55 : «ХЭЛНИЙ БОДЛОГЫН ҮНДЭСНИЙ ЗӨВЛӨЛ»"
TAC = "https://tac.mn/article/56585 : «Сүхбаатарын талбайд», «Ерөнхий сайдад»"
DUNDGOVI = "http://dundgovi.mn/156.html : «Баян-Өлгий аймгийн», «41 дүгээр тогтоолын хавсралт»"
KHENTII = "https://www.montsame.mn/en/read/70035 : «Хэнтий аймгийн», «тус гэрээг»"
UGLUU = "https://ugluu.mn/115175.html : «Москвагийн Улаан талбайд», «Ерөнхийлөгчийн Тамгын газрын дарга»"
SSPA = "http://sspa.gov.mn/ (terminology.md §2): «ЕАБХАБ-ЫН ПАРЛАМЕНТЫН АССАМБЛЕЙ»"
CABINET_TUR = "https://tur.mn/t/s/10177 : «Ерөнхий сайдын нэрэмжит», «цахим хуудас руу»"
RUVR_SVETLANA = "http://mongolian.ruvr.ru/2011/12/04/61478088/ : «гэргий Светланагийн хамт», «Медведевийн»"
MONTSAME_MN = "https://montsame.mn/mn/read/240794 and https://www.montsame.mn/en/read/70035"


class Row(NamedTuple):
    phrase: str
    kind: str
    forms: dict[str, str]  # case → the whole phrase in that case
    source: str


def forms(**by_case: str) -> dict[str, str]:
    return by_case


ROWS: list[Row] = [
    # --- Mongolian people (press short form) -----------------------------------------------
    Row("Д.Амарбаясгалан", "person", forms(gen="Д.Амарбаясгалангийн", acc="Д.Амарбаясгаланг"), TERM),
    Row("Д.Амарбаясгалан", "person", forms(dat="Д.Амарбаясгаланд", abl="Д.Амарбаясгалангаас", ins="Д.Амарбаясгалангаар", com="Д.Амарбаясгалантай"), RULE_VELAR),
    Row("УИХ-ын дарга Д.Амарбаясгалан", "person", forms(gen="УИХ-ын дарга Д.Амарбаясгалангийн"), TERM),
    Row("У.Хүрэлсүх", "person", forms(gen="У.Хүрэлсүхийн", dat="У.Хүрэлсүхэд", com="У.Хүрэлсүхтэй"), f"{TERM}; {UBN_83550}"),
    Row("У.Хүрэлсүх", "person", forms(acc="У.Хүрэлсүхийг", abl="У.Хүрэлсүхээс", ins="У.Хүрэлсүхээр"), RULE_CONSONANT),
    Row("Ерөнхийлөгч У.Хүрэлсүх", "person", forms(gen="Ерөнхийлөгч У.Хүрэлсүхийн", loc="Ерөнхийлөгч У.Хүрэлсүхэд"), TERM),
    Row("Г.Занданшатар", "person", forms(gen="Г.Занданшатарын", dat="Г.Занданшатарт", com="Г.Занданшатартай"), f"«Г.Занданшатарын урилгаар» https://vip76.mn/content/85643 ; {RULE_CONSONANT}"),
    Row("Л.Оюун-Эрдэнэ", "person", forms(gen="Л.Оюун-Эрдэнийн", acc="Л.Оюун-Эрдэнийг", dat="Л.Оюун-Эрдэнэд"), f"{ZMS}; {TV5}; {UBN_83550}"),
    Row("Л.Оюун-Эрдэнэ", "person", forms(abl="Л.Оюун-Эрдэнээс", ins="Л.Оюун-Эрдэнээр", com="Л.Оюун-Эрдэнэтэй"), RULE_NATIVE_VOWEL),
    Row("Лувсаннамсрайн Оюун-Эрдэнэ", "person", forms(acc="Лувсаннамсрайн Оюун-Эрдэнийг"), INEWS),
    Row("Б.Болор-Эрдэнэ", "person", forms(gen="Б.Болор-Эрдэнийн", dat="Б.Болор-Эрдэнэд"), RULE_NATIVE_VOWEL),
    Row("Х.Баттулга", "person", forms(gen="Х.Баттулгын", acc="Х.Баттулгыг"), f"{UNDESTEN}; «Х.Баттулгыг» http://onlinetv.mn/p/5180"),
    Row("Х.Баттулга", "person", forms(dat="Х.Баттулгад", com="Х.Баттулгатай"), RULE_NATIVE_VOWEL),
    Row("Г.Шийлэгдамба", "person", forms(acc="Г.Шийлэгдамбыг"), WORD_MN),
    Row("Ц.Элбэгдорж", "person", forms(acc="Ц.Элбэгдоржийг", dat="Ц.Элбэгдоржид"), f"{ISEE_23125}; {BATAAR_25277}"),
    Row("Цахиагийн Элбэгдорж", "person", forms(gen="Цахиагийн Элбэгдоржийн"), DORGIO_17442),
    Row("Б.Батцэцэг", "person", forms(gen="Б.Батцэцэгийн"), LIVETV),
    Row("Б.Батцэцэг", "person", forms(dat="Б.Батцэцэгт", com="Б.Батцэцэгтэй"), RULE_CONSONANT),
    Row("Л.Болорцэцэг", "person", forms(gen="Л.Болорцэцэгийн"), ISEE_43573),
    Row("Т.Бадрал", "person", forms(gen="Т.Бадралын"), ISEE_43573),
    Row("Л.Энх-Амгалан", "person", forms(gen="Л.Энх-Амгалангийн", dat="Л.Энх-Амгаланд"), f"{PARLIAMENT} (nominative); {RULE_VELAR}"),
    Row("Б.Жавхлан", "person", forms(gen="Б.Жавхлангийн"), f"{LEGAL_314} (nominative); {RULE_VELAR}"),
    Row("Ц.Даваасүрэн", "person", forms(gen="Ц.Даваасүрэнгийн", com="Ц.Даваасүрэнтэй"), RULE_VELAR),
    Row("Ө.Энхтүвшин", "person", forms(dat="Ө.Энхтүвшинд"), T24_11046),
    Row("Ч.Улаан", "person", forms(gen="Ч.Улааны"), T24_11046),
    Row("Борхүүгийн Дэлгэрсайхан", "person", forms(acc="Борхүүгийн Дэлгэрсайханыг"), UBN_50402),
    Row("Ц.Баатарсайхан", "person", forms(dat="Ц.Баатарсайханд"), UBN_50402),
    Row("Б.Мөнхжин", "person", forms(com="Б.Мөнхжинтэй"), IKON_OPINION),
    Row("Д.Мөнхбаатар", "person", forms(dat="Д.Мөнхбаатарт"), ISEE_11260),
    Row("Н.Энхболд", "person", forms(com="Н.Энхболдтой"), DNN_ENKHBOLD),
    Row("Н.Энхболд", "person", forms(gen="Н.Энхболдын", dat="Н.Энхболдод"), RULE_CONSONANT),
    Row("Г.Түвшинжаргал", "person", forms(acc="Г.Түвшинжаргалыг"), DNN_TUVSHIN),
    Row("Ө.Өлзийбаатар", "person", forms(acc="Ө.Өлзийбаатарыг"), T24_52907),
    Row("С.Дашзэвэг", "person", forms(acc="С.Дашзэвэгийг"), T24_CENTER),
    Row("Б.Хурц", "person", forms(acc="Б.Хурцыг"), T24_156539),
    Row("Б.Ганболд", "person", forms(gen="Б.Ганболдын"), T24_156539),
    Row("Ч.Золбаяр", "person", forms(dat="Ч.Золбаярт", com="Ч.Золбаяртай"), RULE_CONSONANT),
    Row("Ухнаа", "person", forms(gen="Ухнаагийн"), "«Ухнаагийн Хүрэлсүх» (terminology.md §1.1, §5.2; https://simple.m.wikipedia.org/wiki/President_of_Mongolia)"),
    # --- Kazakh, Russian, Uzbek and other foreign people ----------------------------------
    Row("К.Токаев", "person", forms(gen="К.Токаевын"), f"{TERM}; {ZINDAA_56QF}"),
    Row("К.Токаев", "person", forms(acc="К.Токаевыг", com="К.Токаевтай", abl="К.Токаеваас"), RULE_OV),
    Row("Касым-Жомарт Токаев", "person", forms(gen="Касым-Жомарт Токаевын"), ZINDAA_56QF),
    Row("Ерөнхийлөгч К.Токаев", "person", forms(gen="Ерөнхийлөгч К.Токаевын"), f"{ANALIZ}; {ZINDAA_56QF}"),
    Row("Е.Кошанов", "person", forms(gen="Е.Кошановын", acc="Е.Кошановыг"), RULE_OV),
    Row("М.Ашимбаев", "person", forms(gen="М.Ашимбаевын"), RULE_OV),
    Row("Жалгас Адылбаев", "person", forms(acc="Жалгас Адылбаевыг"), SHUUM),
    Row("Жалгас Адилбаев", "person", forms(acc="Жалгас Адилбаевыг"), MONTSAME_240794),
    Row("А.У.Мамин", "person", forms(dat="А.У.Маминд"), SHUUM),
    Row("Аскар Мамин", "person", forms(acc="Аскар Маминыг"), MONTSAME_240794),
    Row("В.Путин", "person", forms(gen="В.Путины"), TOIMNEWS),
    Row("В.В.Путин", "person", forms(dat="В.В.Путинд", acc="В.В.Путиныг"), f"{UNDESTEN}; {ARSLAN_658629}"),
    Row("В.И.Матвиенко", "person", forms(dat="В.И.Матвиенкод"), TERM),
    Row("В.И.Матвиенко", "person", forms(gen="В.И.Матвиенкогийн"), RULE_FOREIGN_VOWEL),
    Row("Александр Лукашенко", "person", forms(com="Александр Лукашенкотой"), DUUREN),
    Row("А.Лукашенко", "person", forms(dat="А.Лукашенкод"), DUUREN),
    Row("Д.А.Медведев", "person", forms(gen="Д.А.Медведевийн"), ARSLAN_611280),
    Row("Медведев", "person", forms(gen="Медведевийн"), RUVR_SVETLANA),
    Row("Светлана", "person", forms(gen="Светланагийн"), RUVR_SVETLANA),
    Row("С.В.Лавров", "person", forms(gen="С.В.Лавровын"), ARSLAN_57394),
    Row("С.М.Миронов", "person", forms(acc="С.М.Мироновыг", com="С.М.Мироновтой"), ZINDAA_1NMA),
    Row("И.К.Азизов", "person", forms(gen="И.К.Азизовын"), MONECON),
    Row("Ш.Мирзиёев", "person", forms(com="Ш.Мирзиёевтэй", acc="Ш.Мирзиёевийг"), ASSA),
    Row("Ши Жиньпин", "person", forms(com="Ши Жиньпинтэй", abl="Ши Жиньпинээс", gen="Ши Жиньпиний"), f"{NEWS_2146335}; {DUUREN}"),
    Row("Ху Жинтао", "person", forms(gen="Ху Жинтаогийн"), ELBEGDORJ),
    Row("Фүмио Кишида", "person", forms(gen="Фүмио Кишидагийн"), ERGELT),
    Row("Кишида Фүмио", "person", forms(acc="Кишида Фүмиог"), GOVIALTAI),
    Row("Ёшихидэ Суга", "person", forms(gen="Ёшихидэ Сугагийн", acc="Ёшихидэ Сугаг"), CHIG),
    Row("Таро Коно", "person", forms(acc="Таро Коног"), CHIG),
    Row("Мотэги Тошимицү", "person", forms(gen="Мотэги Тошимицүгийн"), GOVIALTAI),
    Row("Игавахара Масарү", "person", forms(com="Игавахара Масарүтай"), MONTSAME_373320),
    Row("Кавая Такуя", "person", forms(com="Кавая Такуятай"), NEWS_56244),
    Row("Барак Обама", "person", forms(gen="Барак Обамагийн", com="Барак Обаматай"), f"{ERGELT}; {T24_123760}"),
    Row("Л.Хойл", "person", forms(com="Л.Хойлтой"), TERM),
    # --- titles ---------------------------------------------------------------------------
    Row("Монгол Улсын Их Хурлын дарга", "title", forms(gen="Монгол Улсын Их Хурлын даргын"), ANALIZ),
    Row("Байнгын хорооны дарга", "title", forms(dat="Байнгын хорооны даргад"), UBN_50402),
    Row("Засаг дарга", "title", forms(acc="Засаг даргыг", ins="Засаг даргаар"), f"{ISEE_11260}; «Засаг даргаар» http://tonshuul.mn/index.php?newsid=6954"),
    Row("дарга", "title", forms(abl="даргаас", com="даргатай"), RULE_NATIVE_VOWEL),
    Row("Ерөнхийлөгч", "title", forms(dat="Ерөнхийлөгчид", ins="Ерөнхийлөгчөөр"), f"{SELENGE_NUTAG}; {ISEE_23125}"),
    Row("Ерөнхийлөгч", "title", forms(gen="Ерөнхийлөгчийн", acc="Ерөнхийлөгчийг", abl="Ерөнхийлөгчөөс"), f"{UGLUU}; {KHEL}; {RULE_CONSONANT}"),
    Row("АНУ-ын Ерөнхийлөгч", "title", forms(com="АНУ-ын Ерөнхийлөгчтэй"), T24_123760),
    Row("Казахстаны Ерөнхийлөгч", "title", forms(dat="Казахстаны Ерөнхийлөгчид"), f"{TERM}; {RULE_CONSONANT}"),
    Row("Ерөнхий сайд", "title", forms(dat="Ерөнхий сайдад", ins="Ерөнхий сайдаар", acc="Ерөнхий сайдыг", gen="Ерөнхий сайдын"), f"{TV5}; {SHUUM}; {ZMS}; {CABINET_TUR}"),
    Row("Гадаад хэргийн сайд", "title", forms(gen="Гадаад хэргийн сайдын"), T24_31172),
    Row("Элчин сайд", "title", forms(ins="Элчин сайдаар"), UNUUDUR_227631),
    Row("УИХ-ын гишүүн", "title", forms(ins="УИХ-ын гишүүнээр"), ISEE_11260),
    Row("Засгийн газрын гишүүн", "title", forms(abl="Засгийн газрын гишүүнээс", acc="Засгийн газрын гишүүнийг"), T24_46263),
    Row("ажиглагч гишүүн", "title", forms(gen="ажиглагч гишүүний"), BARIMT),
    Row("Оросын төрийн тэргүүн", "title", forms(dat="Оросын төрийн тэргүүнд"), ARSLAN_611280),
    # --- institutions ---------------------------------------------------------------------
    Row("Улсын Их Хурал", "institution", forms(gen="Улсын Их Хурлын", dat="Улсын Их Хуралд"), f"{PARLIAMENT}; {LEGAL_736}"),
    Row("Улсын Их Хурал", "institution", forms(abl="Улсын Их Хурлаас", acc="Улсын Их Хурлыг", ins="Улсын Их Хурлаар", com="Улсын Их Хуралтай"), f"stem Хурл- as in Хурлын (SODNEWS); {RULE_CONSONANT}"),
    Row("Монгол Улсын Их Хурал", "institution", forms(gen="Монгол Улсын Их Хурлын"), SODNEWS),
    Row("Засгийн газар", "institution", forms(gen="Засгийн газрын", acc="Засгийн газрыг"), f"{SHUUM}; {UPDOWN}"),
    Row("Монгол Улсын Засгийн газар", "institution", forms(abl="Монгол Улсын Засгийн газраас", dat="Монгол Улсын Засгийн газарт"), f"{LEGAL_314}; {LEGAL_736}"),
    Row("Ерөнхийлөгчийн Тамгын газар", "institution", forms(gen="Ерөнхийлөгчийн Тамгын газрын"), UGLUU),
    Row("Гадаад харилцааны яам", "institution", forms(gen="Гадаад харилцааны яамны", dat="Гадаад харилцааны яаманд", abl="Гадаад харилцааны яамнаас"), f"«Сангийн яамны» http://www.baabar.mn/article/mongol-zuwlultiin-1921-onii-xeleltseer ; «ЭСЯ-нд» {UNUUDUR_227631}; {DUR_44}"),
    Row("Элчин сайдын яам", "institution", forms(acc="Элчин сайдын яамыг"), ONTSGOI),
    Row("Хууль зүйн байнгын хороо", "institution", forms(gen="Хууль зүйн байнгын хорооны"), PARLIAMENT),
    Row("Байнгын хороо", "institution", forms(dat="Байнгын хороонд", abl="Байнгын хорооноос", acc="Байнгын хороог"), f"hidden н of хорооны (PARLIAMENT), ХХЗХ-ны ({NEWS_300025}); {DUR_44}"),
    Row("Удирдах зөвлөл", "institution", forms(acc="Удирдах зөвлөлийг", dat="Удирдах зөвлөлд", gen="Удирдах зөвлөлийн"), f"{UBN_83550}; {ZMS}"),
    Row("Төрийн ордон", "institution", forms(gen="Төрийн ордны", dat="Төрийн ордонд"), f"{DORGIO_17442}; {ZINDAA_1NMA}"),
    Row("Тусгаар тогтнолын ордон", "institution", forms(dat="Тусгаар тогтнолын ордонд"), ZMS),
    Row("Мажилис", "institution", forms(gen="Мажилисын", dat="Мажилист", com="Мажилистай"), f"back stem in с like «Оросын», «Оростой» ({ZINDAA_56QF}); dative -т after vowel + с {DUR_44}"),
    Row("Сенат", "institution", forms(gen="Сенатын", dat="Сенатад", abl="Сенатаас"), f"dative vowel + д after т like «Хятадад», «уулзалтад»; {RULE_CONSONANT}"),
    Row("Парламент", "institution", forms(gen="Парламентын"), f"{SSPA}; {MONTSAME_240794}"),
    Row("НҮБ-ын Ерөнхий Ассамблей", "institution", forms(gen="НҮБ-ын Ерөнхий Ассамблейн"), T24_123760),
    Row("Төрийн Дум", "institution", forms(gen="Төрийн Думын"), ZINDAA_1NMA),
    Row("Европийн Холбоо", "institution", forms(abl="Европийн Холбооноос"), NEWS_56244),
    Row("Олон улсын парламентын холбоо", "institution", forms(gen="Олон улсын парламентын холбооны"), f"«ОУПХ-ны» (TERM); {DUR_44}"),
    Row("Шанхайн хамтын ажиллагааны байгууллага", "institution", forms(gen="Шанхайн хамтын ажиллагааны байгууллагын"), BARIMT),
    Row("Монгол Ардын Нам", "institution", forms(gen="Монгол Ардын Намын"), TV5),
    Row("Ардчилсан нам", "institution", forms(gen="Ардчилсан намын"), "https://isee.mn/n/76466 : «Ардчилсан намын 35 жилийн ой»"),
    Row("МАН-ын бүлэг", "institution", forms(abl="МАН-ын бүлгээс", gen="МАН-ын бүлгийн"), f"{T24_46263}; {T24_11046}"),
    Row("Засгийн газар хоорондын комисс", "institution", forms(gen="Засгийн газар хоорондын комиссын"), SHUUM),
    Row("Цөлжилтийг бууруулах сан", "institution", forms(gen="Цөлжилтийг бууруулах сангийн"), f"{NEWS_2146335}; {DUR_23}"),
    # --- places ---------------------------------------------------------------------------
    Row("Улаанбаатар", "place", forms(gen="Улаанбаатарын", dat="Улаанбаатарт"), f"{LUN}; {NEWS_2146335}"),
    Row("Улаанбаатар", "place", forms(abl="Улаанбаатараас", com="Улаанбаатартай"), RULE_CONSONANT),
    Row("Улаанбаатар хот", "place", forms(dat="Улаанбаатар хотод"), RUVR),
    Row("Москва", "place", forms(gen="Москвагийн", dat="Москвад", abl="Москвагаас"), f"{UGLUU}; {BATAAR_114310}; {ARSLAN_611280}"),
    Row("Астана", "place", forms(gen="Астанагийн", dat="Астанад", abl="Астанагаас"), RULE_FOREIGN_VOWEL),
    Row("Токио", "place", forms(gen="Токиогийн", dat="Токиод"), RULE_FOREIGN_VOWEL),
    Row("Бээжин", "place", forms(gen="Бээжингийн", dat="Бээжинд", abl="Бээжингээс"), f"{DUUREN}; {DNN_BEIJING}"),
    Row("Лондон", "place", forms(abl="Лондонгоос"), IVOICE_49014),
    Row("Сөүл", "place", forms(dat="Сөүлд"), POLIT),
    Row("Бишкек", "place", forms(gen="Бишкекийн", dat="Бишкект"), f"-ийн after к/г {KHEL}; -т after г and vowel + к {DUR_44}"),
    Row("Бишкек хот", "place", forms(gen="Бишкек хотын"), ONTSGOI),
    Row("Ташкент хот", "place", forms(dat="Ташкент хотод"), f"«Улаанбаатар хотод» ({RUVR}); «Самарканд хотод» ({ASSA})"),
    Row("Самарканд хот", "place", forms(dat="Самарканд хотод"), ASSA),
    Row("Алматы хот", "place", forms(gen="Алматы хотын", dat="Алматы хотод"), f"«Бишкек хотын» ({ONTSGOI}); «Улаанбаатар хотод» ({RUVR})"),
    Row("Улаанцав хот", "place", forms(abl="Улаанцав хотоос"), TOURISM_UB),
    Row("Дубай", "place", forms(gen="Дубайн", dat="Дубайд"), f"-н after a diphthong (толгойн; «Шанхайн» {SONIN}); {DUR_44}"),
    Row("Шанхай", "place", forms(gen="Шанхайн"), SONIN),
    Row("Казахстан", "place", forms(gen="Казахстаны"), f"{TERM}; {ZINDAA_56QF}"),
    Row("Казахстан", "place", forms(dat="Казахстанд", abl="Казахстанаас", acc="Казахстаныг"), f"stable н like «Японы», «Японд» ({UNUUDUR_227631}); {KHEL}"),
    Row("Казахстан Улс", "place", forms(com="Казахстан Улстай"), ANALIZ),
    Row("Бүгд Найрамдах Казахстан Улс", "place", forms(abl="Бүгд Найрамдах Казахстан Улсаас", gen="Бүгд Найрамдах Казахстан Улсын"), f"{SHUUM}; {ANALIZ}"),
    Row("Бүгд Найрамдах Казахстан Улс (БНКУ)", "place", forms(abl="Бүгд Найрамдах Казахстан Улс (БНКУ)-аас"), MONTSAME_240794),
    Row("Бүгд Найрамдах Киргиз Улс", "place", forms(dat="Бүгд Найрамдах Киргиз Улсад"), UNUUDUR_261172),
    Row("Монгол Улс", "place", forms(dat="Монгол Улсад", abl="Монгол Улсаас", acc="Монгол Улсыг", gen="Монгол Улсын"), f"{SHUUM}; {ISEE_43573}; {IVOICE_49014}"),
    Row("Монгол", "place", forms(ins="Монголоор", abl="Монголоос", dat="Монголд"), f"{UNDESTEN}; {ISEE_43573}; {ARSLAN_611280}"),
    Row("Узбекистан", "place", forms(gen="Узбекистаны"), ZINDAA_4W8N),
    Row("Хятад", "place", forms(dat="Хятадад"), DNN_2020),
    Row("Япон", "place", forms(gen="Японы", dir="Япон руу"), UNUUDUR_227631),
    Row("Орос", "place", forms(com="Оростой"), ZINDAA_56QF),
    Row("Төвд", "place", forms(dat="Төвдөд"), UBN_16217),
    Row("Украин", "place", forms(gen="Украины"), BATAAR_114718),
    Row("Герман", "place", forms(gen="Германы"), NEWS_56244),
    Row("Сири", "place", forms(gen="Сирийн"), T24_123760),
    Row("Ази", "place", forms(dat="Азид", gen="Азийн"), f"{POLIT}; {NEWS_56244}"),
    Row("Ховд аймаг", "place", forms(gen="Ховд аймгийн", dat="Ховд аймагт", abl="Ховд аймгаас"), f"«Төв аймгийн» {ISEE_11260}; «21 аймгаар» https://ubn.mn/p/58820 ; {DUR_44}"),
    Row("Баян-Өлгий аймаг", "place", forms(gen="Баян-Өлгий аймгийн"), DUNDGOVI),
    Row("Төв аймаг", "place", forms(gen="Төв аймгийн"), ISEE_11260),
    Row("Хэнтий аймаг", "place", forms(gen="Хэнтий аймгийн"), KHENTII),
    Row("Хэнтий", "place", forms(gen="Хэнтийн", dat="Хэнтийд"), f"-н after ий (дэлхийн) {DUR_44}"),
    Row("Өмнөговь", "place", forms(gen="Өмнөговийн", abl="Өмнөговиос", com="Өмнөговьтой"), f"ь-stems: хуулийн, хуулиар ({CABINET}; {DNN_2020}); {KHEL}"),
    Row("Архангай", "place", forms(gen="Архангайн"), f"-н after a diphthong {DUR_44}; {KHEL}"),
    Row("Сүхбаатар", "place", forms(gen="Сүхбаатарын"), TAC),
    Row("Өвөр Монголын өөртөө засах орон", "place", forms(gen="Өвөр Монголын өөртөө засах орны", acc="Өвөр Монголын өөртөө засах орныг"),
        "«өөртөө засах орныг байгуулсан» Wikimedia Commons, Atlas of Inner Mongolia"),
    Row("сонгуулийн тойрог", "place", forms(gen="сонгуулийн тойргийн"), "«2-р тойргийн», «тойргийн ажлын албанд» (mn_exceptions.csv)"),
    # --- documents and common nouns -------------------------------------------------------
    Row("санамж бичиг", "document", forms(acc="санамж бичгийг", dat="санамж бичигт"), f"{TOURISM_UB}; {LUN}"),
    Row("гэрээ", "document", forms(dat="гэрээнд", gen="гэрээний", acc="гэрээг"), f"{TOIMNEWS}; {DNN_2020}; {KHENTII}"),
    Row("Тунхаглал", "document", forms(dat="Тунхаглалд"), ZINDAA_56QF),
    Row("тогтоол", "document", forms(ins="тогтоолоор", acc="тогтоолыг"), f"{T24_CENTER}; {LEGAL_2665}"),
    Row("41 дүгээр тогтоол", "document", forms(gen="41 дүгээр тогтоолын"), DUNDGOVI),
    Row("захирамж", "document", forms(ins="захирамжаар"), ISEE_11260),
    Row("Үндсэн хууль", "document", forms(gen="Үндсэн хуулийн"), CABINET),
    Row("хууль", "document", forms(dat="хуульд", ins="хуулиар"), f"{LEGAL_228}; {DNN_2020}"),
    Row("“Хамтран ажиллах гэрээ”", "document", forms(acc="“Хамтран ажиллах гэрээ”-г"), LUN),
    Row("“Соёлын бүтээлч сар”", "document", forms(acc="“Соёлын бүтээлч сар”-ыг"), SELENGE_GOV),
    Row('"Зарим цогцос оршуулах журам"', "document", forms(acc='"Зарим цогцос оршуулах журам"-ыг'), LEGAL_2665),
    Row("“Алдарын танхим”", "institution", forms(dat="“Алдарын танхим”-д"), DNN_PUTIN),
    Row("“Хөх ордон”", "institution", forms(gen="“Хөх ордон”-ы"), ZINDAA_4W8N),
    Row("“Хүндэт зочдын төгөл”", "place", forms(dat="“Хүндэт зочдын төгөл”-д"), ZINDAA_4W8N),
    Row("хамтын ажиллагаа", "common", forms(gen="хамтын ажиллагааны", acc="хамтын ажиллагааг", dat="хамтын ажиллагаанд"), f"{SHUUM}; {ANALIZ}; {IVOICE_48328}"),
    Row("харилцаа", "common", forms(acc="харилцааг"), ANALIZ),
    Row("айлчлал", "common", forms(dat="айлчлалд", ins="айлчлалаар", com="айлчлалтай"), f"{RUVR}; {TOIMNEWS}; {ISEE_43573}"),
    Row("уулзалт", "common", forms(dat="уулзалтад", ins="уулзалтаар"), f"{UNDESTEN}; {NEWS_56244}"),
    Row("хэлэлцээ", "common", forms(gen="хэлэлцээний"), ARSLAN_658629),
    Row("асуудал", "common", forms(ins="асуудлаар", acc="асуудлыг"), UNDESTEN),
    Row("салбар", "common", forms(dat="салбарт"), TOIMNEWS),
    Row("хуралдаан", "common", forms(ins="хуралдаанаар", dat="хуралдаанд"), f"{SHUUM}; {SONIN}"),
    Row("байгаль орчин", "common", forms(acc="байгаль орчныг"), ZINDAA_4W8N),
    Row("өндөр түвшин", "common", forms(gen="өндөр түвшний"), ASSA),
    Row("шинэ түвшин", "common", forms(dat="шинэ түвшинд"), ASSA),
    Row("стратегийн түншлэл", "common", forms(gen="стратегийн түншлэлийн"), ANALIZ),
    Row("эдийн засаг", "common", forms(gen="эдийн засгийн"), SHUUM),
    Row("хөгжил", "common", forms(gen="хөгжлийн"), LUN),
    Row("хоолойн төсөл", "common", forms(gen="хоолойн төслийн"), IVOICE_48328),
    Row("тээвэр", "common", forms(gen="тээврийн"), UNUUDUR_261172),
    Row("нүүрс", "common", forms(gen="нүүрсний"), BARIMT),
    Row("хэл", "common", forms(gen="хэлний"), NAIRUULGA),
    Row("улс төрийн хүч", "common", forms(gen="улс төрийн хүчний"), NEWS_56244),
    Row("галт тэрэг", "common", forms(gen="галт тэрэгний"), DNN_2020),
    Row("ажил", "common", forms(acc="ажлыг"), SHUUM),
    Row("Гадаад харилцааны хэлтэс", "institution", forms(gen="Гадаад харилцааны хэлтсийн"), NEWS_56244),
    Row("цэрэг", "common", forms(gen="цэргийн"), POLIT),
    Row("1990 он", "common", forms(abl="1990 оноос"), UBN_20533),
    Row("2000 оны 06 дугаар сарын 14-ний өдөр", "common", forms(gen="2000 оны 06 дугаар сарын 14-ний өдрийн"), EDUB),
    Row("2022 оны 01 дүгээр сарын 01-ний өдөр", "common", forms(abl="2022 оны 01 дүгээр сарын 01-ний өдрөөс"), EDUB),
    Row("2025 он", "common", forms(gen="2025 оны"), "«2025 оны 3 дугаар сарын 10-ны өдөр» https://prague.embassy.mn/page/1045"),
    Row("Б.Цэрэндаваа нар", "person", forms(gen="Б.Цэрэндаваа нарын", dat="Б.Цэрэндаваа нарт", acc="Б.Цэрэндаваа нарыг", com="Б.Цэрэндаваа нартай"), f"«нарын» {SELENGE_NUTAG}; «нарт» {LIVETV}; «нарыг» {T24_46263}; «нартай» {SONIN}"),
    Row("нар", "person", forms(abl="нараас", ins="нараар"), RULE_CONSONANT),
    # --- abbreviations (ending by the word they are read as) -------------------------------
    Row("УИХ", "institution", forms(gen="УИХ-ын", dat="УИХ-д"), f"{TERM}; {SELENGE_NUTAG}"),
    Row("УИХ", "institution", forms(abl="УИХ-аас", ins="УИХ-аар"), "read «Улсын Их Хурал» → Хурлаас, Хурлаар (see Улсын Их Хурал)"),
    Row("ОХУ", "place", forms(gen="ОХУ-ын", dat="ОХУ-д", acc="ОХУ-ыг", abl="ОХУ-аас"), f"{TERM}; {DNN_PUTIN}; {BATAAR_114310}; {ARSLAN_658629}"),
    Row("БНХАУ", "place", forms(gen="БНХАУ-ын", dat="БНХАУ-д"), f"{ISEE_43573}; {BARIMT}"),
    Row("БНКУ", "place", forms(gen="БНКУ-ын"), MONTSAME_240794),
    Row("АНУ", "place", forms(gen="АНУ-ын"), T24_123760),
    Row("БНСУ", "place", forms(gen="БНСУ-ын"), DORGIO_147440),
    Row("МУ", "place", forms(abl="МУ-аас"), ISEE_43573),
    Row("НҮБ", "institution", forms(gen="НҮБ-ын"), T24_123760),
    Row("ЕАБХАБ", "institution", forms(gen="ЕАБХАБ-ын"), f"{TERM}; {SSPA}"),
    Row("ШХАБ", "institution", forms(gen="ШХАБ-ын", acc="ШХАБ-ыг"), IVOICE_48328),
    Row("ДЭМБ", "institution", forms(abl="ДЭМБ-аас"), MONECON),
    Row("ОУПХ", "institution", forms(gen="ОУПХ-ны"), TERM),
    Row("ХХЗХ", "institution", forms(gen="ХХЗХ-ны"), NEWS_300025),
    Row("ГХЯ", "institution", forms(gen="ГХЯ-ны"), UNUUDUR_227631),
    Row("ЭСЯ", "institution", forms(dat="ЭСЯ-нд"), UNUUDUR_227631),
    Row("МАН", "institution", forms(gen="МАН-ын", abl="МАН-аас"), T24_46263),
    Row("МАХН", "institution", forms(gen="МАХН-ын", dat="МАХН-д"), T24_11046),
    Row("АОХН", "institution", forms(gen="АОХН-ийн", acc="АОХН-ийг"), T24_31172),
    Row("ЗГ", "institution", forms(gen="ЗГ-ын"), RUVR),
    Row("ЗГХЭГ", "institution", forms(gen="ЗГХЭГ-ын"), TV5),
    Row("Нийслэлийн ЗДТГ", "institution", forms(gen="Нийслэлийн ЗДТГ-ын"), LUN),
    Row("УБ", "place", forms(gen="УБ-ын"), BATAAR_114718),
    Row("УБТЗ", "institution", forms(gen="УБТЗ-ын"), MONECON),
    Row("ХН", "institution", forms(gen="ХН-ийн"), MONECON),
    Row("ГССҮТ", "institution", forms(gen="ГССҮТ-ийн"), T24_52907),
    Row("ХААБ", "institution", forms(gen="ХААБ-ийн"), DNN_HAAB),
    Row("ГХ", "institution", forms(gen="ГХ-ны"), SHUUD_GH),
    # --- numerals (dates) -------------------------------------------------------------------
    Row("29", "common", forms(gen="29-ний"), TERM),
    Row("18-22", "common", forms(gen="18-22-ны"), TERM),
    Row("2024 оны тавдугаар сарын 29", "common", forms(gen="2024 оны тавдугаар сарын 29-ний"), TERM),
    Row("10", "common", forms(gen="10-ны"), "«3 дугаар сарын 10-ны өдөр» https://prague.embassy.mn/page/1045"),
    Row("19", "common", forms(gen="19-ний"), IVOICE_49014),
    Row("16", "common", forms(gen="16-ны"), "«6 дугаар сарын 16-ны өдөр» http://nartam.org/509.html"),
    Row("24", "common", forms(gen="24-ний"), LEGAL_314),
    Row("21", "common", forms(gen="21-ний"), LUN),
    Row("30", "common", forms(gen="30-ны"), LEGAL_736),
    Row("28", "common", forms(gen="28-ны", abl="28-наас"), f"{LEGAL_2665}; {ELBEGDORJ}"),
    Row("22", "common", forms(gen="22-ны", dat="22-нд"), f"{LEGAL_14433}; {ONTSGOI}"),
    Row("06", "common", forms(gen="06-ны"), EDUB),
    Row("01", "common", forms(gen="01-ний"), EDUB),
    Row("14", "common", forms(gen="14-ний"), EDUB),
    Row("5", "common", forms(gen="5-ны"), BATAAR_114310),
    Row("2", "common", forms(gen="2-ны"), TOURISM_UB),
    Row("3", "common", forms(gen="3-ны"), ELBEGDORJ),
    Row("7", "common", forms(dat="7-нд", gen="7-ны"), f"{BATAAR_114718}; {LEGAL_14433}"),
    Row("25", "common", forms(dat="25-нд"), DUUREN),
    Row("15-16", "common", forms(gen="15-16-ны"), BARIMT),
    Row("16-17", "common", forms(gen="16-17-ны"), ARSLAN_57394),
    Row("2-4", "common", forms(gen="2-4-ний"), DUUREN),
    Row("1-4", "common", forms(gen="1-4-ний"), TOURISM_UB),
    Row("23-24", "common", forms(gen="23-24-ний"), SONIN),
    Row("3-6", "common", forms(gen="3-6-ны"), ARSLAN_611280),
    Row("10-16", "common", forms(gen="10-16-ны"), DORGIO_147440),
    Row("24-26", "common", forms(dat="24-26-нд"), UNUUDUR_261172),
    Row("11-12", "common", forms(dat="11-12-нд"), ZINDAA_56QF),
]

CASES_CHECKED = [(row.phrase, row.kind, case, form, row.source) for row in ROWS for case, form in row.forms.items()]


@pytest.mark.parametrize(("phrase", "kind", "case", "expected", "source"), CASES_CHECKED,
                         ids=[f"{phrase}-{case}" for phrase, _, case, _, _ in CASES_CHECKED])
def test_inflect(phrase: str, kind: str, case: str, expected: str, source: str) -> None:
    assert mn.inflect(phrase, case, kind) == expected, source


def test_the_table_covers_at_least_a_hundred_phrases() -> None:
    assert len({row.phrase for row in ROWS}) >= 100
    assert {case for _, _, case, _, _ in CASES_CHECKED} >= {"gen", "dat", "acc", "loc", "ins", "abl", "com", "dir"}


# --- behaviour beyond single forms -----------------------------------------------------------


def test_nominative_returns_the_phrase_unchanged() -> None:
    assert mn.inflect("Монгол Улсын Их Хурлын дарга Д.Амарбаясгалан", "nom", "person") == "Монгол Улсын Их Хурлын дарга Д.Амарбаясгалан"


def test_locative_is_the_dative_locative() -> None:
    assert mn.inflect("Улаанбаатар хот", "loc", "place") == mn.inflect("Улаанбаатар хот", "dat", "place") == "Улаанбаатар хотод"


@pytest.mark.parametrize("case", ["nominative", "prep", "ins2", ""])
def test_unknown_case_is_an_error_naming_it(case: str) -> None:
    with pytest.raises(ValueError, match="unknown Mongolian case"):
        mn.inflect("Монгол Улс", case)


def test_unknown_kind_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        mn.inflect("Монгол Улс", "gen", "country")


def test_gender_is_accepted_and_ignored() -> None:
    assert mn.inflect("Б.Батцэцэг", "gen", "person", gender="f") == "Б.Батцэцэгийн"


def test_cases_are_the_shared_names() -> None:
    assert set(mn.CASES) == {"nom", "gen", "dat", "acc", "loc", "ins", "abl", "com"}


def test_only_the_last_word_changes() -> None:
    phrase = "Монгол Улсын Их Хурлын дарга Д.Амарбаясгалан"
    assert mn.inflect(phrase, "dat", "person") == "Монгол Улсын Их Хурлын дарга Д.Амарбаясгаланд"


def test_surrounding_whitespace_is_kept() -> None:
    assert mn.inflect("Засгийн газар ", "gen", "institution") == "Засгийн газрын "


def test_empty_phrase_stays_empty() -> None:
    assert mn.inflect("", "gen") == ""


def test_a_number_inside_a_name_is_read_plainly() -> None:
    # dates: «сарын 19-ний өдөр» (IVOICE_49014); a name: «Ковид-19-ийн» (ес → есийн, KHEL)
    assert mn.inflect("Ковид-19", "gen") == "Ковид-19-ийн"
    assert mn.inflect("19", "gen") == "19-ний"
    # a count: «нийт тохиолдол 10,000-д хүрлээ» https://livetv.mn/p/167161 (арван мянга → мянгад)
    assert mn.inflect("нийт тохиолдол 10,000", "dat") == "нийт тохиолдол 10,000-д"


def test_a_phrase_ending_in_punctuation_is_an_error() -> None:
    with pytest.raises(ValueError, match="cannot inflect"):
        mn.inflect("Монгол Улс.", "gen", "place")


def test_lowercase_nouns_in_name_phrases_are_common_nouns() -> None:
    # «Байнгын хороонд» even if a caller calls the phrase a person or a place
    assert mn.inflect("Байнгын хороо", "dat", "person") == "Байнгын хороонд"
    assert mn.inflect("Ховд аймаг", "gen", "place") == "Ховд аймгийн"


def test_names_are_not_shortened_like_common_nouns() -> None:
    # баатар → баатрын as a noun, but names keep their vowel: «Сүхбаатарын» (TAC), «Г.Занданшатарын»
    assert mn.inflect("Д.Хурал", "gen", "person") == "Д.Хуралын"
    assert mn.inflect("Улсын Их Хурал", "gen", "institution") == "Улсын Их Хурлын"


@pytest.mark.parametrize(
    ("phrase", "kind", "expected"),
    [
        ("Япон", "place", "Япон руу"),  # UNUUDUR_227631
        ("цахим хуудас", "common", "цахим хуудас руу"),  # CABINET_TUR
        ("Бээжин", "place", "Бээжин рүү"),  # рүү in front words
        ("Улаанбаатар", "place", "Улаанбаатар луу"),  # луу after р
        ("ОХУ", "place", "ОХУ руу"),  # read «… Улс»
    ],
)
def test_directive_is_a_separate_word(phrase: str, kind: str, expected: str) -> None:
    assert mn.inflect(phrase, "dir", kind) == expected


# --- join ----------------------------------------------------------------------------------


def test_join_empty_and_single() -> None:
    assert mn.join([]) == ""
    assert mn.join(["Монгол Улс"]) == "Монгол Улс"
    assert mn.join(["Д.Амарбаясгалан"], kind="person") == "Д.Амарбаясгалан"


def test_join_people_with_nar() -> None:
    # «Б.Болор-Эрдэнэ, Ч.Золбаяр нар» https://mddic.gov.mn/mn/2022/09/9368 (terminology.md §6.3)
    assert mn.join(["Б.Болор-Эрдэнэ", "Ч.Золбаяр"], kind="person") == "Б.Болор-Эрдэнэ, Ч.Золбаяр нар"
    # «УИХ-ын гишүүн Ж.Баясгалан, Д.Бум-Очир, Ж.Ганбаатар, Ж.Золжаргал нар» https://buzznews.mn/?p=9968
    names = ["УИХ-ын гишүүн Ж.Баясгалан", "Д.Бум-Очир", "Ж.Ганбаатар", "Ж.Золжаргал"]
    assert mn.join(names, kind="person") == "УИХ-ын гишүүн Ж.Баясгалан, Д.Бум-Очир, Ж.Ганбаатар, Ж.Золжаргал нар"


@pytest.mark.parametrize(
    ("names", "case", "expected", "source"),
    [
        (["Соёлын сайд Ч.Номин", "Сангийн сайд Б.Жавхлан"], "dat", "Соёлын сайд Ч.Номин, Сангийн сайд Б.Жавхлан нарт", LEGAL_314),
        (["Ерөнхийлөгч У.Хүрэлсүх", "Ерөнхий сайд Л.Оюун-Эрдэнэ"], "dat", "Ерөнхийлөгч У.Хүрэлсүх, Ерөнхий сайд Л.Оюун-Эрдэнэ нарт", LIVETV),
        (["Ч.Хүрэлбаатар", "Г.Занданшатар"], "gen", "Ч.Хүрэлбаатар, Г.Занданшатар нарын", SELENGE_NUTAG),
        (["Эдийн Засгийн хөгжлийн сайд Н.Батбаяр", "Сангийн сайд Н.Улаан"], "acc", "Эдийн Засгийн хөгжлийн сайд Н.Батбаяр, Сангийн сайд Н.Улаан нарыг", T24_46263),
        (["Ерөнхийлөгч Владимир Путин", "Ислам Каримов"], "com", "Ерөнхийлөгч Владимир Путин, Ислам Каримов нартай", SONIN),
    ],
)
def test_a_list_of_people_takes_the_ending_on_nar(names: list[str], case: str, expected: str, source: str) -> None:
    assert mn.inflect(mn.join(names, kind="person"), case, "person") == expected, source


def test_join_other_items_with_bolon() -> None:
    # «БНХАУ болон ОХУ-ын удирдлагуудтай» (BARIMT): one ending, on the last item
    assert mn.join(["БНХАУ", "ОХУ"], kind="place") == "БНХАУ болон ОХУ"
    assert mn.inflect(mn.join(["БНХАУ", "ОХУ"], kind="place"), "gen", "place") == "БНХАУ болон ОХУ-ын"
    # «…, Б.Энхбаяр болон ажлын хэсгийн гишүүдээс» (PARLIAMENT); «…байгууллагууд болон иргэдийг» (LEGAL_314)
    assert mn.join(["Монгол Улс", "БНХАУ", "ОХУ"]) == "Монгол Улс, БНХАУ болон ОХУ"


def test_join_or() -> None:
    assert mn.join(["Улаанбаатар", "Астана"], conj="or") == "Улаанбаатар эсвэл Астана"
    assert mn.join(["Улаанбаатар", "Астана", "Москва"], conj="or", kind="place") == "Улаанбаатар, Астана эсвэл Москва"
    assert mn.join(["Д.Амарбаясгалан", "Е.Кошанов"], conj="or", kind="person") == "Д.Амарбаясгалан эсвэл Е.Кошанов"


def test_join_skips_empty_items_and_keeps_the_others_verbatim() -> None:
    assert mn.join(["Монгол Улс", "", "  ", "БНКУ"]) == "Монгол Улс болон БНКУ"
    assert mn.join(["«Эрдэнэс Монгол» ХХК", "Монгол Улсын Засгийн газар"]) == "«Эрдэнэс Монгол» ХХК болон Монгол Улсын Засгийн газар"


def test_join_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="conjunction"):
        mn.join(["A", "B"], conj="but")
    with pytest.raises(TypeError):
        mn.join("Монгол Улс")


# --- the exceptions table ------------------------------------------------------------------


def test_every_exception_row_is_complete_and_sourced() -> None:
    text = resources.files("briefing.grammar").joinpath("mn_exceptions.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#")))
    assert len(rows) >= 20
    for row in rows:
        assert row["pattern"] in {"fleeting", "hidden_n", "velar_n"}, row
        assert row["scope"] in {"common", "any"}, row
        assert row["source"].strip(), row
        assert bool(row["stem"]) == (row["pattern"] == "fleeting"), row
        if row["stem"]:
            assert len(row["stem"]) == len(row["word"]) - 1, row  # exactly one vowel drops


@pytest.mark.parametrize(("name", "participial"), [
    ("хамтран ажиллах санамж бичиг", True),  # «A, B хооронд хамтран ажиллах …» (ontsgoi.mn, updown.mn)
    ("ах дүүгийн харилцаа тогтоох тухай хэлэлцээр", True),
    ("харилцан ойлголцлын санамж бичиг", False),  # «A, B-ын хоорондын харилцан ойлголцлын …»
    ("хамтын ажиллагааны тухай санамж бичиг", False),
])
def test_a_name_built_on_a_participle_takes_the_adverbial_between(name: str, participial: bool) -> None:
    from briefing.grammar.mn import built_on_participle

    assert built_on_participle(name) is participial
