"""The answer engine: read a folder of articles, index its paragraphs, quote the best sentences."""

from retrieval.answer.extract import Answer, Quote, Source, answer
from retrieval.documents import Article, Meta, Paragraph, Skipped
from retrieval.index.backends import Backend, open_backend
from retrieval.index.bm25 import Bm25Index, Entry, Hit, Index
from retrieval.ingest.loader import DEFAULT_MAX_BYTES, FolderError
from retrieval.ingest.uploads import DuplicateUpload, Saved, UploadError
from retrieval.language.sentences import is_cut
from retrieval.library import ArticleInfo, Library, Snapshot

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
