"""A signal whose Stopped is raised inside a finalizer (`__del__`, a weakref callback) is
dropped there by Python ("Exception ignored"; impact.interrupt drops it quietly): the run
must still end as the signal asks, with its one line and status 128 + the signal's number,
even when nothing calls interrupt.check() afterwards. Seen under load as a SIGINT sent
during the process pool's shutdown ending the run with its findings (exit 1)."""

from __future__ import annotations

import gc
import os
import signal
import sys

import pytest

from impact.commands import guarded


class _SignalledWhileFinalized:
    """Sends SIGINT to this process from its finalizer: Python runs the handler there."""

    def __del__(self):
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(1000):  # bytecode boundaries: the handler runs at one of them
            pass


def test_a_signal_whose_stop_a_finalizer_dropped_still_ends_the_run(capsys):
    def command() -> None:
        held = _SignalledWhileFinalized()
        del held
        gc.collect()
        print("the report", file=sys.stdout)
        sys.exit(1)  # findings

    with pytest.raises(SystemExit) as ended:
        guarded(command)
    assert ended.value.code == 128 + signal.SIGINT
    assert capsys.readouterr().err == "impact: stopped by SIGINT\n"


def test_a_run_no_signal_reached_ends_as_it_does():
    with pytest.raises(SystemExit) as ended:
        guarded(lambda: sys.exit(1))
    assert ended.value.code == 1
