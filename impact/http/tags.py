"""Custom elements' tag names (a lowercase name with a hyphen: `crossing-card`): what a class
registered as a custom element is found by (impact.http.lit). No parser is loaded here: the
index's summaries ask it (impact.summaries)."""

from __future__ import annotations

import re

TAG = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]*)+")


def is_tag(name: str) -> bool:
    return TAG.fullmatch(name) is not None
