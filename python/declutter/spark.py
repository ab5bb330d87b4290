"""Clean a Spark DataFrame column: a pandas UDF returning a struct of the article's fields.

    from pyspark.sql import functions as F
    from declutter.spark import clean_udf

    df = spark.read.parquet("pages/")                     # a column `html`
    out = df.withColumn("article", clean_udf(html=True)(F.col("html")))
    out.select("url", "article.title", "article.date", "article.body")

Each Arrow batch is cleaned by ``clean_many`` (Rust threads, GIL released);
the struct has ``title``, ``date`` (DateType), ``source``, ``byline``,
``body`` and ``paragraphs`` (array of strings); a null page gives a null
struct. pyspark, pandas and pyarrow are imported when this module is:
``pip install declutter[spark]``.
"""

from __future__ import annotations

from typing import Optional, Sequence

import pandas as pd
from pyspark.sql.functions import pandas_udf
from pyspark.sql.types import ArrayType, DateType, StringType, StructField, StructType

from . import Cleaner

#: The Spark type of the UDF's result.
ARTICLE_TYPE = StructType(
    [
        StructField("title", StringType()),
        StructField("date", DateType()),
        StructField("source", StringType()),
        StructField("byline", StringType()),
        StructField("body", StringType()),
        StructField("paragraphs", ArrayType(StringType())),
    ]
)


def clean_frame(
    pages: "pd.Series", cleaner: Cleaner, html: bool, jobs: Optional[int] = None
) -> "pd.DataFrame":
    """Clean a pandas Series of pages into a DataFrame of the article fields (one row each;
    a null page gives a row of nulls)."""
    present = [i for i, p in enumerate(pages) if isinstance(p, (str, bytes, bytearray))]
    articles = cleaner.clean_many([pages.iloc[i] for i in present], html=html, jobs=jobs)
    rows = [None] * len(pages)
    for i, a in zip(present, articles):
        rows[i] = (a.title, a.date, a.source, a.byline, a.body, a.paragraphs)
    columns = [f.name for f in ARTICLE_TYPE.fields]
    frame = pd.DataFrame([r if r is not None else (None,) * len(columns) for r in rows], columns=columns)
    return frame


def clean_udf(
    html: bool = True,
    keep_captions: bool = False,
    markers: Optional[Sequence[str]] = None,
    form: str = "auto",
    jobs: Optional[int] = 1,
):
    """A pandas UDF ``Column -> struct<title, date, source, byline, body, paragraphs>``.

    Args:
        html: the column holds HTML (else page text); str or binary columns.
        keep_captions, markers, form: the ``declutter.Cleaner`` options
            (checked here: a bad pattern raises ValueError before the job).
        jobs: Rust threads per Arrow batch (default 1: Spark runs a task per
            core already); ``None`` = one per core.
    """
    cleaner = Cleaner(keep_captions=keep_captions, markers=list(markers or []), form=form)

    @pandas_udf(ARTICLE_TYPE)  # type: ignore[call-overload]
    def clean_article(pages: pd.Series) -> pd.DataFrame:
        return clean_frame(pages, cleaner, html, jobs)

    return clean_article
