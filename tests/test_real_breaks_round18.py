"""Breaks the eighteenth sample of real commits (benchmarks/real_breaks.py, session 45)
showed impact missing or misjudging: each test fails without its fix."""

from __future__ import annotations

from conftest import diff_keys

PAGINATOR = "class TextPageSource:\n    pass\n\n\nclass RoboPages:\n    pass\n"
ADMIN = ("import asyncio\n\n\nclass Admin:\n"
         "    async def _eval(self, body):\n        env = {'bot': self}\n        env.update(globals())\n"
         "        exec(body, env)\n\n"
         "    async def sh(self, text):\n"
         "        from cogs.utils.paginator import TextPageSource, RoboPages\n\n"
         "        return RoboPages(TextPageSource(text))\n")
BASE = {"cogs/__init__.py": "", "cogs/utils/__init__.py": "", "cogs/utils/paginator.py": PAGINATOR,
        "cogs/admin.py": ADMIN}


def test_a_namespace_copied_into_a_dict_binds_nothing_so_a_name_left_unbound_is_reported():
    """RoboDanny 2cf6daecb5 reversed: `TextPageSource` no longer imported while still used;
    `env.update(globals())` copies the module's namespace into `env`, it fills nothing."""
    change = {"cogs/admin.py": ADMIN.replace("import TextPageSource, RoboPages", "import TextPages, RoboPages")}
    assert diff_keys(BASE, change) == [("IMP101", "cogs/admin.py", 11, "TextPages"),
                                       ("IMP105", "cogs/admin.py", 13, "TextPageSource")]


def test_a_namespace_handed_to_another_call_still_may_bind_the_name():
    filled = ADMIN.replace("env.update(globals())", "fill_namespace(globals())")
    base = {**BASE, "cogs/admin.py": "def fill_namespace(ns):\n    ns.update(x=1)\n\n\n" + filled}
    change = {"cogs/admin.py": base["cogs/admin.py"].replace("import TextPageSource, RoboPages",
                                                             "import RoboPages")}
    assert diff_keys(base, change) == []
