"""A datatrove extractor step: declutter wherever datatrove's ``Trafilatura`` goes.

    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from datatrove.executor import LocalPipelineExecutor
    from declutter.datatrove import Declutter

    LocalPipelineExecutor(pipeline=[
        WarcReader("crawl/"), Declutter(), JsonlWriter("out/"),
    ]).run()

Each document's ``text`` (HTML by default, or page text such as WET records
with ``html=False``) becomes the article's body; its title, date, source and
byline go into the document's metadata. A document with no body is dropped,
as datatrove's extractors do.

datatrove is imported when this module is: ``pip install declutter[datatrove]``.
"""

from __future__ import annotations

from typing import Iterable, Iterator, List, Optional, Sequence

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.extractors.base import BaseExtractor
from datatrove.utils.typeshelper import StatHints

from . import Article, Cleaner

#: The metadata fields the step can set, and the default.
FIELDS = ("title", "date", "source", "byline")


class Declutter(BaseExtractor):
    """Replace each document's text by the clean article's body.

    Args:
        html: the documents hold HTML (``WarcReader``); ``False`` for page
            text (WET records, browser or terminal dumps, Markdown).
        metadata: which of ``"title"``, ``"date"`` (ISO ``YYYY-MM-DD``),
            ``"source"``, ``"byline"`` and ``"credits"`` to store in
            ``doc.metadata`` (a field the page does not state is left out).
        prefix: prefix of the metadata keys (``"title"`` is stored as
            ``prefix + "title"``).
        keep_captions, markers, form: the ``declutter.Cleaner`` options.
        batch_size: documents cleaned per call of ``clean_many``.
        jobs: Rust threads per batch (default 1: datatrove runs one task per
            core already; raise it when a task has cores to itself).
        timeout: accepted for compatibility with other extractors; unused,
            since declutter runs in bounded time and never hangs (no sandbox
            process is needed).

    Raises:
        ValueError: a bad marker pattern or form, or an unknown field.
    """

    name = "🧹 Declutter"
    _requires_dependencies: List[str] = []

    def __init__(
        self,
        html: bool = True,
        metadata: Sequence[str] = FIELDS,
        prefix: str = "",
        keep_captions: bool = False,
        markers: Optional[Sequence[str]] = None,
        form: str = "auto",
        batch_size: int = 64,
        jobs: int = 1,
        timeout: float = 1,
    ):
        super().__init__(timeout)
        unknown = [f for f in metadata if f not in FIELDS + ("credits",)]
        if unknown:
            raise ValueError(f"unknown metadata field(s) {unknown}: expected some of {list(FIELDS) + ['credits']}")
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.html = html
        self.metadata = tuple(metadata)
        self.prefix = prefix
        self.batch_size = batch_size
        self.jobs = jobs
        self.cleaner = Cleaner(keep_captions=keep_captions, markers=list(markers or []), form=form)

    def extract(self, text: str) -> str:
        """The article's body of one page (the ``BaseExtractor`` interface)."""
        article = self.cleaner.clean_html(text) if self.html else self.cleaner.clean(text)
        return article.body

    def _annotate(self, doc: Document, article: Article) -> None:
        """Store the chosen fields of ``article`` in ``doc.metadata``."""
        for field in self.metadata:
            if field == "credits":
                value = [{"kind": c.kind, "text": c.text} for c in article.credits] or None
            elif field == "date":
                value = article.date.isoformat() if article.date else None
            else:
                value = getattr(article, field)
            if value is not None:
                doc.metadata[self.prefix + field] = value

    def _batches(self, data: Iterable[Document]) -> Iterator[List[Document]]:
        batch: List[Document] = []
        for doc in data:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Clean the documents in batches on Rust threads, in input order."""
        for batch in self._batches(data):
            with self.track_time(unit="batch"):
                articles = self.cleaner.clean_many([d.text for d in batch], html=self.html, jobs=self.jobs)
            for doc, article in zip(batch, articles):
                self.stat_update(StatHints.total)
                self.stat_update("extracted")
                doc.text = article.body
                self._annotate(doc, article)
                if doc.text:
                    self.stat_update(StatHints.forwarded)
                    self.update_doc_stats(doc)
                    yield doc
                else:
                    self.stat_update(StatHints.dropped)
