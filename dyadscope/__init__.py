"""dyadscope: political event data from news text, offline.

    >>> from dyadscope import Document, code_documents
    >>> for event in code_documents([Document(id="d1", text="Russia attacked Ukraine.", date="2022-02-24")]):
    ...     print(event.cameo, event.source.code, event.target.code)
"""

from __future__ import annotations

from .errors import ConfigError, DyadscopeError, InputError, LexiconError, StoreError
from .lexicon import Lexicon, load_lexicon
from .pipeline import Coder, code_documents
from .records import Actor, Document, Event, Place, Rejected, Trigger
from .settings import Settings, load_settings

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Coder",
    "ConfigError",
    "Document",
    "DyadscopeError",
    "Event",
    "InputError",
    "Lexicon",
    "LexiconError",
    "Place",
    "Rejected",
    "Settings",
    "StoreError",
    "Trigger",
    "__version__",
    "code_documents",
    "load_lexicon",
    "load_settings",
]
