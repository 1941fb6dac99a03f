"""Names of people and places: origin detection and transliteration systems.

The public entry point is :func:`transliterate_name`; one module per system
(:mod:`~briefing.names.palladius`, :mod:`~briefing.names.polivanov`,
:mod:`~briefing.names.kontsevich`, :mod:`~briefing.names.mongolian`,
:mod:`~briefing.names.kazakh`, :mod:`~briefing.names.arabic`, :mod:`~briefing.names.turkic`,
:mod:`~briefing.names.russian`, :mod:`~briefing.names.generic`), data tables under ``data/``.
"""

from briefing.names.origin import ORIGINS, detect_origin
from briefing.names.transliteration import RULE_LANGS, Transliteration, rules_language, transliterate_name

__all__ = ["ORIGINS", "RULE_LANGS", "Transliteration", "detect_origin", "rules_language", "transliterate_name"]
