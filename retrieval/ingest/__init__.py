"""Files into articles: reading a folder, decoding, parsing formats, uploads, watching for changes."""
