"""The Spark UDF in Spark local mode."""

import datetime
import json
import shutil
import subprocess
import sys

import pytest

pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")
if shutil.which("java") is None:
    pytest.skip("Spark needs a JRE (java)", allow_module_level=True)

import declutter
from conftest import FIXTURES, HERE


@pytest.fixture(scope="module")
def spark():
    import os

    from pyspark.sql import SparkSession

    # The Python workers find the installed package through PYTHONPATH (Spark
    # adds the JVM's PYTHONPATH to theirs): they need not start as this venv.
    site = os.path.dirname(os.path.dirname(declutter.__file__))
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in [site, os.environ.get("PYTHONPATH")] if p)
    s = (
        SparkSession.builder.master("local[2]")
        .appName("declutter-test")
        # The workers must run this interpreter (the one with the package),
        # not whatever `python3` is first on the PATH.
        .config("spark.pyspark.python", sys.executable)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield s
    s.stop()


def test_udf_struct_in_local_mode(spark):
    from pyspark.sql import functions as F
    from declutter.spark import clean_udf

    html = (HERE / "data" / "storm.html").read_text(encoding="utf-8")
    text = (FIXTURES / "syndicated-page.txt").read_text(encoding="utf-8")
    rows = [(i, html if i % 2 == 0 else None) for i in range(10)]
    df = spark.createDataFrame(rows, "id int, html string").repartition(3)
    out = df.withColumn("a", clean_udf()(F.col("html"))).orderBy("id").collect()
    expected = declutter.clean_html(html)
    for r in out:
        if r.html is None:
            assert r.a is None or r.a.title is None
        else:
            assert (r.a.title, r.a.date, r.a.source, r.a.byline) == ("Storm hits the coast", datetime.date(2023, 2, 22), "The Springfield Herald", "Jane Doe")
            assert r.a.body == expected.body and list(r.a.paragraphs) == expected.paragraphs
    [t] = spark.createDataFrame([(text,)], "page string").select(clean_udf(html=False, keep_captions=True)(F.col("page")).alias("a")).collect()
    assert t.a.title == declutter.Cleaner(keep_captions=True).clean(text).title
    assert t.a.date == datetime.date(2023, 2, 22) and t.a.source == "New York Post"


def test_bad_pattern_fails_before_the_job():
    from declutter.spark import clean_udf

    with pytest.raises(ValueError, match=r"\(unclosed"):
        clean_udf(markers=["(unclosed"])
