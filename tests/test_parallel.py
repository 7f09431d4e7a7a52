"""Facts extracted over a process pool are the facts extracted in this process, and a
diff run with a pool gives the same report as one without."""

from __future__ import annotations

import io
import threading

from conftest import run_impact

import impact.parallel
from impact import commands
from impact.facts import extract_facts
from impact.records import load_facts
from impact.summaries import summary_codec, summary_of

FILES = {
    **{f"pkg/m{i}.py": f"from pkg.m{i - 1} import f{i - 1}\n\ndef f{i}(x, *, y=1):\n    return f{i - 1}(x)\n"
       for i in range(1, 30)},
    "pkg/__init__.py": "", "pkg/m0.py": "def f0(x):\n    return x\n",
    **{f"web/c{i}.tsx": f"import {{ a }} from './shared';\nexport const C{i} = () => <div>{{a}}</div>;\n"
       for i in range(30)},
    "web/shared.ts": "export const a: number = 1;\n", "broken.py": "def (:\n",
}


def test_pool_gives_the_facts_of_one_process(monkeypatch):
    monkeypatch.setattr(impact.parallel, "POOL_THRESHOLD", 2)
    monkeypatch.setattr(impact.parallel, "CHUNK_SIZE", 7)
    files = sorted((path, text.encode()) for path, text in FILES.items())
    done = []
    pooled = {path: (facts, summary) for path, facts, summary in impact.parallel.extract_records(
        files, 1_000_000, None, jobs=2, progress=done.append)}
    assert sorted(pooled) == [path for path, _ in files]
    assert sum(done) == len(files) and len(done) > 1  # one call per chunk
    for path, data in files:
        facts = extract_facts(path, data, 1_000_000)
        assert load_facts(pooled[path][0]) == facts
        assert summary_codec().load(pooled[path][1]) == summary_of(facts)


def test_diff_with_a_pool_reports_what_one_process_does(repo_factory, monkeypatch, tmp_path):
    monkeypatch.setattr(impact.parallel, "POOL_THRESHOLD", 2)
    change = {"pkg/m0.py": "def f0(x, y):\n    return x\n", "web/shared.ts": "export const b = 1;\n"}
    repo = repo_factory([FILES, change])
    pooled = run_impact(repo, "--no-cache", "--jobs", "2", "diff", "HEAD~1", "HEAD", "--format", "json")
    single = run_impact(repo, "--no-cache", "--jobs", "1", "diff", "HEAD~1", "HEAD", "--format", "json")
    assert pooled.exit_code == single.exit_code == 1
    assert pooled.json == single.json
    assert {f["code"] for f in pooled.findings} >= {"IMP101", "IMP202"}


def test_progress_bar_only_on_a_terminal(monkeypatch):
    with commands.extraction_progress(10_000) as advance:
        assert advance is None  # stderr is not a terminal under pytest
    terminal = io.StringIO()
    terminal.isatty = lambda: True
    monkeypatch.setattr(commands.sys, "stderr", terminal)
    with commands.extraction_progress(10) as advance:
        assert advance is None  # too few files to be worth a bar
    with commands.extraction_progress(10_000) as advance:
        assert advance is not None
        advance(5_000)


def test_the_pools_cancelled_future_race_is_quiet_and_other_thread_errors_are_not(monkeypatch):
    """Python 3.11's pool manager thread raises InvalidStateError when the workers die while
    the run cancels its futures (a signal to the whole process group): that, and only that,
    is not printed (tests/test_hardening_cache_signals.py's group SIGTERM failed on it about
    one run in fifteen)."""
    from concurrent.futures import InvalidStateError

    seen = []

    def recorder(args: threading.ExceptHookArgs) -> None:
        seen.append(type(args.exc_value))

    monkeypatch.setattr(threading, "excepthook", recorder)

    class _ExecutorManagerThread(threading.Thread):  # the pool's thread, by its class name
        pass

    def fail(error: Exception) -> None:
        raise error

    with impact.parallel._cancelled_futures_race_ignored():
        for thread in (_ExecutorManagerThread(target=fail, args=(InvalidStateError("CANCELLED"),)),
                       _ExecutorManagerThread(target=fail, args=(ValueError("other"),)),
                       threading.Thread(target=fail, args=(InvalidStateError("elsewhere"),))):
            thread.start()
            thread.join()
    assert seen == [ValueError, InvalidStateError]
    assert threading.excepthook is recorder  # the hook of before is back
