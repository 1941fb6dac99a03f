"""One exception hierarchy for everything a user can get wrong or run into.

Every error is a :class:`click.ClickException`, so the CLI catches them in one place
and shows a single line (what failed, which file, what to do) with a non-zero exit code.
"""

from __future__ import annotations

import click


class BriefingError(click.ClickException):
    """Base class: the message is shown to the user as it is."""

    exit_code = 1


class ArticleError(BriefingError):
    """The article file cannot be read or is empty."""


class CorpusError(BriefingError):
    """An evaluation corpus lacks articles/ or expected/, or no article has an expected file."""


class FactsError(BriefingError):
    """A facts JSON file is malformed or has values outside the contract."""


class TermbaseError(BriefingError):
    """The termbase file has a bad row."""


class CatalogError(BriefingError):
    """A message catalog is missing or cannot be parsed."""


class TemplateRenderError(BriefingError):
    """A template has a syntax error or uses a value that does not exist."""


class OutputError(BriefingError):
    """A document could not be written."""


class TranslationUnavailable(BriefingError):
    """No installed model can translate a language pair."""


class ModelPackageError(BriefingError):
    """A translation model package is invalid or cannot be installed or removed."""
