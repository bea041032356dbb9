"""Names found in a document, kept for the cross-document consistency pass (NC004), and the
forms they take on the way there."""
from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter
from typing import NamedTuple

from .finding import Located


@dataclass
class Mention:
    """A name found in a document, for the cross-document consistency pass."""

    path: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    group: str          # entry id, or 'unknown:' + skeleton key of a name not in the glossary
    spelling: str       # how this mention spells the name (case and possessive folded)
    entry: str | None = None
    weight: int = 1     # how many mentions this one stands for (see compress)

    def __reduce__(self):
        return Mention, _mention_fields(self)


_mention_fields = attrgetter(*(f.name for f in fields(Mention)))


class RunMention(NamedTuple):
    """A mention of a run of words, as offsets from the run's start."""

    start: int
    end: int
    group: str
    spelling: str
    entry: str | None
    key: str            # the spelling casefolded: mentions that spell the name alike


# A mention placed in a document: RunMention's fields with offsets into the text. A plain
# tuple, made once per occurrence of a name, where a NamedTuple costs a Python-level call.
PlacedMention = tuple[int, int, str, str, str | None, str]


def span_of(placed: PlacedMention) -> tuple[int, int]:
    """Where a placed mention starts and ends in the text."""
    start, end, *_ = placed
    return start, end


def mention_at(doc: Located, placed: PlacedMention, weight: int) -> Mention:
    """The Mention of a placed mention, with its lines and columns."""
    start, end, group, spelling, entry, _ = placed
    line, column = doc.position(start)
    end_line, end_column = doc.position(end)
    return Mention(doc.path, start, end, line, column, end_line, end_column, doc.text[start:end],
                   group, spelling, entry, weight)


CYRILLIC = "cyrillic"   # the spelling of a mention of a Cyrillic form: NC004 leaves these out
