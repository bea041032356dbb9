"""Names found in a document, kept for the cross-document consistency pass (NC004), and the
forms they take on the way there."""
from __future__ import annotations

import sys
from dataclasses import dataclass, fields
from operator import attrgetter

from checker.findings import shared_numbers

from .finding import Located

CYRILLIC = "cyrillic"   # the spelling of a mention of a Cyrillic form: NC004 leaves these out


@dataclass(slots=True)
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
    weight: int = 1     # how many mentions this one stands for (see compress_mentions)

    def __reduce__(self) -> tuple:
        # pickled as its field values: workers send one per kept mention
        return _received_mention, _mention_fields(self)


_mention_fields = attrgetter(*(f.name for f in fields(Mention)))


def _received_mention(path: str, start: int, end: int, line: int, column: int, end_line: int,
                      end_column: int, text: str, group: str, spelling: str, entry: str | None,
                      weight: int) -> Mention:
    """A Mention sent by a worker, its strings interned as a received Finding's are."""
    start, end, line, column, end_line, end_column = shared_numbers(
        start, end, line, column, end_line, end_column)
    return Mention(path, start, end, line, column, end_line, end_column, sys.intern(text),
                   sys.intern(group), sys.intern(spelling), entry and sys.intern(entry), weight)


# A mention of a run of words, made once per distinct run and replayed at each place it
# occurs: (start, end, group, spelling, entry, key), the offsets from the run's start and `key`
# the spelling casefolded (mentions that spell the name alike). Plain tuples on this path, read
# by unpacking: as NamedTuples they made a large check measurably slower.
RunMention = tuple[int, int, str, str, str | None, str]
# The same with offsets into the document's text, made for every mention of a name.
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

