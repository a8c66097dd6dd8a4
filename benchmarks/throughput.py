"""Throughput of `dyadscope code` against spaCy parse alone, on the same texts, in one run.

    python benchmarks/throughput.py [--docs PATH] [--repeat N] [--skip-scaling]

Prints, for the corpus (default: the Guardian sample in ../shared, read at run time and
never copied) and for a larger corpus built by repeating it:

- docs/s and words/s for the spaCy model alone (nlp.pipe over every text, same batch
  size) and for the whole coder in one process, and their ratio;
- scaling from 1 to 2 worker processes (dyadscope.parallel), and peak RSS per worker;
- time per document against document length, with a least-squares line and its R²
  (cost must grow linearly with length).
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
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
    # Repeats get their own ids, so nothing downstream can tell them from new documents.
    return [Document(id=f"{d.id}#{r}", text=d.text, date=d.date, source=d.source) for r in range(repeat) for d in docs]


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident memory in MB of this process, or of its largest child process (Linux reports KB)."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024


def fit(xs: list[float], ys: list[float]) -> tuple[float, float, float]:
    """Least-squares line y = a + b x and its R²."""
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    b = sxy / sxx
    a = my - b * mx
    ss_res = sum((y - a - b * x) ** 2 for x, y in zip(xs, ys, strict=True))
    ss_tot = sum((y - my) ** 2 for y in ys)
    return a, b, 1 - ss_res / ss_tot


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    parser.add_argument("--repeat", type=int, default=2, help="copies of the corpus for the larger run")
    parser.add_argument("--skip-scaling", action="store_true", help="skip the 1-vs-2-worker runs")
    args = parser.parse_args()

    from dyadscope import Coder
    from dyadscope.nlp import clean_text, model_name
    from dyadscope.parallel import run_parallel

    docs = load_docs(args.docs, 1)
    words = sum(len(d.text.split()) for d in docs)
    coder = Coder()
    nlp, settings = coder.nlp, coder.settings
    list(nlp.pipe([clean_text(d.text) for d in docs[:8]]))  # warm both paths up
    list(coder.run(docs[:8]))

    start = time.perf_counter()
    for _ in nlp.pipe((clean_text(d.text[: settings.max_doc_chars]) for d in docs), batch_size=settings.batch_size):
        pass
    parse_s = time.perf_counter() - start
    start = time.perf_counter()
    events = sum(len(r[1]) for r in coder.run(docs) if isinstance(r, tuple))
    code_s = time.perf_counter() - start
    print(f"machine: {platform.machine()}, {len(__import__('os').sched_getaffinity(0))} cores, python "
          f"{platform.python_version()}, model {model_name(nlp)}")
    print(f"corpus: {args.docs.name}: {len(docs)} docs, {words} words, {events} events")
    print(f"{'run':<34}{'seconds':>9}{'docs/s':>9}{'words/s':>10}")
    print(f"{'spaCy parse alone, 1 process':<34}{parse_s:>9.2f}{len(docs) / parse_s:>9.2f}{words / parse_s:>10.0f}")
    print(f"{'dyadscope code, 1 process':<34}{code_s:>9.2f}{len(docs) / code_s:>9.2f}{words / code_s:>10.0f}")
    print(f"ratio code / parse: {code_s / parse_s:.2f}   peak RSS (1 process): {peak_rss_mb():.0f} MB")

    if not args.skip_scaling:
        big = load_docs(args.docs, args.repeat)
        big_words = sum(len(d.text.split()) for d in big)
        times = {}
        for workers in (1, 2):
            start = time.perf_counter()
            count = sum(len(r[1]) for r in run_parallel(big, settings, workers, coder=coder) if isinstance(r, tuple))
            times[workers] = time.perf_counter() - start
            print(f"{f'dyadscope code x{args.repeat}, {workers} worker(s)':<34}{times[workers]:>9.2f}"
                  f"{len(big) / times[workers]:>9.2f}{big_words / times[workers]:>10.0f}   ({count} events)")
        print(f"scaling 1 -> 2 workers: {times[1] / times[2]:.2f}x   peak RSS per worker: {peak_rss_mb(True):.0f} MB")

    # Cost against length: each document coded alone, timed, and a line fitted.
    lengths, seconds = [], []
    for doc in docs:
        start = time.perf_counter()
        list(coder.run([doc]))
        seconds.append(time.perf_counter() - start)
        lengths.append(len(doc.text))
    a, b, r2 = fit(lengths, seconds)
    print(f"time per document = {a * 1000:.1f} ms + {b * 1e6:.1f} ms per 1,000 chars   (R² = {r2:.3f}, "
          f"{len(docs)} docs of {min(lengths)}-{max(lengths)} chars)")
    quarter = sorted(zip(lengths, seconds, strict=True))
    size = len(quarter) // 4
    for q in range(4):
        part = quarter[q * size:(q + 1) * size] if q < 3 else quarter[3 * size:]
        chars = sum(p[0] for p in part)
        print(f"  length quartile {q + 1}: {1000 * sum(p[1] for p in part) / chars * 1000:.2f} ms per 1,000 chars")


if __name__ == "__main__":
    main()
