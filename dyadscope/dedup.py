"""Near-duplicate articles and merged events.

Two kinds of duplicates are folded, and both are order-independent, so an
incremental ingest ends in the same state as one big ingest:

* **Near-duplicate documents** (wire copies, syndication, lightly edited
  reprints). Each text becomes a datasketch MinHash over word shingles; the
  signature is cut into the bands that datasketch's `MinHashLSH` chooses for
  `NEAR_DUP_THRESHOLD`, and documents that share a band bucket are candidates.
  A candidate pair whose estimated Jaccard similarity reaches the threshold is
  an edge; a document cluster is a connected component of edges, labelled by
  its smallest document id. The store persists signatures and band buckets,
  so a new document joins the clusters of earlier runs.
* **Merged events** ("event clusters"). Mentions with the same merge key
  (`MERGE_KEY`: source actor code, target actor code, CAMEO code, status and
  historical flag) whose dates lie within `EVENT_WINDOW_DAYS` of each other are
  one event, chained (single linkage): sorted by date, a gap larger than the
  window starts a new cluster. A mention without a date is a cluster of its own.
  A cluster is numbered by the first 60 bits of sha256 of its smallest event
  id (a GDELT-style integer id) and printed as `ec-` + 15 hex digits. The
  store does the same in SQL (`store/queries.sql`, `recluster_assign`);
  `event_clusters()` here is the reference the tests hold it to.

The thresholds are module constants for now, each with the figure behind it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

__all__ = [
    "EVENT_WINDOW_DAYS",
    "MERGE_KEY",
    "NEAR_DUP_THRESHOLD",
    "NUM_PERM",
    "SHINGLE_WORDS",
    "Mention",
    "band_keys",
    "cluster_id",
    "cluster_key",
    "cluster_label",
    "event_clusters",
    "group_near_duplicates",
    "label_components",
    "lsh_bands",
    "params",
    "parse_cluster_label",
    "shingles",
    "signatures",
    "similarity",
]

# Words per shingle. On the demo corpus, 3-word shingles score its wire copies
# (demo-037/038 of demo-011) at 0.49-0.69 Jaccard and distinct stories on the
# same event (demo-039 vs demo-017) at <= 0.06; 5-word shingles drop the copies
# to 0.32-0.55 because every edited word kills five shingles.
SHINGLE_WORDS = 3
# MinHash permutations: 128 gives a Jaccard estimate with standard error <= 0.045.
NUM_PERM = 128
# Estimated Jaccard at or above which two documents are near-duplicates: midway
# between the demo's least similar copy pair (0.49) and 0.3, well clear of 0.06.
NEAR_DUP_THRESHOLD = 0.4
# The hash scheme and seed are pinned so that stored signatures stay comparable.
MINHASH_SCHEME = "affine32"
MINHASH_SEED = 1

# Mentions of one event: same key, dates within this many days (GDELT-style
# reports of one event appear on the day and the day after).
EVENT_WINDOW_DAYS = 1
MERGE_KEY = ("source_code", "target_code", "cameo", "status", "historical")

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The set of `size`-word shingles of a text, lower-cased (short texts give one shingle)."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signatures(texts: Iterable[str]) -> Iterator[np.ndarray]:
    """MinHash signatures (uint32 arrays of NUM_PERM values), one per text, in order."""
    batches = ([*shingles(text)] for text in texts)
    for minhash in MinHash.generator(batches, num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME):
        yield np.asarray(minhash.hashvalues, dtype=np.uint32)


def lsh_bands() -> tuple[int, int]:
    """(bands, rows per band) that datasketch's MinHashLSH picks for NEAR_DUP_THRESHOLD and NUM_PERM."""
    return _bands(NEAR_DUP_THRESHOLD, NUM_PERM)


@lru_cache(maxsize=4)
def _bands(threshold: float, num_perm: int) -> tuple[int, int]:
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


def params() -> str:
    """A fingerprint of every dedup parameter; the store rebuilds its clusters when it changes."""
    bands, rows = lsh_bands()
    return (f"shingles={SHINGLE_WORDS} perm={NUM_PERM} scheme={MINHASH_SCHEME} seed={MINHASH_SEED} "
            f"threshold={NEAR_DUP_THRESHOLD} bands={bands}x{rows} window={EVENT_WINDOW_DAYS}")


def band_keys(signature: np.ndarray) -> list[int]:
    """One signed 64-bit bucket key per LSH band (blake2b of the band's values)."""
    bands, rows = lsh_bands()
    data = signature.astype("<u4", copy=False)
    keys = []
    for band in range(bands):
        chunk = data[band * rows:(band + 1) * rows].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=band.to_bytes(2, "little")).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal values."""
    return float(np.count_nonzero(a == b)) / len(a)


def label_components(nodes: Iterable[str], edges: Iterable[tuple[str, str]],
                     labels: Mapping[str, str] | None = None) -> dict[str, str]:
    """Connected components, each labelled by the smallest id or existing label in it.

    Args:
        nodes: ids that need a label (new documents).
        edges: pairs of ids judged near-duplicates.
        labels: current labels of ids already clustered (stored documents).

    Returns:
        The new label of every node and of every labelled id whose label changes.
    """
    labels = dict(labels or {})
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = x
        while parent.setdefault(root, root) != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for node in nodes:
        find(node)
    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    best: dict[str, str] = {}
    for node in parent:
        root = find(node)
        name = labels.get(node, node)
        best[root] = min(best.get(root, name), name)
    result = {}
    for node in parent:
        label = best[find(node)]
        if labels.get(node) != label:
            result[node] = label
    return result


def group_near_duplicates(documents: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Cluster (id, text) pairs in memory with datasketch's MinHashLSH: id -> cluster label.

    The store does the same incrementally with persisted bands; this is the
    one-shot form, for a list of documents that fits in memory.
    """
    docs = list(documents)
    sigs = dict(zip((i for i, _ in docs), signatures(t for _, t in docs), strict=True))
    lsh = MinHashLSH(threshold=NEAR_DUP_THRESHOLD, num_perm=NUM_PERM)
    edges = []
    for doc_id, sig in sigs.items():
        probe = MinHash(num_perm=NUM_PERM, hashvalues=sig, scheme=MINHASH_SCHEME, seed=MINHASH_SEED)
        for other in lsh.query(probe):
            if similarity(sig, sigs[other]) >= NEAR_DUP_THRESHOLD:
                edges.append((doc_id, other))
        lsh.insert(doc_id, probe)
    labels = label_components(sigs, edges)
    return {doc_id: labels.get(doc_id, doc_id) for doc_id in sigs}


@dataclass(frozen=True)
class Mention:
    """The parts of a stored event that decide which merged event it belongs to."""

    event_id: str
    key: tuple[object, ...]  # the MERGE_KEY values
    date: dt.date | None


def cluster_key(smallest_event_id: str) -> int:
    """The number of an event cluster: the first 15 hex digits (60 bits) of sha256 of its smallest event id."""
    return int(hashlib.sha256(smallest_event_id.encode("utf-8")).hexdigest()[:15], 16)


def cluster_label(key: int) -> str:
    """The printed id of an event cluster: `ec-` + its number as 15 hex digits."""
    return f"ec-{key:015x}"


def parse_cluster_label(label: str) -> int | None:
    """The number behind an `ec-` id, None when the text is not one."""
    if len(label) == 18 and label.startswith("ec-"):
        try:
            return int(label[3:], 16)
        except ValueError:
            return None
    return None


def cluster_id(smallest_event_id: str) -> str:
    """The id of the event cluster whose smallest event id is given."""
    return cluster_label(cluster_key(smallest_event_id))


def event_clusters(mentions: Sequence[Mention], window: int = EVENT_WINDOW_DAYS) -> dict[str, str]:
    """Merge mentions into events: event_id -> cluster id (the reference for the store's SQL).

    Args:
        mentions: the mentions to merge.
        window: the largest gap in days between consecutive mentions of one event.

    Returns:
        The cluster id of every mention.
    """
    by_key: dict[tuple[object, ...], list[Mention]] = {}
    for mention in mentions:
        by_key.setdefault(mention.key, []).append(mention)
    result: dict[str, str] = {}
    for group in by_key.values():
        group.sort(key=lambda m: (m.date is None, m.date or dt.date.min, m.event_id))
        runs: list[list[Mention]] = []
        previous: dt.date | None = None
        for mention in group:
            if mention.date is None or previous is None or (mention.date - previous).days > window:
                runs.append([])
            runs[-1].append(mention)
            previous = mention.date
        for run in runs:
            label = cluster_id(min(m.event_id for m in run))
            result.update((m.event_id, label) for m in run)
    return result
