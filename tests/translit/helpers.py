"""Shared helpers for the romanization tests."""
import unicodedata

# The scorer's folding (shared/eval/translit_score.py): published samples write the soft
# and hard sign marks with many glyphs.
FOLD = str.maketrans({"’": "'", "ʹ": "'", "′": "'", "´": "'", "”": '"', "ʺ": '"', "ˮ": '"', "“": '"'})


def canon(text: str) -> str:
    """NFC, sign glyphs folded, outer spaces stripped: how samples are compared."""
    return unicodedata.normalize("NFC", text).translate(FOLD).strip()
