"""Rebuild dyadscope/lexicon/data/cameo.tsv from the CAMEO and PLOVER reference tables.

Run once when the reference tables change:
    python scripts/build_cameo_table.py ../shared/data/cameo > dyadscope/lexicon/data/cameo.tsv

The output transcribes facts (code, name, Goldstein score, quad class, PLOVER type and
mode) with two choices of ours from the contract: CAMEO 01 has no PLOVER type, and
CAMEO 02 (appeals) maps to REQUEST with the mode of the matching CAMEO 10 code.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path


def quad_class(code: str) -> int:
    """GDELT's quad classes by CAMEO root: 01-05, 06-08, 09-13, 14-20."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def read_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    """Map CAMEO code to (type, mode, context); the first row for a code wins."""
    table: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        code, rest = line.split(":", 1)
        parts = [p.strip() for p in rest.split(",")] + ["", ""]
        table.setdefault(code.strip(), (parts[0], parts[1], parts[2]))
    return table


def plover_for(code: str, table: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    """Look a code up, falling back to its ancestors (0231 -> 023 -> 02)."""
    if code.startswith("01"):
        return ("", "", "")
    if code.startswith("02"):
        typ = "REQUEST"
        mirror = "10" + code[2:]
        mode = table.get(mirror, ("", "", ""))[1]
        context = table.get(mirror, ("", "", ""))[2]
        return (typ, mode, context)
    probe = code
    while probe:
        if probe in table:
            typ, mode, context = table[probe]
            # A mode belongs to the code that names it, not to its children by default.
            return (typ, mode if probe == code else "", context if probe == code else "")
        probe = probe[:-1]
    raise SystemExit(f"no PLOVER row for CAMEO {code}")


def main(folder: str) -> None:
    base = Path(folder)
    names = {}
    with open(base / "eventcodes.tsv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row and row[0].isdigit() and len(row[0]) >= 2:
                names[row[0]] = row[1].strip()
    goldstein = {}
    with open(base / "goldstein.tsv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row and row[0].isdigit():
                goldstein[row[0]] = float(row[1])
    table = read_plover(base / "cameo2plover-2021.txt")
    out = sys.stdout
    out.write("# CAMEO event codes with Goldstein score, quad class and PLOVER type/mode/context.\n")
    out.write("# Facts from GDELT's CAMEO lookup tables and the PLOVER CAMEO2PLOVER-2021 table\n")
    out.write("# (CC BY-SA 4.0, Open Event Data Alliance); built by scripts/build_cameo_table.py.\n")
    out.write("code\tname\tgoldstein\tquad_class\tplover\tplover_mode\tplover_context\n")
    for code in sorted(names):
        typ, mode, context = plover_for(code, table)
        out.write(
            f"{code}\t{names[code]}\t{goldstein[code]:.1f}\t{quad_class(code)}\t{typ}\t{mode}\t{context}\n"
        )


if __name__ == "__main__":
    main(sys.argv[1])
