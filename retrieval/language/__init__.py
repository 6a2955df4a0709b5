"""Text into terms: normalising, tokenising, stemming, sentences, dates, what reads as prose."""
