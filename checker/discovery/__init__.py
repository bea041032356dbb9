"""Names documents use that the glossary lacks: found, grouped by name, and drafted as entries
(`namecheck discover`)."""
from .names import NameGroup, Spelling, discover_names

__all__ = ["NameGroup", "Spelling", "discover_names"]
