"""Vocabularies as data: one module per vocabulary, each naming its sources."""
