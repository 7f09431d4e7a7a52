"""What a rule is: a stable code, a name, a severity and its documentation."""

from __future__ import annotations

from dataclasses import dataclass

from impact.model import Finding, Location, Site, Subject


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str
    summary: str  # what it catches, one line
    why: str  # why it matters
    example: str  # a minimal example that is reported
    short: str = ""  # the line of the README's table of codes
    use_instead: str = ""  # how to fix it
    references: tuple[str, ...] = ()  # further reading: the peer tools' rules, the language docs

    def finding(self, file: str, site: Site, symbol: str, message: str,
                subject: Subject | None = None, severity: str | None = None,
                revision: str = "head", consumers: tuple[Location, ...] = ()) -> Finding:
        return Finding(code=self.code, rule=self.name, severity=severity or self.severity,
                       file=file, line=site.line, column=site.column, symbol=symbol,
                       message=message, subject=subject, revision=revision, consumers=consumers)

    def explain(self) -> str:
        """The rule's documentation as `impact rules CODE` and SARIF's help show it."""
        text = (f"{self.code} {self.name} ({self.severity})\n\n"
                f"What it catches: {self.summary}\n\n"
                f"Why it matters: {self.why}\n\n"
                f"Example:\n{self.example}\n\n"
                f"How to fix it: {self.use_instead}\n")
        if self.references:
            text += "\nReferences:\n" + "".join(f"- {link}\n" for link in self.references)
        return text

    def table_row(self) -> str:
        """Its row in the README's table of finding codes."""
        return f"| {self.code} | {self.name} | {self.short} |"
