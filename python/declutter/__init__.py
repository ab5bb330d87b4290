"""Turn a cluttered web page (text or HTML) into a clean article.

    >>> import declutter
    >>> a = declutter.clean("Storm hits the coast\\nA storm hit the coast on Monday, leaving thousands without power.\\n")
    >>> a.title
    'Storm hits the coast'

The work is done by the Rust library ``declutter`` (compiled into
``declutter._declutter``): ``clean``/``clean_html``/``clean_bytes`` for one
page, ``clean_many`` for a batch on Rust threads with the GIL released,
``Cleaner`` for options, ``explain`` for why each line was kept or removed.
``declutter.datatrove`` holds a datatrove extractor step and
``declutter.spark`` a Spark UDF; each imports its engine only when used.
"""

from ._declutter import (
    Article,
    Cleaner,
    Credit,
    LineReport,
    clean,
    clean_bytes,
    clean_html,
    clean_html_bytes,
    clean_many,
    explain,
)

__all__ = [
    "Article",
    "Cleaner",
    "Credit",
    "LineReport",
    "clean",
    "clean_bytes",
    "clean_html",
    "clean_html_bytes",
    "clean_many",
    "explain",
]
