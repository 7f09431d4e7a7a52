"""A member a class declared itself, removed while a use through `self` or an instance
remains, in a class with a base impact cannot see into (python-discord/bot 8f4e7d51a6:
"Simplify PEP cog to use PEP api" drops `PythonEnhancementProposals.refresh_peps_urls`, a
`Cog` of discord.py, while `await self.refresh_peps_urls()` remains; 51b63b5ec fixes the call).
The base may have the name (an override removed leaves the base's), so a warning; none where
another class of the repository declares the name (a hook of the framework's base)."""

from __future__ import annotations

from impact.api import diff_files

COG = ("from discord.ext.commands import Cog\n\n\n"
       "class Peps(Cog):\n"
       "    async def refresh_peps_urls(self):\n        return 1\n\n"
       "    async def cog_load(self):\n        return 2\n\n"
       "    async def pep_command(self, number):\n"
       "        await self.refresh_peps_urls()\n        await self.cog_load()\n        return number\n")
OTHER = ("from discord.ext.commands import Cog\n\n\n"
         "class Tags(Cog):\n    async def cog_load(self):\n        return 3\n")
BASE = {"bot/__init__.py": "", "bot/peps.py": COG, "bot/tags.py": OTHER}


def _dangling(change: dict) -> list[tuple[str, int, str, str]]:
    result = diff_files(BASE, change)
    return sorted((f.file, f.line, f.symbol, f.severity) for f in result.findings if f.code == "IMP103")


def test_a_method_removed_from_a_class_with_an_unseen_base_is_a_warning_at_its_calls():
    change = {"bot/peps.py": COG.replace("    async def refresh_peps_urls(self):\n        return 1\n\n", "")}
    assert _dangling(change) == [("bot/peps.py", 9, "refresh_peps_urls", "warning")]
    finding = next(f for f in diff_files(BASE, change).findings if f.code == "IMP103")
    assert "unless a base class impact cannot see into has it" in finding.message


def test_a_name_another_class_declares_may_be_the_unseen_bases_hook():
    """`cog_load`, which `Tags` declares too: the removed override leaves Cog's own."""
    change = {"bot/peps.py": COG.replace("    async def cog_load(self):\n        return 2\n\n", "")}
    assert _dangling(change) == []


def test_a_method_removed_from_a_class_whose_bases_are_all_seen_stays_an_error():
    closed = {**BASE, "bot/peps.py": COG.replace("(Cog)", "")}
    change = {"bot/peps.py": closed["bot/peps.py"].replace(
        "    async def refresh_peps_urls(self):\n        return 1\n\n", "")}
    result = diff_files(closed, change)
    assert sorted((f.file, f.line, f.severity) for f in result.findings if f.code == "IMP103") == \
        [("bot/peps.py", 9, "error")]


def test_a_member_the_file_assigns_to_the_instance_is_not_judged():
    """python-discord/bot d0cf7f2f15: the test sets `self.cog.send_eval = AsyncMock(...)` and
    then asserts on it; the instance has the stand-in, whatever the class declares."""
    closed = {**BASE, "bot/peps.py": COG.replace("(Cog)", ""),
              "tests/test_peps.py": "from bot.peps import Peps\n\n\nclass TestPeps:\n"
                                    "    def setup_method(self):\n        self.cog = Peps()\n\n"
                                    "    def test_refresh(self):\n"
                                    "        self.cog.refresh_peps_urls = object()\n"
                                    "        assert self.cog.refresh_peps_urls\n"
                                    "        assert self.cog.pep_command(1)\n"}
    change = {"bot/peps.py": closed["bot/peps.py"].replace(
        "    async def refresh_peps_urls(self):\n        return 1\n\n", "")}
    result = diff_files(closed, change)
    assert sorted((f.file, f.line) for f in result.findings if f.code == "IMP103") == [("bot/peps.py", 9)]


def test_a_name_another_class_sets_on_another_object_is_no_hook():
    """python-discord/bot 51e7e17e06: a test class's `self.cog.refresh_peps_urls = AsyncMock()`
    (a stand-in on another object) is no field of the test class, so the name is not another
    class's: the calls stay warned. A class assigning the name through `self` or `cls` (its
    own field) may name the unseen base's hook: quiet."""
    stub = ("from bot.peps import Peps\n\n\nclass TestPeps:\n"
            "    def setup_method(self):\n        self.cog = Peps()\n\n"
            "    def test_other(self):\n        self.cog.refresh_peps_urls = object()\n")
    removed = {"bot/peps.py": COG.replace("    async def refresh_peps_urls(self):\n        return 1\n\n", "")}
    assert _dangling({**removed, "tests/test_peps.py": stub}) == \
        [("bot/peps.py", 9, "refresh_peps_urls", "warning")]
    for own in ("self", "cls"):
        field = stub.replace("self.cog.refresh_peps_urls", f"{own}.refresh_peps_urls")
        assert _dangling({**removed, "tests/test_peps.py": field}) == []
