#!/usr/bin/env bash
# The Python package: build the wheel, install it into a fresh virtual
# environment with what the tests need, run pytest (the package, the datatrove
# step in a local pipeline, the Spark UDF in local mode, Python == the Rust command on a dev sample when the
# corpus and target/release/declutter are there).
#   .ci/python.sh            # VENV=... to choose the environment's folder
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=${VENV:-python/target/ci-venv}
WHEELS=python/target/ci-wheels

echo "== python: fresh venv at $VENV ($($PY --version))"
rm -rf "$VENV" "$WHEELS"
"$PY" -m venv "$VENV"
"$VENV/bin/pip" install --quiet --upgrade pip
"$VENV/bin/pip" install --quiet "maturin>=1.7,<2" pytest "datatrove[io]" pyspark "pandas<3" pyarrow

# datatrove's WARC reader imports python-magic, which needs the C library.
if ! "$VENV/bin/python" -c "import magic" 2>/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && apt-get install -y -qq libmagic1 >/dev/null
  else
    echo "libmagic is missing: install libmagic1 (Debian) or libmagic (brew)" >&2; exit 1
  fi
fi

# Spark local mode needs a JRE.
if ! command -v java >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless >/dev/null
  else
    echo "java is missing: install a JRE (Debian: openjdk-17-jre-headless)" >&2; exit 1
  fi
fi

echo "== python: build the wheel (abi3, release)"
"$VENV/bin/maturin" build --quiet --release -m python/Cargo.toml -o "$WHEELS"
"$VENV/bin/pip" install --quiet --force-reinstall --no-deps "$WHEELS"/declutter-*.whl
"$VENV/bin/python" -c "import declutter, sys; print('  declutter from', declutter.__file__)"

echo "== python: clippy and fmt of the binding"
cargo fmt --check --manifest-path python/Cargo.toml
cargo clippy --quiet --release --manifest-path python/Cargo.toml -- -D warnings

echo "== python: pytest"
# The pytest command (not `python -m pytest`): the current directory is not
# put on the path, so the installed wheel is tested, not the source folder.
"$VENV/bin/pytest" -q python/tests
