"""Where users meet impact: SARIF for code scanning, GitHub annotations, the VS Code task
and problem matcher, and the pre-commit hook."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import yaml
from conftest import git, run_impact

ROOT = Path(__file__).resolve().parent.parent
BASE = {"pkg/__init__.py": "", "pkg/util.py": "def helper(x):\n    return x\n",
        "app.py": "from pkg.util import helper\n", "web/lib.js": "export const a = 1;\n",
        "web/main.js": "import { a } from './lib.js';\nconsole.log(a);\n"}
CHANGE = {"pkg/util.py": "def other():\n    pass\n", "web/lib.js": "export const b = 1;\n",
          "broken.py": "def f(:\n"}


def report(repo_factory, fmt: str) -> str:
    repo = repo_factory([BASE, CHANGE])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", fmt)
    assert result.exit_code == 1, result.stderr
    return result.stdout


def test_sarif_validates_against_the_official_schema(repo_factory):
    document = json.loads(report(repo_factory, "sarif"))
    schema = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.validate(document, schema)
    run = document["runs"][0]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert rules["IMP101"]["name"] == "dangling-import"
    assert rules["IMP101"]["shortDescription"]["text"] and rules["IMP101"]["help"]["text"]
    results = {(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
               for r in run["results"]}
    assert ("IMP101", "app.py") in results and ("IMP301", "broken.py") in results
    assert all(not r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("/")
               for r in run["results"])


def test_sarif_fingerprints_survive_line_moves(repo_factory):
    repo = repo_factory([BASE, CHANGE, {"app.py": "\n\n" + BASE["app.py"]}])
    def fingerprint(rev):
        run = json.loads(run_impact(repo, "diff", "HEAD~2", rev, "--format", "sarif").stdout)["runs"][0]
        return {r["partialFingerprints"]["impactFinding/v1"] for r in run["results"]
                if r["ruleId"] == "IMP101"}
    assert fingerprint("HEAD~1") == fingerprint("HEAD")


def test_github_annotations_escape_what_the_runner_requires(repo_factory):
    text = report(repo_factory, "github")
    assert "::error file=app.py,line=1,col=22,title=IMP101 dangling-import::`helper` is imported" in text
    assert "::warning file=broken.py,line=1," in text
    evil = {"a,b:c%.py": "from pkg.util import helper\n"}
    repo = repo_factory([{**BASE, **evil}, CHANGE])
    out = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "github").stdout
    assert "file=a%2Cb%3Ac%25.py," in out


def test_vscode_problem_matcher_reads_real_output(repo_factory):
    task = json.loads((ROOT / ".vscode" / "tasks.json").read_text())["tasks"][0]
    matcher = task["problemMatcher"]
    pattern = matcher["pattern"]
    regexp = re.compile(pattern["regexp"])
    lines = report(repo_factory, "vscode").splitlines()
    assert lines
    parsed = []
    for line in lines:
        match = regexp.match(line)
        assert match, line
        parsed.append({key: match.group(pattern[key]) for key in
                       ("file", "line", "column", "severity", "code", "message")})
    first = next(p for p in parsed if p["code"] == "IMP101")
    assert first == {"file": "app.py", "line": "1", "column": "22", "severity": "error",
                     "code": "IMP101",
                     "message": "`helper` is imported from `pkg.util`, which does not define it"}
    assert any(p["severity"] == "warning" and p["file"] == "broken.py" for p in parsed)
    assert task["command"] == "impact" and "vscode" in task["args"]
    assert matcher["fileLocation"][0] == "relative"


def test_pre_commit_hook_runs_impact_on_the_index(repo_factory):
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "impact" and hook["language"] == "python"
    assert hook["entry"] == "impact diff --staged" and hook["pass_filenames"] is False
    repo = repo_factory([BASE])
    (repo / "pkg" / "util.py").write_text("def other():\n    pass\n")
    git(repo, "add", "pkg/util.py")
    args = hook["entry"].split()[1:]
    result = run_impact(repo, *args)
    assert result.exit_code == 1 and "IMP101" in result.stdout


CHAIN = {"pkg/__init__.py": "", "pkg/core.py": "def run():\n    return 1\n",
         "pkg/service.py": "from pkg.core import run\n", "pkg/api.py": "from pkg import service\n",
         "pkg/other.py": "x = 1\n", "tests/test_api.py": "from pkg.api import service\n",
         "tests/test_other.py": "from pkg.other import x\n",
         "web/util.ts": "export const u = 1;\n", "web/app.test.ts": "import { u } from './util';\n"}


def test_affected_lists_changed_modules_and_their_dependents(repo_factory):
    repo = repo_factory([CHAIN, {"pkg/core.py": "def run():\n    return 2\n",
                                 "web/util.ts": "export const u = 2;\n"}])
    result = run_impact(repo, "affected", "HEAD~1", "HEAD")
    assert result.exit_code == 0
    assert result.stdout.split() == ["pkg/api.py", "pkg/core.py", "pkg/service.py",
                                     "tests/test_api.py", "web/app.test.ts", "web/util.ts"]
    tests = run_impact(repo, "affected", "HEAD~1", "HEAD", "--tests").stdout.split()
    assert tests == ["tests/test_api.py", "web/app.test.ts"]


def test_graph_formats(repo_factory, tmp_path):
    import networkx as nx

    repo = repo_factory([CHAIN])
    dot = run_impact(repo, "graph").stdout
    assert '"pkg/service.py" -> "pkg/core.py" [label="imports"];' in dot
    data = json.loads(run_impact(repo, "graph", "HEAD", "--format", "json", "--symbols").stdout)
    assert {"source": "pkg/service.py", "target": "pkg/core.py::run", "relation": "imports"} in \
        data["edges"]
    graphml = tmp_path / "g.graphml"
    graphml.write_text(run_impact(repo, "graph", "--format", "graphml", "--path", "pkg/").stdout)
    graph = nx.read_graphml(graphml)
    assert set(graph.nodes) == {"pkg/__init__.py", "pkg/core.py", "pkg/service.py", "pkg/api.py",
                                "pkg/other.py"}


def test_action_yml_is_a_valid_composite_action():
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["name"] and action["description"]
    assert action["runs"]["using"] == "composite"
    inputs = action["inputs"]
    for name, spec in inputs.items():
        assert spec["description"] and "default" in spec, name
    used = set()
    for step in action["runs"]["steps"]:
        text = yaml.safe_dump(step)
        used |= set(re.findall(r"inputs\.([a-z-]+)", text))
        if "run" in step:
            assert step["shell"] == "bash"
    assert used == set(inputs), f"inputs used {used} vs declared {set(inputs)}"
    run = next(s["run"] for s in action["runs"]["steps"] if s.get("id") == "analyse")
    assert run.strip() == '"$IMPACT_ACTION_PYTHON" -m impact.action'  # tests/test_action.py runs it
    assert "${{ inputs" not in run  # inputs reach the script through env, never interpolated
    docs = (ROOT / "docs" / "github-action.md").read_text()
    assert "pull_request_target" in docs and "permissions:" in docs
