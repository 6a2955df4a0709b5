"""What the engine raises: one type per fault, so callers catch a class, never a message text.

Every public function that raises one of these says so in its docstring.
"""

from __future__ import annotations


class RetrievalError(Exception):
    """Base of every error the engine raises on purpose."""


class FolderError(RetrievalError):
    """The document folder is missing or is not a folder."""


class IndexInUse(RetrievalError):
    """The on-disk index is held by another process (the running bot); this one cannot write it."""


class UploadError(RetrievalError, ValueError):
    """The upload was refused; the message says why (without a "not added" prefix) and nothing was written."""


class DuplicateUpload(UploadError):
    """The folder already holds a file with exactly these bytes; `existing` is its path in the folder."""

    def __init__(self, existing: str) -> None:
        super().__init__(f"the folder already has it as {existing}")
        self.existing = existing


class EnvironmentFailure(RetrievalError, RuntimeError):
    """A library the engine needs is missing or broken: a fault of this installation, not of the file."""

    def __init__(self, package: str, cause: BaseException) -> None:
        super().__init__(
            f"the {package} package is missing or broken ({type(cause).__name__}: {cause}); "
            f"reinstall talksbot (pip install .) to fix it"
        )
        self.package = package
