"""NC004: a name spelled in more than one way across the checked documents."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from checker.api import Matcher
from checker.findings import Code, Finding
from checker.match.keys import is_stopword, skeleton
from checker.text.common_words import is_common_word
from checker.text.context import names_a_people
from checker.text.letters import spelling_key
from checker.text.mentions import Word
from checker.text.script import script_of

from .finding import build_finding
from .mention import CYRILLIC, Mention, PlacedMention
from .plan import RunPlan

MAX_RELATED = 50         # places listed with an NC004 finding (the message has the counts)
PLACES_PER_SPELLING = 3  # places the NC004 message gives for each spelling
# mentions a MentionFold takes before it first reduces them: fewer are held at less cost (a
# few dozen MiB) than reducing them takes in CPU
FOLD_AT = 500_000
UNKNOWN = "unknown:"     # the group of a name not in the glossary: this + its skeleton key
LANGUAGE_MARK = "@"      # a group of one language's spellings: entry id + "@" + language


def unknown_name(run: list[Word], plan: RunPlan) -> None:
    """A run of 2-3 capitalised words that no entry matched, all in one script, less an
    opening article: kept for the consistency pass. A Cyrillic word beside a Latin one is no
    name of two words (a caption's Скриншот before the outlet Hrodna.life), nor are peoples'
    adjectives alone, nor common English words alone (General Director: Director General in
    another document is the same title in another order, no name)."""
    if not 2 <= len(run) <= 3 or any(len(w.text) < 3 or w.text.isupper() for w in run):
        return
    # a capitalised word after a sentence's opening article is a name: the name is that word
    # (The Starobinskoe deposit: Starobinskoe)
    name = run[1:] if is_stopword(run[0].text) else run
    if len({script_of(w.text) for w in name}) > 1 or all(
            names_a_people(w.text) or is_common_word(w.text) for w in name):
        # (Belarusian-Russian talks: two peoples' adjectives are nobody's name; nor is one
        # with a common word, Old Belorussian, a Soviet Byelorussian communist)
        return
    group = unknown_key([w.text for w in name])
    plan.mention(name[0].start, name[-1].end, group, " ".join(w.text for w in name), None)


def unknown_key(words: list[str]) -> str:
    """The group of a name the glossary lacks: its words' skeletons, in any order (so that
    Astapovich, Astapovic and Astapovičius, with the given name before or after, are one)."""
    return UNKNOWN + " ".join(sorted(skeleton(w) for w in words))


def is_house_spelling(spelling: str, canonical: str) -> bool:
    """Whether a mention's spelling is the house form: the canonical, or one of its words (a
    person's family name alone), case aside."""
    key, canon = spelling_key(spelling), spelling_key(canonical)
    return key == canon or key in canon.split()


def compress_mentions(mentions: list[PlacedMention]) -> list[tuple[PlacedMention, int]]:
    """The mentions NC004 can show, each with the number of mentions it stands for.

    NC004 lists at most MAX_RELATED places of a name and the first PLACES_PER_SPELLING places
    of each spelling, with counts; so of each name a document keeps its first MAX_RELATED
    mentions and the first PLACES_PER_SPELLING of each spelling, and the last kept mention
    of a spelling counts for the rest. A name-dense archive then need not carry every mention
    from the workers to the consistency pass. Mentions of Cyrillic forms take no part in it.
    """
    per_group: dict[str, int] = {}
    # (group, spelling key) -> where its last kept mention is in `kept`, and how many are kept
    last: dict[tuple[str, str], tuple[int, int]] = {}
    kept: list[PlacedMention] = []
    weights: list[int] = []
    for m in mentions:
        _, _, group, spelling, _, key = m
        if spelling == CYRILLIC:
            continue
        n_group = per_group.get(group, 0)
        at, n_same = last.get((group, key), (-1, 0))
        if n_group < MAX_RELATED or at < 0 or n_same < PLACES_PER_SPELLING:
            per_group[group] = n_group + 1
            last[(group, key)] = (len(kept), n_same + 1)
            kept.append(m)
            weights.append(1)
        else:
            weights[at] += 1
    return list(zip(kept, weights, strict=True))


def consistency(mentions: list[Mention], matcher: Matcher) -> list[Finding]:
    """NC004: a name spelled in more than one way across the checked documents."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.spelling != CYRILLIC:
            groups[m.group].append(m)
    out = []
    for group, ms in sorted(groups.items()):
        spellings: dict[str, list[Mention]] = defaultdict(list)
        for m in ms:
            spellings[spelling_key(m.spelling)].append(m)
        if len(spellings) < 2 or len(_spelled_apart(list(spellings))) < 2:
            continue
        ms_sorted = sorted(ms, key=lambda m: (m.path, m.start))
        counts = sorted(((v[0].spelling, v, sum(m.weight for m in v)) for v in spellings.values()),
                        key=lambda kv: (-kv[2], kv[0]))
        detail = "; ".join(
            f"'{spelling}' x{n} ({', '.join(f'{m.path}:{m.line}' for m in v[:PLACES_PER_SPELLING])}"
            f"{', ...' if n > PLACES_PER_SPELLING else ''})" for spelling, v, n in counts)
        reference = counts[0][0]
        entry: str | None
        if group.startswith(UNKNOWN):
            what = f"the name '{counts[0][1][0].text}' (not in the glossary)"
            entry = None
        else:
            entry, _, language = group.partition(LANGUAGE_MARK)
            what = canon = matcher.glossary.by_id[entry].canonical
            if language:   # spelled by that language's own conventions: compared among them
                what = f"{canon} (in {language} text)"
            for spelling, _, _ in counts:  # the house spelling, when the documents use it
                if is_house_spelling(spelling, canon):
                    reference = spelling
                    break
        first_odd = next(m for m in ms_sorted if spelling_key(m.spelling) != spelling_key(reference))
        out.append(build_finding(
            first_odd.path, first_odd.start, first_odd.end, first_odd.line, first_odd.column,
            first_odd.end_line, first_odd.end_column, Code.NC004,
            f"{what} is spelled {len(spellings)} ways across the checked documents: {detail}",
            first_odd.text, entry=entry,
            related=[{"path": m.path, "line": m.line, "column": m.column, "found": m.text}
                     for m in ms_sorted[:MAX_RELATED]]))
    return out


def _spelled_apart(spellings: list[str]) -> list[str]:
    """The spellings that are not another one's words in a row: a longer wording of a name
    (Kastuś Kalinoŭski Regiment, Kalinoŭski Regiment) spells the words they share alike."""
    worded = sorted((s.split() for s in spellings), key=len, reverse=True)
    kept: list[list[str]] = []
    for words in worded:
        n = len(words)
        if not any(longer[i:i + n] == words for longer in kept
                   for i in range(len(longer) - n + 1)):
            kept.append(words)
    return [" ".join(w) for w in kept]


def reduce_mentions(mentions: list[Mention]) -> list[Mention]:
    """The mentions NC004 needs from `mentions` (in run order), the others' counts added to a
    kept mention of the same spelling: consistency() of the result is that of `mentions`.

    Of each name it keeps the first PLACES_PER_SPELLING mentions of each spelling in run order
    (the message's places and its first spelling), the MAX_RELATED first in path order (the
    related places) and the first of each spelling in path order (where the finding is). The
    reduction of two runs' reductions, one after the other, is the reduction of both: a
    cluster reduces each partition's mentions and then the partitions' together.
    """
    groups: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.spelling != CYRILLIC:
            groups[m.group].append(i)
    keep: set[int] = set()
    for ids in groups.values():
        seen: dict[str, int] = defaultdict(int)
        first_in_order: dict[str, int] = {}
        for i in ids:
            key = spelling_key(mentions[i].spelling)
            if seen[key] < PLACES_PER_SPELLING:
                keep.add(i)
            seen[key] += 1
        by_place = sorted(ids, key=lambda i: (mentions[i].path, mentions[i].start))
        keep.update(by_place[:MAX_RELATED])
        for i in by_place:
            first_in_order.setdefault(spelling_key(mentions[i].spelling), i)
        keep.update(first_in_order.values())
    weights = [m.weight if i in keep else 0 for i, m in enumerate(mentions)]
    holder: dict[tuple[str, str], int] = {}   # each spelling's first kept mention
    for i in sorted(keep):
        holder.setdefault((mentions[i].group, spelling_key(mentions[i].spelling)), i)
    for i, m in enumerate(mentions):
        if i not in keep and m.spelling != CYRILLIC:
            weights[holder[(m.group, spelling_key(m.spelling))]] += m.weight
    return [replace(mentions[i], weight=weights[i]) if weights[i] != mentions[i].weight
            else mentions[i] for i in sorted(keep)]


class MentionFold:
    """The mentions NC004 needs of a run's files, handed over in run order as they come.

    Each time twice as many have come as were kept, the kept and the new are reduced together
    (reduce_mentions), so a large run holds at most three times what the reduction keeps
    rather than every mention, for at most one and a half times the work of reducing them all
    at once; a run of fewer than FOLD_AT is never reduced. consistency() of mentions() is that
    of every mention handed over.
    """

    def __init__(self) -> None:
        self._kept: list[Mention] = []
        self._new: list[Mention] = []

    def add(self, mentions: list[Mention]) -> None:
        """The mentions of the next file in run order."""
        self._new += mentions
        if len(self._new) >= max(FOLD_AT, 2 * len(self._kept)):
            self._kept = reduce_mentions(self._kept + self._new)
            self._new = []

    def mentions(self) -> list[Mention]:
        """What NC004 needs of every mention so far, in run order."""
        return self._kept + self._new
