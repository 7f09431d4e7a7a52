"""impact: what does this diff break?"""

__version__ = "0.2.0"
