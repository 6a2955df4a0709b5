"""Reading the document folder: which files count, decoding them safely, and parsing by format."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path

from retrieval.documents import Article, FileKey, Skipped
from retrieval.errors import EnvironmentFailure, FolderError
from retrieval.ingest.encoding import decode
from retrieval.ingest.formats import parse_html, parse_pdf
from retrieval.ingest.parsing import parse_text, with_added

log = logging.getLogger("retrieval")

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
SUFFIXES = TEXT_SUFFIXES | {".html", ".htm", ".pdf"}
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
# Bump when reading files changes (decoding, page furniture, hyphens, NULs, year-less dates, list items,
# which lines open an item, the next paragraph's opening kept, not past a byline, caption or item, a heading
# among paragraphs written one per line, a time stamp line or a dated address dating an undated article):
# cached parses are read again.
PARSER_VERSION = "parser-12"
# Editors' tools leave these while a file is being written; they are never articles.
PARTIAL = (".swp", ".swx", ".part", ".crdownload", ".tmp", ".download", "~")


def is_candidate(relative: str) -> bool:
    """True if a path inside the folder names a file that should be served."""
    parts = Path(relative).parts
    if not parts or any(part.startswith(".") for part in parts):
        return False
    return _candidate_name(parts[-1])


def _candidate_name(name: str) -> bool:
    """The file name of a candidate: not hidden, not an editor's partial file, of a served format."""
    name = name.lower()
    dot = name.rfind(".")
    suffix = name[dot:] if 0 < dot < len(name) - 1 else ""  # as PurePath.suffix
    return not name.startswith(".") and not name.endswith(PARTIAL) and suffix in SUFFIXES


def scan(root: Path) -> Iterator[tuple[FileKey, Path]]:
    """Every candidate file under `root`, subfolders included, never leaving `root` through a link.

    In os.walk's order (a folder's files by name, then its subfolders by name; links to folders are
    not followed), one stat per plain file: only links are resolved to see where they lead.
    Raises FolderError when `root` is missing or not a folder.
    """
    for key, path in scan_paths(root):
        yield key, Path(path)


def scan_paths(root: Path) -> Iterator[tuple[FileKey, str]]:
    """`scan` with each file's path as a string: a Path object per file costs a restart a second at 100,000
    files. Raises FolderError when `root` is missing or not a folder."""
    if not root.is_dir():
        # A file given for the folder exists: "not found" would send the user looking for it.
        problem = "is a file, not a folder" if root.exists() else "not found"
        raise FolderError(f"document folder {problem}: {root}")
    yield from _walk(os.fspath(root), "", root.resolve())


def _walk(folder: str, prefix: str, real_root: Path) -> Iterator[tuple[FileKey, str]]:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        return  # as os.walk: a folder that cannot be listed is passed over
    folders = []
    for entry in entries:
        if _is_folder(entry):
            if not entry.name.startswith(".") and not entry.is_symlink():
                folders.append(entry)
            continue
        relative = displayable(prefix + entry.name)
        if _candidate_name(relative.rpartition("/")[2]):
            key = (
                _key(Path(entry.path), relative, real_root)
                if entry.is_symlink()
                else _plain_key(entry, relative)
            )
            if key is not None:
                yield key, entry.path
    for entry in folders:
        yield from _walk(entry.path, f"{prefix}{entry.name}/", real_root)


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # a link to a folder counts as one (and is not followed), as in os.walk
    except OSError:
        return False


def _plain_key(entry: os.DirEntry[str], relative: str) -> FileKey | None:
    """A file reached through folders that are no links: inside the folder, so one lstat is enough."""
    try:
        found = entry.stat(follow_symlinks=False)
    except OSError as exc:
        log.warning("skipped %s: cannot read it (%s)", relative, exc.strerror or exc)
        return None
    if not stat.S_ISREG(found.st_mode):
        return None
    return FileKey(relative, found.st_size, found.st_mtime_ns)


def rescan(root: Path, known: dict[str, tuple[FileKey, str]], changed: Iterable[str]) -> bool:
    """Update `known` (a previous scan) for the paths that changed; False if a full scan is needed.

    A file watcher names the paths it saw change: looking at those alone keeps a new article in a folder
    of 100,000 files as cheap as in a folder of ten. Directories and undecodable names need a full scan.
    """
    real_root = root.resolve()
    for relative in changed:
        path = root / relative
        if displayable(relative) != relative or path.is_dir() or not Path(relative).suffix:
            return False
        if relative not in known and not path.exists() and not is_candidate(relative):
            return False  # something unknown vanished: perhaps a directory such as "2024.05"
        known.pop(relative, None)
        if is_candidate(relative) and path.exists():
            key = _key(path, relative, real_root)
            if key is not None:
                known[relative] = (key, os.fspath(path))
    return True


def displayable(name: str) -> str:
    """A file name that is valid text: bytes that are not UTF-8 are shown as escapes (caf\\xe9.txt)."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _key(path: Path, relative: str, real_root: Path) -> FileKey | None:
    try:
        real = path.resolve()
        if not real.is_relative_to(real_root):
            log.warning("skipped %s: a link that leads outside the document folder", relative)
            return None
        stat = real.stat()
    except OSError as exc:
        log.warning("skipped %s: cannot read it (%s)", relative, exc.strerror or exc)
        return None
    if not real.is_file():
        return None
    return FileKey(relative, stat.st_size, stat.st_mtime_ns)


def read_article(path: Path, relative: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Article | Skipped:
    """Parse one file into an Article, or say why it was skipped (and log a warning naming it)."""
    try:
        result = _read(path, relative, max_bytes)
        if isinstance(result, Article):
            result = with_added(result, path.stat().st_mtime_ns)
    except OSError as exc:
        result = Skipped(relative, f"cannot read it ({exc.strerror or exc})", retry=True)
    except (ImportError, MemoryError, EnvironmentFailure) as exc:
        # A fault of this installation, not of the file: retried (and never cached) until it is mended.
        result = Skipped(relative, environment_problem(exc), retry=True)
        _say_once(result.reason)
    except Exception as exc:  # noqa: BLE001 - one malformed file must never stop the others loading
        result = Skipped(relative, f"could not parse it ({type(exc).__name__})")
    if isinstance(result, Article) and not result.paragraphs:
        result = Skipped(relative, "no text found in it")
    if isinstance(result, Skipped):
        log.warning("skipped %s: %s", result.file, result.reason)
    return result


def _read(path: Path, relative: str, max_bytes: int) -> Article | Skipped:
    size = path.stat().st_size
    if size == 0:
        return Skipped(relative, "the file is empty")
    if size > max_bytes:
        return Skipped(relative, f"larger than the {max_bytes // (1024 * 1024)} MB limit")
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return parse_pdf(data, relative)
    web_page = suffix in {".html", ".htm"}
    text = decode(data, relative, html=web_page)
    if isinstance(text, Skipped):
        return text
    if web_page:
        return parse_html(text, relative)
    return parse_text(text, relative, markdown=suffix != ".txt")


def environment_problem(exc: BaseException) -> str:
    """One sentence naming what is missing from this installation (ImportError, MemoryError, ...)."""
    if isinstance(exc, EnvironmentFailure):
        return str(exc)
    if isinstance(exc, MemoryError):
        return "not enough memory to parse it; it will be tried again"
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    name = getattr(exc, "name", None)
    # lxml's own message names the package to install when lxml.html.clean is missing.
    what = f"the Python package {name}" if name else "a Python package"
    return f"{what} is missing or broken ({detail}); reinstall talksbot (pip install .) and restart"


_said: set[str] = set()


def _say_once(problem: str) -> None:
    # Every file of a format fails the same way: one ERROR line says it, each file's warning follows.
    if problem not in _said:
        _said.add(problem)
        log.error("cannot parse files: %s", problem)


def parser_version() -> str:
    """Our parsing code's version and the parsing libraries' versions: a change re-reads every file."""
    versions = [PARSER_VERSION]
    for package in ("trafilatura", "justext", "lxml", "lxml_html_clean", "pypdf", "charset-normalizer"):
        try:
            versions.append(f"{package}-{metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package}-missing")
    return "+".join(versions)
