"""An install that cannot half-work: every package the code imports is declared in pyproject.toml."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib import metadata

from tests.conftest import ROOT

OURS = {"bot", "retrieval", "config", "tests", "bench"}


def _declared(group: str | None = None) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = project["dependencies"] if group is None else project["optional-dependencies"][group]
    return {_normal(re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0]) for requirement in requirements}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _imported(folders: list[str]) -> set[str]:
    """Top-level names of every module imported anywhere in `folders` (inside functions too)."""
    names = set()
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names |= {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names.add(node.module.split(".")[0])
    return names - OURS - set(sys.stdlib_module_names)


def _undeclared(folders: list[str], declared: set[str]) -> dict[str, list[str]]:
    distributions = metadata.packages_distributions()
    missing = {}
    for name in sorted(_imported(folders)):
        providers = [_normal(d) for d in distributions.get(name, [])]
        if not set(providers) & declared:
            missing[name] = providers
    return missing


def test_the_served_code_imports_only_declared_packages() -> None:
    assert _undeclared(["bot", "retrieval", "config"], _declared()) == {}


def test_tests_and_benchmarks_import_only_declared_packages() -> None:
    declared = _declared() | _declared("dev")
    missing = _undeclared(["tests", "bench"], declared)
    # Measured when installed, never required: bench/pdf_columns.py compares them with pypdf.
    assert set(missing) <= {"pdfplumber", "pypdfium2"}, missing


def test_what_trafilatura_needs_from_lxml_is_declared() -> None:
    # jusText imports lxml.html.clean, which lxml 6 moved out; its "lxml[html_clean]" extra no longer
    # exists, so an older pip installs without it and every web page fails to parse.
    assert "lxml-html-clean" in _declared()
    assert metadata.version("lxml_html_clean")
