"""A learned second opinion on event types: TF-IDF features and a linear model.

Two blocks of features, each weighted and normalised on its own: word uni- and
bigrams, and character 2- to 5-grams within words (which read "shelled",
"shelling" and "shells" as kin, and survive a word the training data lacks).

The model is trained by `scripts/train_classifier.py` on examples we wrote
(`training/data/`) and on NGEC's synthetic training stories. It ships as plain
arrays (vocabulary, idf weights, coefficients) in `models/event_types/`, not as
a pickle: nothing is executed on load, and any scikit-learn version reads it.

The coder asks it two questions: which PLOVER type a sentence reports (or NONE),
and which type a whole document is about. Each has its own head (coefficients) over
the same features: the sentence head learned from our sentences only, the story head
from those and NGEC's stories. Patterns stay the first opinion; the
model speaks where they are silent or disagree, and its probability feeds
`confidence`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
from scipy.sparse import hstack
from scipy.special import softmax
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize
from spacy.tokens import Doc, Span

from ..errors import LexiconError

MODEL_DIR = "models/event_types"
SCORES_KEY = "dyadscope.type_scores"  # doc.user_data key: sentence start -> TypeScores
NONE = "NONE"  # the label of a sentence that reports no event

_NUMBER = re.compile(r"\d[\d,.]*")


def normalise(text: str) -> str:
    """Text as the model sees it: lower case, digits folded, so numbers do not become features."""
    return _NUMBER.sub("0", text.lower())


def feature_blocks() -> dict[str, dict[str, object]]:
    """Feature settings shared by training and inference, by block name (sublinear tf in both)."""
    return {
        "word": {"preprocessor": normalise, "ngram_range": (1, 2), "sublinear_tf": True,
                 "token_pattern": r"(?u)\b[a-z][a-z'-]+\b|\b0\b", "dtype": np.float32},
        "char": {"preprocessor": normalise, "analyzer": "char_wb", "ngram_range": (2, 5), "sublinear_tf": True,
                 "dtype": np.float32},
    }


@dataclass(frozen=True)
class TypeScores:
    """Probabilities over the model's labels for one text."""

    labels: tuple[str, ...]
    probs: np.ndarray

    def of(self, label: str) -> float:
        """The probability of one label (0 for a label the model does not know)."""
        try:
            return float(self.probs[self.labels.index(label)])
        except ValueError:
            return 0.0

    def best(self, exclude_none: bool = False) -> tuple[str, float]:
        """The most probable label (and its probability), NONE left out on request."""
        order = np.argsort(-self.probs)
        for index in order:
            if exclude_none and self.labels[index] == NONE:
                continue
            return self.labels[index], float(self.probs[index])
        return NONE, 0.0


class TypeClassifier:
    """The shipped event-type model, read from its arrays."""

    def __init__(self, folder: Path | None = None) -> None:
        base = folder if folder is not None else resources.files("dyadscope").joinpath(MODEL_DIR)
        try:
            meta = json.loads(base.joinpath("meta.json").read_text(encoding="utf-8"))
            vocabularies = json.loads(base.joinpath("vocabulary.json").read_text(encoding="utf-8"))
            with base.joinpath("weights.npz").open("rb") as fh:
                arrays = np.load(fh)
                idfs = {name: arrays[f"idf_{name}"].astype(np.float32) for name in feature_blocks()}
                # head name -> (coefficients, intercepts); a model without a sentence head uses one for both
                story = (arrays["coef"].astype(np.float32), arrays["intercept"].astype(np.float32))
                sentence = (arrays["coef_sentence"].astype(np.float32), arrays["intercept_sentence"].astype(np.float32)) \
                    if "coef_sentence" in arrays else story
                self.heads = {"story": story, "sentence": sentence}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise LexiconError(f"cannot read the event-type model in {base}: {exc}") from exc
        self.version: str = meta["version"]
        self.labels: tuple[str, ...] = tuple(meta["labels"])
        # Per block: counts over the fixed vocabulary (idf weighting and norm are applied in `scores`).
        self._blocks: list[tuple[TfidfVectorizer, np.ndarray]] = []
        for name, params in feature_blocks().items():
            vocabulary = vocabularies.get(name) if isinstance(vocabularies, dict) else None
            if not vocabulary or idfs[name].shape != (len(vocabulary),):
                raise LexiconError(f"{base}: the {name} features do not match their vocabulary")
            params = {k: v for k, v in params.items() if k != "sublinear_tf"}
            counts = TfidfVectorizer(vocabulary={term: i for i, term in enumerate(vocabulary)},
                                     use_idf=False, norm=None, sublinear_tf=True, **params)
            counts.fit([""])  # builds nothing: the vocabulary is fixed; this only validates it
            self._blocks.append((counts, idfs[name]))
        width = sum(len(idf) for _, idf in self._blocks)
        if any(coef.shape != (len(self.labels), width) for coef, _ in self.heads.values()):
            raise LexiconError(f"{base}: model arrays do not match its vocabulary and labels")
        self.rule = f"model:event_types-{self.version}"

    def scores(self, texts: list[str], head: str = "story") -> list[TypeScores]:
        """Label probabilities for each text, by the story head (headlines, whole texts) or the sentence head."""
        if not texts:
            return []
        features = hstack([normalize(counts.transform(texts).multiply(idf).tocsr())
                           for counts, idf in self._blocks]).tocsr()
        coef, intercept = self.heads[head]
        logits = features @ coef.T + intercept
        probs = softmax(np.asarray(logits), axis=1)
        return [TypeScores(self.labels, row) for row in probs]

    def sentence_scores(self, doc: Doc, sentences: list[Span]) -> dict[int, TypeScores]:
        """Scores of each sentence, keyed by its first token; computed once per document.

        The prefilter asks first (to parse sentences only the model finds events in)
        and the coder asks again; the tokens and sentence bounds do not change between.
        """
        cached = doc.user_data.get(SCORES_KEY)
        if cached is None:
            cached = dict(zip([s.start for s in sentences], self.scores([s.text for s in sentences], head="sentence"),
                                  strict=True))
            doc.user_data[SCORES_KEY] = cached
        return cached  # type: ignore[no-any-return]
