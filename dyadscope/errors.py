"""The error tree. Every error dyadscope raises on purpose is a DyadscopeError.

    DyadscopeError
    ├── InputError      a document, file or line that cannot be read
    ├── LexiconError    a lexicon or data file row that does not validate
    ├── ConfigError     a settings file or value that is wrong
    └── StoreError      the event database cannot be opened or written

Messages name the file and line and say how to fix the problem.
"""

from __future__ import annotations


class DyadscopeError(Exception):
    """Base class of every error dyadscope raises on purpose."""


class InputError(DyadscopeError):
    """A document, file or line that cannot be read."""


class LexiconError(DyadscopeError):
    """A lexicon or data file row that does not validate."""


class ConfigError(DyadscopeError):
    """A settings file or value that is wrong."""


class StoreError(DyadscopeError):
    """The event database cannot be opened or written."""
