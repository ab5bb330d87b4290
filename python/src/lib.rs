//! The `declutter._declutter` extension module: the library's cleaner, its
//! article and its line reports as Python classes, and `clean_many`, which
//! cleans a batch on Rust threads with the GIL released.
//!
//! The Python package (`declutter/__init__.py`) re-exports all of it; the
//! docstrings here are what `help()` shows.

#![forbid(unsafe_code)]

use std::sync::LazyLock;

use declutter::{CreditKind, TextForm};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyString};
use rayon::prelude::*;

/// The cleaner the module-level functions use (default options).
static DEFAULT: LazyLock<declutter::Cleaner> = LazyLock::new(declutter::Cleaner::new);

/// Options of a cleaner, checked once when it is built; call its methods
/// from as many threads as you like.
///
/// Args:
///     keep_captions: keep photo captions in the body (credits are removed
///         either way and listed in ``Article.credits``).
///     markers: regular expressions (Rust ``regex`` syntax) of further lines
///         to remove, searched anywhere in the trimmed line.
///     form: the form of the texts given to ``clean``/``explain``: ``"auto"``
///         (recognised from each text), ``"plain"``, ``"wrapped"`` or
///         ``"markdown"``.
///
/// Raises:
///     ValueError: a marker is empty, does not compile or matches every line
///         (the message names it), or ``form`` is not one of the four.
#[pyclass(frozen, module = "declutter")]
struct Cleaner {
    inner: declutter::Cleaner,
    /// The options as given, so that a cleaner can be pickled (datatrove
    /// and Spark ship their steps to worker processes) and rebuilt there.
    keep_captions: bool,
    markers: Vec<String>,
    form: String,
}

#[pymethods]
impl Cleaner {
    #[new]
    #[pyo3(signature = (*, keep_captions = false, markers = None, form = "auto"))]
    fn new(keep_captions: bool, markers: Option<Vec<String>>, form: &str) -> PyResult<Self> {
        let form_value = match form {
            "auto" => TextForm::Auto,
            "plain" => TextForm::Plain,
            "wrapped" => TextForm::Wrapped,
            "markdown" => TextForm::Markdown,
            other => {
                return Err(PyValueError::new_err(format!(
                "unknown form {other:?}: expected \"auto\", \"plain\", \"wrapped\" or \"markdown\""
            )))
            }
        };
        let markers = markers.unwrap_or_default();
        let inner = declutter::Cleaner::builder()
            .keep_captions(keep_captions)
            .markers(markers.iter().cloned())
            .form(form_value)
            .build()
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        Ok(Cleaner {
            inner,
            keep_captions,
            markers,
            form: form.to_owned(),
        })
    }

    /// Clean a page given as text (a browser's copy, a terminal dump,
    /// Markdown, a WET record).
    fn clean(&self, py: Python<'_>, text: &str) -> Article {
        Article::from(py.detach(|| self.inner.clean(text)))
    }

    /// Clean a page given as HTML.
    fn clean_html(&self, py: Python<'_>, html: &str) -> Article {
        Article::from(py.detach(|| self.inner.clean_html(html)))
    }

    /// Clean a page given as bytes: decoded as a browser would (BOM,
    /// ``content_type``'s charset, the page's ``<meta charset>``, else
    /// detected), then cleaned as HTML or text as ``content_type`` (an HTTP
    /// ``Content-Type`` value) says or the bytes look.
    #[pyo3(signature = (data, content_type = None))]
    fn clean_bytes(&self, py: Python<'_>, data: &[u8], content_type: Option<&str>) -> Article {
        Article::from(py.detach(|| self.inner.clean_bytes(data, content_type)))
    }

    /// Clean a page given as HTML bytes, decoded as ``clean_bytes`` does.
    #[pyo3(signature = (data, content_type = None))]
    fn clean_html_bytes(&self, py: Python<'_>, data: &[u8], content_type: Option<&str>) -> Article {
        Article::from(py.detach(|| self.inner.clean_html_bytes(data, content_type)))
    }

    /// The kind given to every line of a text page, and why.
    fn explain(&self, py: Python<'_>, text: &str) -> Vec<LineReport> {
        let reports = py.detach(|| self.inner.explain(text));
        reports.into_iter().map(LineReport::from).collect()
    }

    /// The kind given to every line of an HTML page (as flattened), and why.
    fn explain_html(&self, py: Python<'_>, html: &str) -> Vec<LineReport> {
        let reports = py.detach(|| self.inner.explain_html(html));
        reports.into_iter().map(LineReport::from).collect()
    }

    /// Clean many pages on Rust threads with the GIL released; see the
    /// module's ``clean_many``.
    #[pyo3(signature = (items, html = false, jobs = None))]
    fn clean_many(
        &self,
        py: Python<'_>,
        items: &Bound<'_, PyAny>,
        html: bool,
        jobs: Option<usize>,
    ) -> PyResult<Vec<Article>> {
        many(py, &self.inner, items, html, jobs)
    }

    /// The constructor's keyword arguments: pickling and `copy` rebuild the
    /// cleaner from its options (compiled patterns cannot be pickled).
    fn __getnewargs_ex__<'py>(&self, py: Python<'py>) -> PyResult<((), Bound<'py, PyDict>)> {
        let kwargs = PyDict::new(py);
        kwargs.set_item("keep_captions", self.keep_captions)?;
        kwargs.set_item("markers", &self.markers)?;
        kwargs.set_item("form", &self.form)?;
        Ok(((), kwargs))
    }

    fn __repr__(&self) -> String {
        format!(
            "Cleaner(keep_captions={}, markers={:?}, form={:?})",
            if self.keep_captions { "True" } else { "False" },
            self.markers,
            self.form
        )
    }
}

/// One page of a batch, copied out of its Python object so that the work
/// can run without the GIL: text, or bytes to decode.
enum Page {
    /// A `str`.
    Text(String),
    /// A `bytes` or `bytearray`.
    Bytes(Vec<u8>),
}

/// The pages of `items` (any iterable of `str`/`bytes`), in order.
fn pages(items: &Bound<'_, PyAny>) -> PyResult<Vec<Page>> {
    if items.is_instance_of::<PyString>() || items.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(
            "items must be an iterable of pages, not a single str or bytes",
        ));
    }
    let mut pages = Vec::with_capacity(items.len().unwrap_or(0));
    for (index, item) in items.try_iter()?.enumerate() {
        let item = item?;
        if let Ok(s) = item.cast::<PyString>() {
            pages.push(Page::Text(s.to_cow()?.into_owned()));
        } else if let Ok(b) = item.cast::<PyBytes>() {
            pages.push(Page::Bytes(b.as_bytes().to_vec()));
        } else if let Ok(b) = item.cast::<PyByteArray>() {
            pages.push(Page::Bytes(b.to_vec()));
        } else {
            return Err(PyTypeError::new_err(format!(
                "item {index} is a {}, not str or bytes",
                item.get_type().name()?
            )));
        }
    }
    Ok(pages)
}

/// Clean `items` on a rayon pool of `jobs` threads (the global pool, one
/// thread per core, when `None`), results in input order.
fn many(
    py: Python<'_>,
    cleaner: &declutter::Cleaner,
    items: &Bound<'_, PyAny>,
    html: bool,
    jobs: Option<usize>,
) -> PyResult<Vec<Article>> {
    let items = pages(items)?;
    let one = |page: &Page| match (page, html) {
        (Page::Text(t), false) => cleaner.clean(t),
        (Page::Text(t), true) => cleaner.clean_html(t),
        (Page::Bytes(b), false) => cleaner.clean_bytes(b, None),
        (Page::Bytes(b), true) => cleaner.clean_html_bytes(b, None),
    };
    let pool = match jobs {
        None => None,
        Some(0) => return Err(PyValueError::new_err("jobs must be at least 1")),
        Some(n) => Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| PyValueError::new_err(format!("cannot start {n} threads: {e}")))?,
        ),
    };
    let articles: Vec<declutter::Article> = py.detach(|| {
        // Indexed parallel iterators collect in input order.
        let run = || items.par_iter().map(one).collect();
        match &pool {
            Some(pool) => pool.install(run),
            None => run(),
        }
    });
    Ok(articles.into_iter().map(Article::from).collect())
}

/// A clean article: the headline, the story's date, the original publisher,
/// the byline, the body's paragraphs and the credits removed from it. A field
/// the page does not state is ``None``.
#[pyclass(frozen, eq, module = "declutter")]
#[derive(PartialEq)]
struct Article {
    inner: declutter::Article,
}

impl From<declutter::Article> for Article {
    fn from(inner: declutter::Article) -> Self {
        Article { inner }
    }
}

/// `datetime.date`, imported once per interpreter.
static DATE: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// `date` as a `datetime.date` (built through the module, which the stable
/// ABI allows on every supported Python).
fn py_date<'py>(py: Python<'py>, date: declutter::Date) -> PyResult<Bound<'py, PyAny>> {
    let class = DATE.get_or_try_init(py, || -> PyResult<_> {
        Ok(py.import("datetime")?.getattr("date")?.unbind())
    })?;
    class
        .bind(py)
        .call1((date.year(), date.month(), date.day()))
}

#[pymethods]
impl Article {
    /// The headline, or ``None``.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.inner.title()
    }

    /// The story's publication date as printed with it (``datetime.date``),
    /// or ``None``.
    #[getter]
    fn date<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner.date().map(|d| py_date(py, d)).transpose()
    }

    /// The original publisher (not an aggregator that republished the
    /// story), or ``None``.
    #[getter]
    fn source(&self) -> Option<&str> {
        self.inner.source()
    }

    /// The author line without its "By", or ``None``.
    #[getter]
    fn byline(&self) -> Option<&str> {
        self.inner.byline()
    }

    /// The body, one string per paragraph, in page order.
    #[getter]
    fn paragraphs(&self) -> Vec<String> {
        self.inner.paragraphs().to_vec()
    }

    /// The body as one string, paragraphs separated by a blank line.
    #[getter]
    fn body(&self) -> String {
        self.inner.body()
    }

    /// The credits removed from the body, in page order without repeats.
    #[getter]
    fn credits(&self) -> Vec<Credit> {
        self.inner.credits().iter().map(Credit::from).collect()
    }

    /// True when nothing was found: no title and no body.
    fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }

    /// The fields as a dict: ``title``, ``date`` (``datetime.date``),
    /// ``source``, ``byline``, ``paragraphs``, ``body`` and ``credits`` (a
    /// list of ``{"kind": "photo"|"wire", "text": ...}``).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("title", self.title())?;
        d.set_item("date", self.date(py)?)?;
        d.set_item("source", self.source())?;
        d.set_item("byline", self.byline())?;
        d.set_item("paragraphs", PyList::new(py, self.inner.paragraphs())?)?;
        d.set_item("body", self.body())?;
        let credits = PyList::empty(py);
        for c in self.inner.credits() {
            let one = PyDict::new(py);
            one.set_item("kind", kind_name(c.kind()))?;
            one.set_item("text", c.text())?;
            credits.append(one)?;
        }
        d.set_item("credits", credits)?;
        Ok(d)
    }

    fn __bool__(&self) -> bool {
        !self.inner.is_empty()
    }

    fn __repr__(&self) -> String {
        let words = self
            .inner
            .paragraphs()
            .iter()
            .map(|p| p.split_whitespace().count())
            .sum::<usize>();
        format!(
            "Article(title={}, date={}, source={}, byline={}, paragraphs={}, words={})",
            py_repr(self.inner.title()),
            py_repr(self.inner.date().map(|d| d.to_string()).as_deref()),
            py_repr(self.inner.source()),
            py_repr(self.inner.byline()),
            self.inner.paragraphs().len(),
            words,
        )
    }
}

/// An optional string as a Python repr shows it (`None` or quoted); close
/// enough for a summary (Rust's escapes).
fn py_repr(value: Option<&str>) -> String {
    value.map_or_else(|| "None".to_owned(), |v| format!("{v:?}"))
}

/// `kind` as the Python API names it.
fn kind_name(kind: CreditKind) -> &'static str {
    match kind {
        CreditKind::Photo => "photo",
        CreditKind::Wire => "wire",
        // The enum is non-exhaustive: a kind added later reads as a wire
        // credit until it is named here.
        _ => "wire",
    }
}

/// A credit removed from the body: ``kind`` (``"photo"`` or ``"wire"``) and
/// ``text`` as printed.
#[pyclass(frozen, get_all, eq, module = "declutter")]
#[derive(PartialEq)]
struct Credit {
    /// ``"photo"`` or ``"wire"``.
    kind: &'static str,
    /// The credit as printed ("via REUTERS").
    text: String,
}

impl From<&declutter::Credit> for Credit {
    fn from(c: &declutter::Credit) -> Self {
        Credit {
            kind: kind_name(c.kind()),
            text: c.text().to_owned(),
        }
    }
}

#[pymethods]
impl Credit {
    fn __repr__(&self) -> String {
        format!("Credit(kind={:?}, text={:?})", self.kind, self.text)
    }
}

/// One input line as ``explain`` reports it: its 1-based ``number``, its
/// ``text`` (trimmed), the ``kind`` it was taken for (``"body"``,
/// ``"title"``, ``"site-chrome"``, …) and the ``reason`` (the rule or context
/// decision).
#[pyclass(frozen, get_all, module = "declutter")]
struct LineReport {
    /// 1-based line number in the input.
    number: usize,
    /// The line, trimmed.
    text: String,
    /// What the line was taken for.
    kind: &'static str,
    /// Which rule or context decision gave that kind.
    reason: &'static str,
}

impl From<declutter::LineReport> for LineReport {
    fn from(r: declutter::LineReport) -> Self {
        LineReport {
            number: r.number,
            text: r.text,
            kind: r.kind.as_str(),
            reason: r.reason,
        }
    }
}

#[pymethods]
impl LineReport {
    fn __repr__(&self) -> String {
        format!(
            "LineReport(number={}, kind={:?}, reason={:?}, text={:?})",
            self.number, self.kind, self.reason, self.text
        )
    }
}

/// Clean a page given as text with the default options.
#[pyfunction]
fn clean(py: Python<'_>, text: &str) -> Article {
    Article::from(py.detach(|| DEFAULT.clean(text)))
}

/// Clean a page given as HTML with the default options.
#[pyfunction]
fn clean_html(py: Python<'_>, html: &str) -> Article {
    Article::from(py.detach(|| DEFAULT.clean_html(html)))
}

/// Clean a page given as bytes with the default options (see
/// ``Cleaner.clean_bytes``).
#[pyfunction]
#[pyo3(signature = (data, content_type = None))]
fn clean_bytes(py: Python<'_>, data: &[u8], content_type: Option<&str>) -> Article {
    Article::from(py.detach(|| DEFAULT.clean_bytes(data, content_type)))
}

/// Clean a page given as HTML bytes with the default options.
#[pyfunction]
#[pyo3(signature = (data, content_type = None))]
fn clean_html_bytes(py: Python<'_>, data: &[u8], content_type: Option<&str>) -> Article {
    Article::from(py.detach(|| DEFAULT.clean_html_bytes(data, content_type)))
}

/// The kind given to every line of a text page, and why (default options).
#[pyfunction]
fn explain(py: Python<'_>, text: &str) -> Vec<LineReport> {
    let reports = py.detach(|| DEFAULT.explain(text));
    reports.into_iter().map(LineReport::from).collect()
}

/// Clean a batch of pages with the default options: the GIL released, the
/// work on Rust threads, the articles in input order.
///
/// Args:
///     items: pages, each a ``str`` or ``bytes`` (bytes are decoded as
///         ``clean_bytes`` does).
///     html: the pages are HTML (else text).
///     jobs: threads to use; ``None`` = one per core.
///
/// Raises:
///     ValueError: ``jobs`` is 0.
#[pyfunction]
#[pyo3(signature = (items, html = false, jobs = None))]
fn clean_many(
    py: Python<'_>,
    items: &Bound<'_, PyAny>,
    html: bool,
    jobs: Option<usize>,
) -> PyResult<Vec<Article>> {
    many(py, &DEFAULT, items, html, jobs)
}

/// Turn a cluttered web page (text or HTML) into a clean article.
#[pymodule]
fn _declutter(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Cleaner>()?;
    m.add_class::<Article>()?;
    m.add_class::<Credit>()?;
    m.add_class::<LineReport>()?;
    m.add_function(wrap_pyfunction!(clean, m)?)?;
    m.add_function(wrap_pyfunction!(clean_html, m)?)?;
    m.add_function(wrap_pyfunction!(clean_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(clean_html_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(explain, m)?)?;
    m.add_function(wrap_pyfunction!(clean_many, m)?)?;
    Ok(())
}
