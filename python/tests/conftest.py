"""Shared paths of the Python tests."""

import pathlib

import pytest

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent
FIXTURES = REPO / "tests" / "fixtures"


@pytest.fixture
def syndicated() -> str:
    """The aggregator page of the Rust golden test (text)."""
    return (FIXTURES / "syndicated-page.txt").read_text(encoding="utf-8")


@pytest.fixture
def storm_html() -> str:
    """A small news page in HTML."""
    return (HERE / "data" / "storm.html").read_text(encoding="utf-8")
