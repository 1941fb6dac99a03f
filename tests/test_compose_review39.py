"""Names a Russian, a Kazakh and a Mongolian reader corrected in the fresh39 and fresh40 briefings (review 2026-11-29):
documents whose subject was dropped, offices of bodies of a given country. Sources are noted in locales/offices.csv."""

from __future__ import annotations

import pytest

from briefing.compose import compose


def forms(english: str, kind: str, country: str | None = None) -> list[str | None]:
    return [compose(english, lang, kind, country) for lang in ("ru", "kk", "mn")]


@pytest.mark.parametrize(("english", "expected"), [
    ("memorandum of mutual cooperation in the sphere of agriculture",
     ["меморандум о взаимном сотрудничестве в сфере сельского хозяйства",
      "ауыл шаруашылығы саласындағы өзара ынтымақтастық туралы меморандум",
      "хөдөө аж ахуйн салбарт харилцан хамтын ажиллагааны тухай санамж бичиг"]),
    ("declaration on strengthening bilateral ties",
     ["декларация об укреплении двусторонних связей", "екіжақты байланыстарды нығайту туралы декларация",
      "хоёр талын харилцааг бэхжүүлэх тухай тунхаглал"]),
    ("roadmap for strengthening bilateral relations",
     ["дорожная карта по укреплению двусторонних отношений", "екіжақты қатынастарды нығайту жөніндегі жол картасы",
      "хоёр талын харилцааг бэхжүүлэх замын зураг"]),
    ("protocol of the XI meeting of the Joint Intergovernmental Commission on Bilateral Cooperation",
     ["протокол 11-го заседания Совместной межправительственной комиссии по двустороннему сотрудничеству",
      "Екіжақты ынтымақтастық бойынша Бірлескен үкіметаралық комиссияның 11-отырысының хаттамасы",
      "Хоёр талын хамтын ажиллагааны Засгийн газар хоорондын хамтарсан комиссын 11-р хуралдааны протокол"]),
    ("Protocol of the 7th meeting of the Intergovernmental Turkmen-Azerbaijani Commission on Economic Cooperation",
     ["протокол 7-го заседания Межправительственной комиссии по экономическому сотрудничеству «Туркменистан – "
      "Азербайджан»",
      "Экономикалық ынтымақтастық бойынша Түрікменстан-Әзербайжан үкіметаралық комиссиясының 7-отырысының хаттамасы",
      "Туркменистан-Азербайжаны Эдийн засгийн хамтын ажиллагааны Засгийн газар хоорондын комиссын 7-р хуралдааны "
      "протокол"]),
])
def test_documents_keep_their_subject(english: str, expected: list[str]) -> None:
    assert forms(english, "document") == expected


def test_offices_of_the_bodies_of_a_given_country() -> None:
    assert forms("Türkiye's Parliament Speaker", "title")[0] == "Председатель Великого национального собрания Турции"
    assert forms("Speaker of the Ukrainian Parliament", "title")[0] == "Председатель Верховной Рады Украины"
    assert forms("Tashkent Mayor", "title", "UZ")[:2] == ["хоким Ташкента", "Ташкент әкімі"]  # Uzbek hokim is Kazakh әкім
    assert forms("Governor of Zhambyl region", "title", "KZ")[:2] == ["аким Жамбылской области", "Жамбыл облысының әкімі"]
    assert forms("head of the State Committee for National Security of Kyrgyzstan", "title")[0] == \
        "Председатель Государственного комитета национальной безопасности Кыргызской Республики"


def test_azerbaijani_names_in_their_russian_tradition() -> None:
    from briefing.names import turkic

    assert [turkic.to_cyrillic(name, "az", "ru") for name in ("Orkhan Mammadov", "Fariz Ismailzadeh", "Ismail Aliyev")] \
        == ["Орхан Мамедов", "Фариз Исмаилзаде", "Исмаил Алиев"]


def test_a_foreign_name_ending_in_e_takes_front_endings_in_mongolian() -> None:
    from briefing.grammar import mn

    assert mn.inflect("Кобахидзе", "com") == "Кобахидзетэй"  # the Mongolian reader of review 39
    assert mn.inflect("Токаев", "com") == "Токаевтай"  # е in a closed syllable leaves it to the strong vowels


def test_turkmenistans_halk_maslahaty_of_the_milli_gengesh() -> None:
    assert forms("Chairman of the Halk Maslahaty of the Milli Gengesh of Turkmenistan", "title") == [
        "Председатель Халк Маслахаты Милли Генгеша Туркменистана",
        "Түрікменстан Милли Генгеші Халк Маслахатының Төрағасы",
        "Туркменистаны Милли Генгешийн Халк Маслахатын дарга"]
    from briefing.extract import extract
    from briefing.ingest import parse_article

    facts = extract(parse_article("ASHGABAT, July 11. Chairman of the Halk Maslahaty of the Milli Gengesh Gurbanguly "
                                  "Berdimuhamedov and Speaker of the Grand National Assembly of the Republic of Turkey "
                                  "Mustafa Shentop held a telephone conversation.\n"))
    assert [p.title for p in facts.participants] == ["Chairman of the Halk Maslahaty of the Milli Gengesh",
                                                     "Speaker of the Grand National Assembly of the Republic of Turkey"]


def test_a_joint_statement_on_deepening_keeps_its_purpose() -> None:
    assert forms("joint statement on comprehensive deepening of strategic partnership", "document") == [
        "совместное заявление о всестороннем углублении стратегического партнёрства",
        "стратегиялық әріптестікті жан-жақты тереңдету туралы бірлескен мәлімдеме",
        "стратегийн түншлэлийг иж бүрэн гүнзгийрүүлэх тухай хамтарсан мэдэгдэл"]


def test_names_the_readers_of_review_41_corrected() -> None:
    from briefing.names.transliteration import transliterate_name

    def ru(name: str, country: str | None = None) -> str:
        return transliterate_name(name, "ru", country=country, kind="person").text

    assert ru("Ishaq Dar", "PK") == "Исхак Дар"  # never «Ишак» (kazpravda.kz «Исхак Дар»)
    assert ru("Aram Ananyan", "AM") == ru("Aram Ananyan") == "Арам Ананян"  # an Armenian name, never read as Japanese
    assert ru("Taro Kono") == "Таро Коно"


def test_a_source_that_is_an_institution_is_named_in_the_language_and_a_brand_stays(tmp_path) -> None:
    from click.testing import CliRunner

    from briefing.cli import cli

    article = tmp_path / "call.txt"
    article.write_text("Ministers talk\n\nKazakh Foreign Minister Murat Nurtleu held a phone call with Uzbek Foreign "
                       "Minister Bakhtiyor Saidov, Kazakh MFA reports.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(article), "--out", str(tmp_path / "out"), "--lang", "ru",
                                      "--translator", "none", "--quiet", "--allow-empty"])
    assert result.exit_code == 0, result.output
    import docx

    [path] = (tmp_path / "out").glob("*.ru.docx")
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "Kazakh MFA" not in text
