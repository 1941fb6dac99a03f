"""Titles and institutions first met on an unseen batch (fresh25), composed in ru, kk and mn: a ministry shared
by two countries, regional chambers of entrepreneurs, foreign-ministry departments, an adviser 'to' a body, a
'Parliamentary Standing Committee' and the head of a committee, friendship groups written 'interparliamentary',
and a Russian title whose quoted name holds a dash."""

from __future__ import annotations

import pytest

from briefing.compose import compose
from briefing.grammar import ru


@pytest.mark.parametrize(("text", "kind", "country", "expected"), [
    ("memorandum of understanding between the foreign ministries of Peru and Chile", "document", None,
     ["меморандум о взаимопонимании между Министерством иностранных дел Перу и Министерством иностранных дел Чили",
      "Перу Сыртқы істер министрлігі мен Чили Сыртқы істер министрлігі арасындағы өзара түсіністік туралы меморандум",
      "Перу Улсын Гадаад хэргийн яам, Чили Улсын Гадаад хэргийн яамны хоорондын харилцан ойлголцлын санамж бичиг"]),
    ("Director of the Chamber of Entrepreneurs of the Turkistan Region", "title", "KZ",
     ["директор Палаты предпринимателей Туркестанской области",
      "Түркістан облысы кәсіпкерлер палатасының директоры",
      "Туркестан мужийн Аж ахуй эрхлэгчдийн танхимын захирал"]),
    ("Deputy Director of Treaties and Legal Affairs Department of the Ministry of Foreign Affairs of Mongolia", "title",
     "MN", ["заместитель директора Договорно-правового департамента Министерства иностранных дел Монголии",
            "Моңғолия Сыртқы істер министрлігі Шарттық-құқықтық департаменті директорының орынбасары",
            "Монгол Улсын Гадаад харилцааны яамны Олон улсын гэрээ, эрх зүйн газрын дэд захирал"]),
    ("Advisor to the Boundary and Ocean Affairs Department of the Foreign Ministry of China", "title", "CN",
     ["советник Департамента границ и морских дел Министерства иностранных дел Китайской Народной Республики",
      "Қытай Халық Республикасы Сыртқы істер министрлігі Шекара және теңіз істері департаментінің кеңесшісі",
      "БНХАУ-ын Гадаад хэргийн яамны Хил, далайн асуудлын газрын зөвлөх"]),
    ("Head of Parliamentary Standing Committee on Security and Foreign Policy", "title", "MN",
     ["председатель Постоянного комитета по безопасности и внешней политике",
      "Қауіпсіздік және сыртқы саясат Тұрақты комитетінің төрағасы",
      "Аюулгүй байдал, гадаад бодлогын Байнгын хорооны дарга"]),
    ("head of the Japanese-Turkmen interparliamentary friendship group", "title", "JP",
     ["руководитель группы дружбы «Япония – Туркменистан»", "Жапония-Түрікменстан достық тобының басшысы",
      "Япон-Туркменистаны парламентын бүлгийн дарга"]),
])
def test_composed_in_three_languages(text: str, kind: str, country: str | None, expected: list[str]) -> None:
    assert [compose(text, lang, kind, country) for lang in ("ru", "kk", "mn")] == expected


def test_a_dash_inside_a_quoted_name_is_no_cut_between_offices() -> None:
    assert ru.inflect("руководитель группы дружбы «Япония – Туркменистан»", "ins", "title") == \
        "руководителем группы дружбы «Япония – Туркменистан»"
    assert ru.inflect("заместитель Премьер-министра – министр иностранных дел", "ins", "title") == \
        "заместителем Премьер-министра – министром иностранных дел"
