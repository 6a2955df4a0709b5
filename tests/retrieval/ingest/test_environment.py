"""A broken installation is reported as such, once, and never remembered as a fault of the files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from retrieval.index import cache
from retrieval.ingest.loader import PARSER_VERSION
from tests.conftest import ROOT

PAGE = (
    "<html><head><title>Grain corridor reopens</title></head><body><article><h1>Grain corridor reopens</h1>"
    "<p>Ships left Odesa on Tuesday under naval escort, the port authority said in a statement.</p>"
    "<p>Insurers said premiums for the route could fall by half if the corridor held all winter.</p>"
    "</article></body></html>"
)
# Serves the folder once and prints what it served; BLOCK names modules to make unimportable first,
# as when pip left a dependency out.
SCRIPT = """
import sys
for name in sys.argv[3:]:
    sys.modules[name] = None
import logging
logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
from pathlib import Path
from retrieval import Library
library = Library(Path(sys.argv[1]), cache_dir=Path(sys.argv[2]))
library.refresh()
print("served:", [info.meta.title for info in library.snapshot.articles])
print("skipped:", [skipped.reason for skipped in library.snapshot.skipped])
"""


def _serve(folder: Path, cache_dir: Path, *blocked: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", SCRIPT, str(folder), str(cache_dir), *blocked]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=60, check=True)


def test_a_missing_package_is_one_error_and_not_cached(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("corridor.html", "corridor-copy.htm"):
        (folder / name).write_text(PAGE, encoding="utf-8")
    broken = _serve(folder, tmp_path / "cache", "lxml_html_clean")
    assert "served: []" in broken.stdout
    errors = [line for line in broken.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, broken.stderr
    assert "lxml_html_clean" in errors[0]
    assert "reinstall" in errors[0]
    # The install is mended: the same files, unchanged, with the same cache, are read and served.
    mended = _serve(folder, tmp_path / "cache")
    assert "served: ['Grain corridor reopens', 'Grain corridor reopens']" in mended.stdout
    assert "ERROR" not in mended.stderr


def test_the_cache_is_keyed_by_the_parsers_versions() -> None:
    assert PARSER_VERSION in cache.SCHEMA
    for package in ("trafilatura", "pypdf", "charset-normalizer", "lxml_html_clean"):
        assert package in cache.SCHEMA
