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

    def finding(self, file: str, site: Site, symbol: str, message: str,
                subject: Subject | None = None, severity: str | None = None,
                revision: str = "head", consumers: tuple[Location, ...] = ()) -> Finding:
        return Finding(code=self.code, rule=self.name, severity=severity or self.severity,
                       file=file, line=site.line, column=site.column, symbol=symbol,
                       message=message, subject=subject, revision=revision, consumers=consumers)

    def explain(self) -> str:
        return (f"{self.code} {self.name} ({self.severity})\n\n"
                f"What it catches: {self.summary}\n\n"
                f"Why it matters: {self.why}\n\n"
                f"Example:\n{self.example}\n")
