"""Where reports put things: text never wrapped outside a terminal (and with a hanging
indent inside one), no trailing spaces; paths relative to the current directory for text and
vscode (`--path-base`), so the VS Code problem matcher works in a monorepo's subfolder; and
line-based formats never place a finding of base at a base line as if it were in head."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

from conftest import build_repo, git, run_impact
from rich.cells import cell_len

ROOT = Path(__file__).resolve().parent.parent
ANSI = re.compile(r"\x1b\[[0-9;]*m")
LONG_NAME = "a_rather_long_function_name_that_makes_every_message_longer_than_a_terminal"
MONOREPO = [
    {"services/api/pkg/__init__.py": "",
     "services/api/pkg/util.py": f"def {LONG_NAME}(x):\n    return x\n\n\ndef kept(x):\n    return x\n",
     "services/api/app.py": f"from pkg.util import {LONG_NAME}, kept\n",
     "web/money.mjs": "export function formatPrice(c) {\n  return c / 100;\n}\n",
     "web/cart.mjs": "import { formatPrice } from './money.mjs';\nexport const t = formatPrice(1);\n"},
    {"services/api/pkg/util.py": "def kept(x):\n    return x\n",
     "web/money.mjs": "export const unit = 'EUR';\n",
     "web/format.mjs": "export function formatPrice(c) {\n  return c / 100;\n}\n"},
]


def impact(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "impact", "--no-cache", *args], cwd=cwd,
                          capture_output=True, text=True, env={**os.environ, **env}, check=False)


def in_terminal(cwd: Path, *args: str, columns: int) -> str:
    """What impact writes to a terminal `columns` wide (a pseudo-terminal), colours removed."""
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "NO_COLOR", "FORCE_COLOR")}
    process = subprocess.Popen([sys.executable, "-m", "impact", "--no-cache", *args], cwd=cwd,
                               stdin=terminal, stdout=terminal, stderr=subprocess.DEVNULL,
                               env={**env, "TERM": "xterm-256color"})
    os.close(terminal)
    chunks = []
    while True:
        try:
            chunk = os.read(controller, 1 << 16)
        except OSError:  # the terminal closed: impact is done
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(controller)
    process.wait()
    return ANSI.sub("", b"".join(chunks).decode().replace("\r\n", "\n"))


def test_piped_text_is_never_wrapped_and_ends_no_line_in_spaces(tmp_path):
    repo = build_repo(tmp_path / "r", MONOREPO)
    results = [impact(repo, "diff", "HEAD~1", "HEAD", **env)
               for env in ({"COLUMNS": "40"}, {"COLUMNS": "40", "FORCE_COLOR": "1"})]
    for result in results:
        assert result.returncode == 1, result.stderr
        lines = ANSI.sub("", result.stdout).splitlines()
        message = f"`{LONG_NAME}` is imported from `pkg.util`, which does not define it"
        assert any(line.endswith(f"error IMP101 dangling-import {message}") for line in lines), lines
        assert not [line for line in lines if line != line.rstrip()]
    written = tmp_path / "report.txt"
    impact(repo, "diff", "HEAD~1", "HEAD", "-o", str(written), COLUMNS="40")
    assert written.read_text() == results[0].stdout


def test_in_a_terminal_long_lines_wrap_with_a_hanging_indent(tmp_path):
    repo = build_repo(tmp_path / "r", MONOREPO)
    text = in_terminal(repo, "diff", "HEAD~1", "HEAD", columns=60)
    lines = text.splitlines()
    assert lines and all(cell_len(line) <= 60 for line in lines), text
    assert not [line for line in lines if line != line.rstrip()]
    start = next(i for i, line in enumerate(lines) if "error IMP101" in line and "app.py" not in line)
    finding = lines[start]
    indent = len(finding) - len(finding.lstrip())
    following = []
    for line in lines[start + 1:]:
        if line.lstrip().startswith(">") or not line.startswith(" " * (indent + 2)):
            break
        following.append(line)
    assert following and all(line.startswith(" " * (indent + 2)) and line[indent + 2] != " "
                             for line in following), text
    whole = "".join([finding, *following])  # a name longer than a line is cut where it must
    message = f"`{LONG_NAME}` is imported from `pkg.util`, which does not define it"
    assert re.sub(r"\s", "", message) in re.sub(r"\s", "", whole)


def test_paths_are_relative_to_the_current_directory_for_text_and_vscode(tmp_path):
    repo = build_repo(tmp_path / "r", MONOREPO)
    web = repo / "web"
    vscode = impact(web, "diff", "HEAD~1", "HEAD", "--format", "vscode").stdout.splitlines()
    assert [line.split(":")[0] for line in vscode] == [
        "../services/api/app.py", "../services/api/app.py", "cart.mjs", "format.mjs"]
    text = impact(web, "diff", "HEAD~1", "HEAD").stdout
    assert "\n  cart.mjs\n" in text or "\ncart.mjs\n" in text
    assert "../services/api/app.py" in text
    from_elsewhere = impact(tmp_path, "-C", str(web), "diff", "HEAD~1", "HEAD", "-f", "vscode")
    assert from_elsewhere.stdout.splitlines() == vscode
    repo_based = impact(web, "diff", "HEAD~1", "HEAD", "-f", "vscode", "--path-base", "repo")
    assert [line.split(":")[0] for line in repo_based.stdout.splitlines()] == [
        "services/api/app.py", "services/api/app.py", "web/cart.mjs", "web/format.mjs"]
    for output in ("json", "sarif", "github", "markdown"):
        assert "web/cart.mjs" in impact(web, "diff", "HEAD~1", "HEAD", "-f", output).stdout
    refused = impact(web, "diff", "HEAD~1", "HEAD", "-f", "json", "--path-base", "cwd")
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.startswith("impact: error: --path-base applies to the text and vscode")
    assert len(refused.stderr.splitlines()) == 1


def test_the_vscode_problem_matcher_finds_every_file_from_a_monorepo_subfolder(tmp_path):
    """The task of .vscode/tasks.json, run in a workspace folder that is a subfolder of the
    repository: every line its pattern matches names a file, relative to that folder, and a
    line of it that exists in the working tree."""
    repo = build_repo(tmp_path / "r", MONOREPO[:1])
    for path, content in MONOREPO[1].items():
        (repo / path).write_text(content)
    tasks = json.loads((ROOT / ".vscode" / "tasks.json").read_text())
    [task] = tasks["tasks"]
    matcher = task["problemMatcher"]
    assert task["options"]["cwd"] == "${workspaceFolder}"
    assert matcher["fileLocation"] == ["relative", "${workspaceFolder}"]
    pattern = re.compile(matcher["pattern"]["regexp"])
    for folder in (repo / "web", repo / "services" / "api"):
        result = impact(folder, *task["args"])
        matched = [pattern.match(line) for line in result.stdout.splitlines()]
        assert matched and all(matched), result.stdout
        for match in matched:
            file = folder / match.group(matcher["pattern"]["file"])
            line = int(match.group(matcher["pattern"]["line"]))
            assert file.is_file(), match.group(0)
            assert line <= len(file.read_text().splitlines()), match.group(0)


def places(repo: Path, output: str) -> dict[str, tuple[str, int, str]]:
    """IMP201 lines of a line-based format: symbol -> (file, line, the whole line)."""
    found = {}
    for line in run_impact(repo, "diff", "HEAD~1", "HEAD", "-f", output).stdout.splitlines():
        if "IMP201" not in line:
            continue
        if output == "github":
            props = dict(part.split("=", 1) for part in line.split("::")[1].split(" ", 1)[1].split(","))
            file, number = props["file"], int(props["line"])
        else:
            file, number = line.split(":")[0], int(line.split(":")[1])
        symbol = re.search(r"`([^`]+)`", line.split("IMP201", 1)[1]).group(1)
        found[symbol] = (file, number, line)
    return found


def test_line_based_formats_place_a_removed_public_symbol_in_head(repo_factory):
    base = {"pkg/__init__.py": "", "pkg/dead.py": "def dead():\n    return 0\n",
            "pkg/util.py": "def keep():\n    return 1\n\n\ndef moved(x):\n    return x * 2\n\n\n"
                           "def used():\n    return 3\n\n\ndef unused():\n    return 4\n",
            "app.py": "import os\n\nfrom pkg.util import used\n"}
    change = {"pkg/dead.py": None, "pkg/util.py": "def keep():\n    return 1\n",
              "pkg/other.py": "X = 1\n\n\ndef moved(x):\n    return x * 2\n"}
    repo = repo_factory([base, change])
    for output in ("vscode", "github"):
        found = places(repo, output)
        assert found["moved"][:2] == ("pkg/other.py", 4)  # its new definition
        assert found["moved"][2].endswith("[now here; was pkg/util.py:5 in base HEAD~1]")
        assert found["used"][:2] == ("app.py", 3)  # its first consumer
        assert "[at its first consumer; defined at pkg/util.py:9 in base HEAD~1]" in found["used"][2]
        assert found["unused"][:2] == ("pkg/util.py", 1)  # the file is there, the line is not
        assert found["unused"][2].endswith("[gone from this file; was at pkg/util.py:13 in base HEAD~1]")
        assert found["dead"][:2] == ("pkg/dead.py", 1)
        assert found["dead"][2].endswith("[pkg/dead.py:1 in base HEAD~1: not in head]")
    assert git(repo, "show", "HEAD:pkg/other.py").splitlines()[3] == "def moved(x):"
