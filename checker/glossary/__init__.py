"""Glossary format v1: the entry model and the strict loader."""
from checker.glossary.loader import (
    derive_canonical,
    load_glossary,
    parse_glossary_text,
    shipped_glossary_path,
)
from checker.glossary.model import KINDS, Entry, Glossary

__all__ = ["KINDS", "Entry", "Glossary", "derive_canonical", "load_glossary", "parse_glossary_text",
           "shipped_glossary_path"]
