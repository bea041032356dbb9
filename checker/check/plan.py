"""A run of words worked out once: its findings and mentions as offsets from its start, to be
replayed at every place the same run occurs."""
from __future__ import annotations

from checker.text.letters import spelling_key

from .finding import RunFinding, run_finding
from .mention import RunMention

# what a run yields wherever it occurs: its findings and its mentions
Plan = tuple[list[RunFinding], list[RunMention]]


class RunPlan:
    """A run's findings and mentions while the rules work it out."""

    def __init__(self, text: str, base: int) -> None:
        self.text, self.base = text, base
        self.findings: list[RunFinding] = []
        self.mentions: list[RunMention] = []

    def finding(self, start: int, end: int, code: str, message: str, suggestion: str | None,
                entry: str | None, safety: str) -> None:
        """Add a finding of text[start:end]."""
        self.findings.append(run_finding(self.text, self.base, start, end, code, message,
                                         suggestion, entry, safety))

    def mention(self, start: int, end: int, group: str, spelling: str, entry: str | None) -> None:
        """Add a mention of text[start:end] that spells the name of `group` as `spelling`
        (once: two rules may each take the same words for a name the glossary lacks)."""
        if self.mentions and self.mentions[-1][:3] == (start - self.base, end - self.base, group):
            return
        self.mentions.append((start - self.base, end - self.base, group, spelling, entry,
                              spelling_key(spelling)))

    def done(self) -> Plan:
        """The run's findings and mentions."""
        return self.findings, self.mentions
