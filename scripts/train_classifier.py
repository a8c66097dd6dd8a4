"""Train the event-type model shipped in dyadscope/models/event_types/.

    .venv/bin/python scripts/train_classifier.py            # train and write the model
    .venv/bin/python scripts/train_classifier.py --cv       # also report grouped cross-validation

Training data, all of it ours or licensed for training:
- training/data/own_*.jsonl: sentences and short stories we wrote, one PLOVER type
  each (or NONE for sentences with no event). A fifth of what we wrote (chosen by a
  hash of the id) was moved to tests/data/own_dev.jsonl before any training, so
  `dyadscope evaluate` scores the model on examples it has not seen. The `own_tune_*`
  files came later: sentences written for us as tuning material for the rules (lead
  sentences from wire copy, and sentences from the body of an article), each labelled
  through its CAMEO code. They are trained on whole, so own_dev stays the same set from
  one model version to the next.
- ../shared/data/ngec_synthetic/train.jsonl (MIT): synthetic stories with a document
  label. Each story gives three examples: its headline, its lead sentence, and the
  whole text. The test split is never read here.

Two heads share the features. The story head learns from everything and reads
headlines and whole texts. The sentence head learns from our sentences alone: NGEC's
synthetic stories teach what a story is about, but their wording pulls a single
sentence's reading away from news as it is written.

The same data and settings give the same model: the solver is deterministic and
rows are read in a fixed order. The model's version is MODEL_VERSION below plus the
data digest written to meta.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import sklearn
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dyadscope.stages.classify import MODEL_DIR, feature_blocks  # noqa: E402

MODEL_VERSION = "3"
OWN_DATA = ROOT / "training" / "data"
NGEC_TRAIN = ROOT.parent / "shared" / "data" / "ngec_synthetic" / "train.jsonl"
DEV = ROOT / "tests" / "data" / "own_dev.jsonl"
OUT = ROOT / "dyadscope" / MODEL_DIR
OLD_TYPES = {"DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "DEMAND": "REQUEST", "FIGHT": "ASSAULT"}
# A crude sentence split is enough for a story's lead: wire copy ends sentences cleanly.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'A-Z])")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]+(\([^)]*\))?\s*[-\u2013\u2014]+\s*")


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise SystemExit(f"{path}:{number}: malformed JSON: {exc.msg}") from exc
    return rows


def lead_sentence(text: str) -> str:
    first = _SENTENCE_END.split(text.strip(), maxsplit=1)[0]
    return _DATELINE.sub("", first)


def held_out(group: str) -> bool:
    """A fifth of NGEC's templates, chosen by a hash, for the story-level dev check (--ngec-dev)."""
    return int(hashlib.sha256(group.encode("utf-8")).hexdigest(), 16) % 5 == 0


def training_examples(own_only: bool = False, dev_out: Path | None = None,
                      ) -> tuple[list[str], list[str], list[str], str]:
    """(texts, labels, groups, digest) over every training source, in a fixed order.

    With dev_out, a fifth of NGEC's templates is left out of training and its stories
    are written to that file, to tune story-level settings on stories the model never saw.
    """
    texts: list[str] = []
    labels: list[str] = []
    groups: list[str] = []
    digest = hashlib.sha256()
    for path in sorted(OWN_DATA.glob("own_*.jsonl")):
        digest.update(path.read_bytes())
        for row in read_jsonl(path):
            # A story with a headline teaches two readings: the headline, and the whole story.
            title = row.get("title")
            for example in ((title, f"{title}\n\n{row['text']}") if title else (row["text"],)):
                texts.append(example)
                labels.append(row["label"])
                groups.append(row["id"])
    if own_only:
        pass
    elif NGEC_TRAIN.exists():
        digest.update(NGEC_TRAIN.read_bytes())
        dev_rows = []
        for row in read_jsonl(NGEC_TRAIN):
            label = OLD_TYPES.get(row["label"], row["label"])
            text = (row.get("text") or "").strip()
            # A template's stories sit in consecutive rows (12 or 24 each): blocks of 12
            # keep cross-validation from scoring a story whose template it trained on.
            group = f"ngec:{int(row['id'].rsplit('-', 1)[1]) // 12}"
            if dev_out is not None and held_out(group):
                dev_rows.append(row)
                continue
            for example in (row.get("title") or "", lead_sentence(text), f"{row.get('title') or ''}\n\n{text}"):
                if len(example.split()) >= 4:
                    texts.append(example)
                    labels.append(label)
                    groups.append(group)
        if dev_out is not None:
            dev_out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in dev_rows), encoding="utf-8")
            print(f"wrote {len(dev_rows)} held-out NGEC training stories to {dev_out}")
    else:
        print(f"note: {NGEC_TRAIN} not found; training on our own examples only", file=sys.stderr)
    return texts, labels, groups, digest.hexdigest()


def weights(groups: list[str], own_weight: float) -> np.ndarray:
    """Each example's weight: our own wire-style examples count more than NGEC's synthetic stories."""
    return np.array([1.0 if group.startswith("ngec:") else own_weight for group in groups])


def fit(texts: list[str], labels: list[str], groups: list[str], c: float, own_weight: float,
        ) -> tuple[dict[str, TfidfVectorizer], LogisticRegression, LogisticRegression]:
    """The shared features, the story head (every example) and the sentence head (ours only)."""
    vectorizers = {name: TfidfVectorizer(min_df=2, **params) for name, params in feature_blocks().items()}
    features = hstack([v.fit_transform(texts) for v in vectorizers.values()]).tocsr()
    story = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    story.fit(features, labels, sample_weight=weights(groups, own_weight))
    own = np.array([not group.startswith("ngec:") for group in groups])
    sentence = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    sentence.fit(features[own], np.array(labels)[own])
    if list(sentence.classes_) != list(story.classes_):
        raise SystemExit(f"our examples lack labels the story head has: {set(story.classes_) - set(sentence.classes_)}")
    return vectorizers, story, sentence


def transform(vectorizers: dict[str, TfidfVectorizer], texts: list[str]) -> csr_matrix:
    return hstack([v.transform(texts) for v in vectorizers.values()]).tocsr()


def cross_validate(texts: list[str], labels: list[str], groups: list[str], c: float, own_weight: float) -> float:
    right = 0
    for train, test in GroupKFold(n_splits=5).split(texts, labels, groups):
        vectorizers, model, _ = fit([texts[i] for i in train], [labels[i] for i in train],
                                    [groups[i] for i in train], c, own_weight)
        predicted = model.predict(transform(vectorizers, [texts[i] for i in test]))
        right += sum(p == labels[i] for p, i in zip(predicted, test, strict=True))
    return right / len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv", action="store_true", help="report grouped 5-fold accuracy for a few C values")
    parser.add_argument("--c", type=float, default=8.0, help="inverse regularisation strength")
    parser.add_argument("--own-weight", type=float, default=3.0,
                        help="weight of our own examples against one NGEC example")
    parser.add_argument("--own-only", action="store_true", help="train on our own examples only (a quick check)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write the model (default {OUT})")
    parser.add_argument("--ngec-dev", type=Path, metavar="FILE",
                        help="leave a fifth of NGEC's training templates out and write their stories to FILE "
                             "(use with --out: the model written is for tuning, not for shipping)")
    args = parser.parse_args()
    if args.ngec_dev is not None and args.out == OUT:
        parser.error("--ngec-dev trains a tuning model; give --out a folder other than the shipped one")
    texts, labels, groups, digest = training_examples(args.own_only, args.ngec_dev)
    print(f"{len(texts)} examples: {dict(sorted(Counter(labels).items()))}")
    if args.cv:
        for c in (2.0, 8.0, 32.0):
            accuracy = cross_validate(texts, labels, groups, c, args.own_weight)
            print(f"C={c}: grouped 5-fold accuracy {accuracy:.3f}")
    vectorizers, model, sentence = fit(texts, labels, groups, args.c, args.own_weight)
    vocabularies = {name: [term for term, _ in sorted(v.vocabulary_.items(), key=lambda item: item[1])]
                    for name, v in vectorizers.items()}
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / "weights.npz", coef=model.coef_.astype(np.float32),
                        intercept=model.intercept_.astype(np.float32),
                        coef_sentence=sentence.coef_.astype(np.float32),
                        intercept_sentence=sentence.intercept_.astype(np.float32),
                        **{f"idf_{name}": v.idf_.astype(np.float32) for name, v in vectorizers.items()})
    (out / "vocabulary.json").write_text(json.dumps(vocabularies, ensure_ascii=False) + "\n", encoding="utf-8")
    meta = {
        "version": f"{MODEL_VERSION}-{digest[:8]}",
        "labels": [str(label) for label in model.classes_],
        "examples": len(texts),
        "per_label": dict(sorted(Counter(labels).items())),
        "c": args.c,
        "own_weight": args.own_weight,
        "vocabulary": {name: len(terms) for name, terms in vocabularies.items()},
        "trained_with": f"scikit-learn {sklearn.__version__}",
        "data_sha256": digest,
        "script": "scripts/train_classifier.py",
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out} (version {meta['version']}, {sum(map(len, vocabularies.values()))} terms)")
    report_dev(out)


def report_dev(folder: Path) -> None:
    """The written model on our held-out dev sentences: top type right, and how sure it is."""
    from dyadscope.stages.classify import NONE, TypeClassifier

    rows = [r for r in read_jsonl(DEV) if r["kind"] == "sentence" and r["label"] != NONE]
    scores = TypeClassifier(folder).scores([r["text"] for r in rows], head="sentence")
    best = [s.best(exclude_none=True) for s in scores]
    right = sum(label == r["label"] for (label, _), r in zip(best, rows, strict=True))
    sure = [(label, r["label"]) for (label, p), s, r in zip(best, scores, rows, strict=True)
            if p >= 0.3 and p > s.of(NONE)]
    print(f"dev sentences ({DEV.name}, {len(rows)}): top type right {right / len(rows):.3f}; "
          f"at probability >= 0.3: {len(sure) / len(rows):.0%} covered, "
          f"{sum(a == b for a, b in sure) / max(len(sure), 1):.3f} right")


if __name__ == "__main__":
    main()
