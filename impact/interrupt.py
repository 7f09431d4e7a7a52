"""Stopping cleanly on SIGINT and SIGTERM.

Inside `stopped_by_signals()` either signal raises Stopped in the main thread, so that every
`with` and `finally` on the way out runs: the process pool ends its workers
(impact.parallel), an unfinished cache transaction is rolled back, the cache is closed. The
command line then prints one line and exits with 128 + the signal's number (130 for SIGINT,
143 for SIGTERM), as a shell reports a process the signal ended. A second signal while that
cleanup runs ends the process at once, with the same status. A signal ignored when impact
starts (`nohup`, a background job) stays ignored.

An exception raised at any point can leave a library's state half changed: code that
starts processes and threads (impact.parallel's pool) runs inside `deferred()`, which holds
both signals back until it is done. Python also drops an exception raised where it cannot
propagate (in the hooks around a fork, in a finalizer) and prints "Exception ignored ..."
instead: a Stopped dropped there prints nothing and is not lost, as long loops call
`check()`, which raises it again.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Stopped(BaseException):
    """SIGINT or SIGTERM arrived: not an Exception, so no `except Exception` swallows it."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name

    @property
    def exit_status(self) -> int:
        return 128 + self.signum


_arrived: list[int] = []  # the signal that stopped this process, once it has arrived


def check() -> None:
    """Raise Stopped if SIGINT or SIGTERM has arrived (its first Stopped may have been lost)."""
    if _arrived:
        raise Stopped(_arrived[0])


@contextmanager
def deferred() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the block is done (then raise Stopped, if they came).
    Processes forked inside inherit the deferral: they call `undefer()`."""
    if not hasattr(signal, "pthread_sigmask"):  # not POSIX: no fork either
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def undefer() -> None:
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, SIGNALS)


@contextmanager
def stopped_by_signals() -> Iterator[None]:
    owner = os.getpid()

    def stop(signum: int, _frame: object) -> None:
        if os.getpid() != owner:  # a forked worker, before it set its own handlers: just end
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        if _arrived:  # the cleanup of the first signal is still running: no waiting for it
            os._exit(128 + signum)
        _arrived.append(signum)
        raise Stopped(signum)

    def drop_quietly(unraisable: sys.UnraisableHookArgs) -> None:
        if not isinstance(unraisable.exc_value, Stopped):
            previous_hook(unraisable)

    previous_hook, sys.unraisablehook = sys.unraisablehook, drop_quietly
    previous = {signum: signal.getsignal(signum) for signum in SIGNALS}
    for signum, handler in previous.items():
        if handler is not signal.SIG_IGN:
            signal.signal(signum, stop)
    try:
        yield
    finally:
        _arrived.clear()
        sys.unraisablehook = previous_hook
        for signum, handler in previous.items():
            if handler is not None:  # None: set outside Python, cannot be set back from it
                signal.signal(signum, handler)
