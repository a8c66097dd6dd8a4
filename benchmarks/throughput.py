"""Throughput of `dyadscope code` against spaCy parse alone, on the same texts, in one run.

    python benchmarks/throughput.py [--docs PATH] [--repeat N]

Prints docs/s and words/s for the spaCy model alone (nlp.pipe over every text,
the same batch size) and for the whole coder, their ratio, and peak memory (RSS).
The default corpus is the Guardian sample in ../shared (read at run time, never copied).
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DOCS = ROOT.parent / "shared" / "data" / "guardian_sample" / "docs.jsonl"


def load_docs(path: Path, repeat: int):  # type: ignore[no-untyped-def]
    from dyadscope import Document

    docs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            docs.append(Document(id=record["id"], text=record["text"], date=record.get("date"),
                                 source=record.get("source")))
    return [d for _ in range(repeat) for d in docs]


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()

    from dyadscope import Coder
    from dyadscope.nlp import clean_text, model_name

    docs = load_docs(args.docs, args.repeat)
    words = sum(len(d.text.split()) for d in docs)
    coder = Coder()
    nlp = coder.nlp
    settings = coder.settings
    # Warm up both paths so that neither pays for first-call costs.
    list(nlp.pipe([clean_text(d.text) for d in docs[:8]]))
    list(coder.run(docs[:8]))

    start = time.perf_counter()
    for _ in nlp.pipe((clean_text(d.text[: settings.max_doc_chars]) for d in docs), batch_size=settings.batch_size):
        pass
    parse_s = time.perf_counter() - start

    start = time.perf_counter()
    events = sum(len(r[1]) for r in coder.run(docs) if isinstance(r, tuple))
    code_s = time.perf_counter() - start

    print(f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}, "
          f"model {model_name(nlp)}, corpus {args.docs.name} x{args.repeat}: {len(docs)} docs, {words} words")
    print(f"{'stage':<22}{'seconds':>9}{'docs/s':>9}{'words/s':>10}")
    print(f"{'spaCy parse alone':<22}{parse_s:>9.2f}{len(docs) / parse_s:>9.1f}{words / parse_s:>10.0f}")
    print(f"{'dyadscope code':<22}{code_s:>9.2f}{len(docs) / code_s:>9.1f}{words / code_s:>10.0f}")
    print(f"ratio code / parse: {code_s / parse_s:.2f}   events: {events}   peak RSS: {peak_rss_mb():.0f} MB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
