"""Articles into a searchable index: BM25 (rank-bm25 or tantivy) and the parse cache."""
