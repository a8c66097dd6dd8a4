"""Exports: Parquet by month (DuckDB, pyarrow, pandas), GDELT 2.0's 61 columns, POLECAT-style CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import pytest

from dyadscope.errors import StoreError
from dyadscope.records import Place
from dyadscope.store import GDELT_COLUMNS, Store

# The GDELT 2.0 Event Codebook's columns, written out here independently of the package's list.
CODEBOOK = """GlobalEventID Day MonthYear Year FractionDate
Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code
Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code
Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat
Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat
Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat
ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL""".split()


@pytest.fixture
def filled(tmp_path, rec) -> Store:
    store = Store(tmp_path / "x.duckdb")
    place = Place(name="Vladivostok", country="RUS", admin1="Primorsky Krai", lat=43.1, lon=131.9,
                  geonameid=2013348, feature="PPLA")
    store.add([
        (rec.document("d1", date="2023-09-13"), [
            rec.event("d1", 0, "2023-09-13", "RUSGOV", "PRKGOV", "040", place=place),
            rec.event("d1", 1, None, "USAGOV", "RUSGOV", "111"),
            rec.event("d1", 2, "2023-09-12", "IGOUNO", "PRKGOV", "130"),
        ]),
        (rec.document("d2", date="2023-09-14", source="AP"), [
            rec.event("d2", 0, "2023-09-13", "RUSGOV", "PRKGOV", "040"),  # the same talks: merged
        ]),
        (rec.document("d3", date="2024-06-19"), [rec.event("d3", 0, "2024-06-19", "RUSGOV", "PRKGOV", "057")]),
        (rec.document("d4", date=None), [rec.event("d4", 0, None, "RUSMIL", "UKRGOV", "190")]),
    ])
    return store


def test_parquet_is_partitioned_by_month_and_reads_back_in_duckdb(filled, tmp_path):
    out = tmp_path / "pq"
    assert filled.export_parquet(out) == 6
    assert sorted(p.name for p in out.iterdir()) == ["year_month=2023-09", "year_month=2024-06",
                                                     "year_month=undated"]
    con = duckdb.connect()
    rows = con.execute("SELECT year_month, count(*) FROM read_parquet(?, hive_partitioning = true) "
                       "GROUP BY ALL ORDER BY 1", [str(out / "**" / "*.parquet")]).fetchall()
    assert rows == [("2023-09", 4), ("2024-06", 1), ("undated", 1)]
    cols = {r[0] for r in con.execute("DESCRIBE SELECT * FROM read_parquet(?, hive_partitioning = true)",
                                      [str(out / "**" / "*.parquet")]).fetchall()}
    assert {"event_id", "source_code", "plover", "status", "cluster_id", "num_mentions", "publisher"} <= cols


def test_parquet_of_merged_events(filled, tmp_path):
    out = tmp_path / "merged"
    assert filled.export_parquet(out, merged=True) == 5


def test_parquet_reads_in_pyarrow_and_pandas(filled, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "pq"
    filled.export_parquet(out)
    table = pq.read_table(out)
    assert table.num_rows == 6 and "year_month" in table.column_names
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_parquet(out)
    assert len(frame) == 6
    assert set(frame["year_month"].astype(str)) == {"2023-09", "2024-06", "undated"}


def test_parquet_will_not_mix_with_an_old_export_unless_asked(filled, tmp_path):
    out = tmp_path / "pq"
    filled.export_parquet(out)
    with pytest.raises(StoreError, match="not empty; pass --overwrite"):
        filled.export_parquet(out)
    assert filled.export_parquet(out, overwrite=True, since="2024-01-01") == 1
    assert [p.name for p in out.iterdir()] == ["year_month=2024-06"]


def _gdelt_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert all(len(r) == 61 for r in rows), [len(r) for r in rows]
    return [dict(zip(CODEBOOK, r, strict=True)) for r in rows]


def test_gdelt_columns_follow_the_codebook():
    assert list(GDELT_COLUMNS) == CODEBOOK and len(CODEBOOK) == 61


def test_gdelt_export_parses_with_the_61_columns(filled, tmp_path):
    out = tmp_path / "events.tsv"
    written = filled.export_gdelt(out)
    rows = _gdelt_rows(out)
    assert written == len(rows) == 4  # 5 merged events, one without any date
    talks = next(r for r in rows if r["EventCode"] == "040")
    assert (talks["Day"], talks["MonthYear"], talks["Year"]) == ("20230913", "202309", "2023")
    assert float(talks["FractionDate"]) == pytest.approx(2023 + (9 * 30 + 13) / 365, abs=1e-4)
    assert (talks["Actor1Code"], talks["Actor1CountryCode"], talks["Actor1Type1Code"]) == ("RUSGOV", "RUS", "GOV")
    assert talks["Actor1Name"] == "VLADIMIR PUTIN" and talks["Actor2Code"] == "PRKGOV"
    assert (talks["EventBaseCode"], talks["EventRootCode"], talks["QuadClass"]) == ("040", "04", "1")
    assert (talks["NumMentions"], talks["NumArticles"], talks["NumSources"]) == ("2", "2", "2")
    assert talks["IsRootEvent"] == "1" and -10 <= float(talks["AvgTone"]) <= 10  # document tone, coded at ingest
    assert (talks["ActionGeo_Type"], talks["ActionGeo_CountryCode"], talks["ActionGeo_FeatureID"]) == \
        ("4", "RUS", "2013348")
    assert float(talks["ActionGeo_Lat"]) == pytest.approx(43.1)
    assert talks["SOURCEURL"] == "https://example.org/d1"
    assert len(talks["DATEADDED"]) == 14 and talks["DATEADDED"].isdigit()
    un = next(r for r in rows if r["EventCode"] == "130")
    assert (un["Actor1KnownGroupCode"], un["Actor1CountryCode"], un["Actor1Type1Code"]) == ("UNO", "", "IGO")
    ids = [int(r["GlobalEventID"]) for r in rows]
    assert len(set(ids)) == 4 and all(i > 0 for i in ids)
    for row in rows:
        assert 1 <= int(row["QuadClass"]) <= 4 and -10 <= float(row["GoldsteinScale"]) <= 10


def test_gdelt_ids_are_stable_across_exports(filled, tmp_path):
    filled.export_gdelt(tmp_path / "a.tsv")
    filled.export_gdelt(tmp_path / "b.tsv")
    first = [r["GlobalEventID"] for r in _gdelt_rows(tmp_path / "a.tsv")]
    assert first == [r["GlobalEventID"] for r in _gdelt_rows(tmp_path / "b.tsv")]


def test_polecat_csv(filled, tmp_path):
    out = tmp_path / "polecat.csv"
    assert filled.export_polecat(out) == 6
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 6
    for column in ("event_id", "story_date", "source", "source_actor", "source_agent", "source_country", "target",
                   "target_actor", "target_agent", "target_country", "event_type", "mode", "context", "latitude",
                   "longitude"):
        assert column in rows[0], column
    talks = next(r for r in rows if r["cameo"] == "040" and r["story_id"] == "d1")
    assert (talks["source_actor"], talks["source_agent"], talks["source_country"]) == ("Vladimir Putin", "GOV", "RUS")
    assert (talks["event_type"], talks["placename"], talks["num_mentions"]) == ("CONSULT", "Vladivostok", "2")


def test_existing_files_are_kept_unless_overwrite(filled, tmp_path):
    out = tmp_path / "events.tsv"
    out.write_text("keep me")
    with pytest.raises(StoreError, match="exists; pass --overwrite"):
        filled.export_gdelt(out)
    assert out.read_text() == "keep me"
    assert filled.export_gdelt(out, overwrite=True, until="2023-12-31") == 3
    with pytest.raises(StoreError, match="not one of"):
        filled.export("xml", tmp_path / "x.xml")
