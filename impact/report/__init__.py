"""Reporters: one module per output format; they know only findings."""
