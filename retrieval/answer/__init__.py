"""A question into an answer: what is asked, the query, choosing the sentences to quote."""
