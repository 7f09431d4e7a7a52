"""What a rule is: a stable code, a name, a severity and its documentation (the class lives
with the model, impact.model.Rule, so that reports can carry rules without importing the
checks)."""

from __future__ import annotations

from impact.model import Rule

__all__ = ["Rule"]
