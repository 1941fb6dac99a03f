"""Vietnamese names by the Russian practical transcription (Нгуен Фу Чонг, Фам Минь Тьинь, Ле Тхи Тху Ханг), as
the Russian press and MFA write them; a woman's name (Thị) stays undeclined. First met on fresh32, where
«Ле Тị Тю ằнга» and «Фạм Минх Чинх» reached the briefing."""

from __future__ import annotations

import pytest

from briefing.grammar import ru
from briefing.names import vietnamese
from briefing.names.origin import detect_origin
from briefing.names.transliteration import transliterate_name


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Nguyễn Phú Trọng", "Нгуен Фу Чонг"),
    ("Phạm Minh Chính", "Фам Минь Тьинь"),
    ("Nguyễn Xuân Phúc", "Нгуен Суан Фук"),
    ("Võ Văn Thưởng", "Во Ван Тхыонг"),
    ("Trần Đại Quang", "Чан Дай Куанг"),
    ("Bùi Thanh Sơn", "Буй Тхань Шон"),
    ("Lương Cường", "Лыонг Кыонг"),
    ("Phạm Bình Minh", "Фам Бинь Минь"),
    ("Lê Thị Thu Hằng", "Ле Тхи Тху Ханг"),
    ("Điện Biên", "Дьен Бьен"),
])
def test_the_russian_practical_transcription(latin: str, cyrillic: str) -> None:
    assert vietnamese.transliterate(latin) == cyrillic


def test_the_origin_from_the_letters_or_the_country() -> None:
    assert detect_origin("Lê Thị Thu Hằng") == "vi"
    assert transliterate_name("Pham Minh Chinh", "kk", country="VN").text == "Фам Минь Тьинь"
    assert transliterate_name("Phạm Minh Chính", "mn").text == "Фам Минь Тьинь"  # whole, no press initials


def test_a_mans_name_declines_on_its_last_word_and_a_womans_not_at_all() -> None:
    assert ru.inflect("Фам Минь Тьинь", "ins", "person") == "Фам Минь Тьинем"
    assert ru.inflect("Ле Тхи Тху Ханг", "gen", "person") == "Ле Тхи Тху Ханг"
