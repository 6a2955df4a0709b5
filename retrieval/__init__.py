"""The answer engine: read a folder of articles, index its paragraphs, quote the best sentences."""

from retrieval.answer import Answer, Quote, Source, answer
from retrieval.backends import Backend, open_backend
from retrieval.documents import Article, Meta, Paragraph, Skipped
from retrieval.index import Bm25Index, Entry, Hit, Index
from retrieval.library import ArticleInfo, Library, Snapshot
from retrieval.loader import DEFAULT_MAX_BYTES, FolderError
from retrieval.sentences import is_cut
from retrieval.uploads import DuplicateUpload, Saved, UploadError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Answer",
    "Article",
    "ArticleInfo",
    "Backend",
    "Bm25Index",
    "DuplicateUpload",
    "Entry",
    "FolderError",
    "Hit",
    "Index",
    "Library",
    "Meta",
    "Paragraph",
    "Quote",
    "Saved",
    "Skipped",
    "Snapshot",
    "Source",
    "UploadError",
    "answer",
    "is_cut",
    "open_backend",
]
