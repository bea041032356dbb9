"""The glossary shipped with namecheck (data only; see README)."""
