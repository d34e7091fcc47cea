"""The Dask and Spark recipes of docs/scale.md, on local clusters (skipped when not installed)."""

from __future__ import annotations

import datetime
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from newsstruct import article_schema, parse_article, to_dict
from newsstruct.contrib._records import parse_record, with_dates

jsonschema = pytest.importorskip("jsonschema")

STORIES = [
    "Storm shuts ports\n\nLISBON (Reuters) - Ports closed on Monday. "
    '"We had no choice," said Ana Costa.\n\nReuter',
    "",
    "Calm day\n\nBERLIN, May 19 (dpa) - Nothing happened.",
]


def _write_corpus(folder: Path) -> list[Any]:
    folder.mkdir()
    ids: list[Any] = []
    for part in range(2):
        lines = []
        for i, text in enumerate(STORIES):
            ident = f"{part}-{i}"
            ids.append(ident)
            lines.append(json.dumps({"id": ident, "text": text, "source": "test"}))
        if part == 1:
            lines.append('{"id": "bad"}')
            ids.append("bad")
            lines.append("")
        (folder / f"part-{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids


def _check(record: dict[str, Any]) -> None:
    if "error" in record:
        assert set(record) == {"id", "error"}
        return
    body = {k: v for k, v in record.items() if k != "id"}
    jsonschema.validate(body, article_schema())
    assert body == to_dict(parse_article(body["text"]))


def test_parse_record_shapes() -> None:
    record = parse_record({"id": 1, "text": STORIES[0]})
    _check(record)
    assert record["id"] == 1
    assert parse_record(b'{"body": "x", "key": 2}', text_field="body", id_field="key")["id"] == 2
    assert parse_record("nope")["error"].startswith("not valid JSON")
    assert with_dates({"date": "2024-05-19", "dateline": {"date": None}, "quotes": [{"x": 1}]}) == {
        "date": datetime.date(2024, 5, 19),
        "dateline": {"date": None},
        "quotes": [{"x": 1}],
    }


@pytest.mark.slow
def test_dask_recipe_on_a_local_cluster(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag", reason="dask not installed: pip install newsstruct[dask]")
    distributed = pytest.importorskip(
        "distributed", reason="distributed not installed: pip install newsstruct[dask]"
    )
    pd = pytest.importorskip("pandas", reason="pandas not installed: pip install newsstruct[dask]")
    pytest.importorskip("pyarrow", reason="pyarrow not installed: pip install newsstruct[dask]")
    from newsstruct.contrib.dask import parse_jsonl, to_jsonl_files

    ids = _write_corpus(tmp_path / "corpus")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        bag = parse_jsonl(str(tmp_path / "corpus" / "*.jsonl"))
        records = bag.compute()
        assert [r["id"] for r in records] == ids
        for record in records:
            _check(record)

        to_jsonl_files(bag, str(tmp_path / "out" / "part-*.jsonl"))
        parts = sorted((tmp_path / "out").glob("part-*.jsonl"))
        assert all(path.read_bytes().endswith(b"}\n") for path in parts)  # cat-able
        written = [
            json.loads(line)
            for path in sorted((tmp_path / "out").glob("part-*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()
        ]
        assert written == records

        good = bag.filter(lambda r: "error" not in r)
        flat = good.map(
            lambda r: {
                "id": r["id"],
                "headline": (r["headline"] or {}).get("text"),
                "date": r["date"],
                "record": json.dumps(r),
            }
        )
        meta = pd.DataFrame(
            {c: pd.Series(dtype="string") for c in ("id", "headline", "date", "record")}
        )
        flat.to_dataframe(meta=meta).to_parquet(str(tmp_path / "parsed.parquet"))
    frame = pd.read_parquet(tmp_path / "parsed.parquet")
    assert sorted(frame["id"]) == sorted(i for i in ids if i != "bad")
    for text in frame["record"]:
        _check(json.loads(text))


def _java() -> bool:
    return bool(os.environ.get("JAVA_HOME") or shutil.which("java"))


@pytest.mark.slow
def test_spark_recipe_in_local_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyspark", reason="PySpark not installed: pip install newsstruct[spark]")
    pytest.importorskip("pandas", reason="pandas not installed: pip install newsstruct[spark]")
    pytest.importorskip("pyarrow", reason="pyarrow not installed: pip install newsstruct[spark]")
    if not _java():
        pytest.skip("Java not found (PySpark needs it): apt-get install -y default-jre-headless")
    from pyspark.sql import SparkSession

    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)  # workers: this Python, with newsstruct

    from newsstruct.contrib.spark import ARTICLE_DDL, parse_partitions

    ids = _write_corpus(tmp_path / "corpus")
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("newsstruct-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    try:
        stories = spark.read.json(str(tmp_path / "corpus"))
        parsed = stories.select("id", "text").mapInPandas(parse_partitions, schema=ARTICLE_DDL)
        rows = sorted(parsed.collect(), key=lambda row: ids.index(row["id"]))
        assert [row["id"] for row in rows] == ids
        for row in rows:
            record = row.asDict(recursive=True)
            if record["error"] is not None:
                assert record["id"] == "bad"
                continue
            record.pop("error")
            expected = with_dates(parse_record({"id": record["id"], "text": record["text"]}))
            assert record == expected
        headlines = parsed.where("headline is not null").select("id", "headline.text").collect()
        assert {row["id"] for row in headlines} <= set(ids)
        parsed.write.parquet(str(tmp_path / "parsed.parquet"))
    finally:
        spark.stop()


def test_spark_columns_follow_the_schema() -> None:
    pytest.importorskip("pandas", reason="pandas not installed: pip install newsstruct[spark]")
    from newsstruct.contrib.spark import ARTICLE_COLUMNS, ARTICLE_DDL

    properties = article_schema()["$defs"]["article"]["properties"]
    assert list(ARTICLE_COLUMNS) == ["id", *properties, "error"]
    for name, definition in article_schema()["$defs"].items():
        for field in definition.get("properties", {}):
            assert f"{field}:" in ARTICLE_DDL or f"{field} " in ARTICLE_DDL, (name, field)


def test_spark_partitions_take_parser_options() -> None:
    pd = pytest.importorskip("pandas", reason="pandas not installed: pip install newsstruct[spark]")
    import functools

    from newsstruct import Options
    from newsstruct.contrib.spark import ARTICLE_COLUMNS, parse_partitions

    texts = [STORIES[2], "BERLIN, May 19 (dpa) - Nothing happened.", None]
    frame = pd.DataFrame({"id": [1, 2, 3], "text": texts})
    options = Options(reference_date=datetime.date(2025, 6, 1), headline=False)
    parse = functools.partial(parse_partitions, options=options)
    (out,) = list(parse(iter([frame])))
    assert list(out.columns) == list(ARTICLE_COLUMNS)
    first, dated, bad = out.to_dict("records")
    assert first["headline"] is None  # headline=False: the first line is the story's
    assert first["paragraphs"][0]["text"] == "Calm day"
    assert dated["date"] == datetime.date(2025, 5, 19)  # the reference date gives the year
    assert bad["id"] == "3"
    assert bad["error"]
    (default,) = list(parse_partitions(iter([frame.head(1)])))
    assert default.to_dict("records")[0]["headline"]["text"] == "Calm day"
    with pytest.raises(ValueError, match=r"options must be a newsstruct\.Options"):
        list(parse_partitions(iter([frame]), options={"headline": False}))  # type: ignore[arg-type]


def test_dask_parse_jsonl_takes_parser_options(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag", reason="dask not installed: pip install newsstruct[dask]")
    from newsstruct import Options
    from newsstruct.contrib.dask import parse_jsonl
    from newsstruct.exceptions import OptionError

    _write_corpus(tmp_path / "corpus")
    pattern = str(tmp_path / "corpus" / "*.jsonl")
    bag = parse_jsonl(pattern, options=Options(headline=False, quotes=False))
    records = bag.compute(scheduler="sync")
    calm = next(r for r in records if r.get("text", "").startswith("Calm"))
    assert calm["headline"] is None
    assert calm["paragraphs"][0]["text"] == "Calm day"
    assert all(r["quotes"] == [] for r in records if "error" not in r)
    dated = parse_jsonl(pattern, reference_date=datetime.date(2025, 6, 1))
    assert [r["date"] for r in dated.compute(scheduler="sync") if r.get("id") == "0-2"] == [
        "2025-05-19"
    ]
    with pytest.raises(OptionError, match="not both"):
        parse_jsonl(pattern, options=Options(), languages=["en"])
