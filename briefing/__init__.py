"""briefing: turn an English news article into Word briefings in en, ru, kk and mn."""

__version__ = "0.1.0"
