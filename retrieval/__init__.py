"""The answer engine: read a folder of articles, index its paragraphs, quote the best sentences.

Four stages, one sub-package each; a stage imports only from the stages above it (ruff's banned-api
enforces this: see ruff.toml in each sub-package):

    language/  text into terms: normalising, tokenising, stemming, sentences, dates, prose
    ingest/    files into articles: the folder, decoding, formats, uploads, watching  (imports language)
    index/     articles into BM25: rank-bm25 or tantivy, the parse cache      (imports ingest, language)
    answer/    a question into quotes: what is asked, the query, sentences    (imports index, language)

`documents.py` (the plain values every stage passes on) and `errors.py` import nothing of the engine.
`library.py` is the facade that runs the stages for a folder. Nothing in `retrieval/` knows Telegram or
the settings (telegram, config and pydantic_settings are banned here); callers, `bot/` included, import
only the names below.
"""

from retrieval.answer.extract import Answer, Quote
from retrieval.documents import Article, Meta, Paragraph, Skipped
from retrieval.errors import (
    DuplicateUpload,
    EnvironmentFailure,
    FolderError,
    IndexInUse,
    RetrievalError,
    UploadError,
)
from retrieval.index.backends import Backend, open_backend
from retrieval.index.bm25 import Bm25Index, Entry, Hit, Index
from retrieval.index.building import BuildPlan
from retrieval.ingest.loader import DEFAULT_MAX_BYTES
from retrieval.ingest.uploads import Saved
from retrieval.ingest.watch import FolderWatcher
from retrieval.language.lexicon import is_common_word
from retrieval.language.sentences import is_cut, split_sentences
from retrieval.library import ArticleInfo, Library, Snapshot, index_dir

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Answer",
    "Article",
    "ArticleInfo",
    "Backend",
    "Bm25Index",
    "BuildPlan",
    "DuplicateUpload",
    "Entry",
    "EnvironmentFailure",
    "FolderError",
    "FolderWatcher",
    "Hit",
    "Index",
    "IndexInUse",
    "Library",
    "Meta",
    "Paragraph",
    "Quote",
    "RetrievalError",
    "Saved",
    "Skipped",
    "Snapshot",
    "UploadError",
    "index_dir",
    "is_common_word",
    "is_cut",
    "open_backend",
    "split_sentences",
]
