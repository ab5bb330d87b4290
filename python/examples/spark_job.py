#!/usr/bin/env python3
"""Clean a column of pages with Spark (local mode by default).

    python examples/spark_job.py IN.jsonl OUT_DIR [--column html] [--text]

IN.jsonl has one page per line in the given column (default ``html``); the
output is Parquet with the input's columns plus ``title``, ``date``,
``source``, ``byline`` and ``body``.
"""

import argparse
import os
import sys

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from declutter.spark import clean_udf


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--column", default="html")
    ap.add_argument("--text", action="store_true", help="the column holds page text, not HTML")
    ap.add_argument("--master", default="local[*]")
    a = ap.parse_args()
    # The Python workers run this interpreter and find the package through
    # PYTHONPATH (Spark passes the JVM's on to them).
    import declutter

    site = os.path.dirname(os.path.dirname(declutter.__file__))
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in [site, os.environ.get("PYTHONPATH")] if p)
    spark = (
        SparkSession.builder.master(a.master).appName("declutter")
        .config("spark.pyspark.python", sys.executable).getOrCreate()
    )
    df = spark.read.json(a.input)
    art = df.withColumn("article", clean_udf(html=not a.text)(F.col(a.column)))
    art.select(*df.columns, "article.title", "article.date", "article.source", "article.byline", "article.body") \
        .write.mode("overwrite").parquet(a.output)
    spark.stop()


if __name__ == "__main__":
    main()
