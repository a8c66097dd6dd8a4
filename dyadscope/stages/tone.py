"""Tone: how negative or positive a document reads, like GDELT's AvgTone.

VADER's lexicon (the vaderSentiment package) scores each sentence from -1 to +1; the
document's tone is the mean over its sentences, times 10, so it runs from -10 (all
hostile) to +10 (all warm). News about conflict typically sits between -5 and 0.
"""

from __future__ import annotations

from functools import cached_property

# VADER reads a sentence in ~0.1 ms; beyond 400 sentences (a very long article) the
# mean is stable to two decimals, so longer texts are sampled at their start.
MAX_SENTENCES = 400


class ToneScorer:
    """A loaded VADER analyser; build once, reuse."""

    @cached_property
    def _analyzer(self):  # type: ignore[no-untyped-def]
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        return SentimentIntensityAnalyzer()

    def score(self, sentences: list[str]) -> float | None:
        """Mean compound score of the sentences times 10, rounded to 3 places; None without text."""
        texts = [s for s in sentences if s.strip()][:MAX_SENTENCES]
        if not texts:
            return None
        total = sum(self._analyzer.polarity_scores(s)["compound"] for s in texts)
        return round(10 * total / len(texts), 3)

    def score_text(self, text: str) -> float | None:
        """Tone of a plain text, split into sentences at full stops and line breaks."""
        import re

        return self.score(re.split(r"(?<=[.!?])\s+|\n+", text))
