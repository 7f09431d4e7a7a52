"""impact: what does this diff break?"""

__version__ = "0.2.0"

from impact.method_code import install as _install_method_code

_install_method_code()  # before any of impact's dataclasses is defined
