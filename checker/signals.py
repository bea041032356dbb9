"""How Ctrl-C and SIGTERM end a command-line run: the exceptions they raise, and their handlers.

A handler raises its exception wherever the main thread is. Python prints and drops an
exception raised inside a __del__ method or a garbage-collector callback, so the signal is also
remembered: the loops of a run raise it again (`raise_if_stopped`), and the dropped one is not
printed. Once the run has caught its stop, further signals are ignored while it ends.
"""
from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from typing import Any


class Terminated(BaseException):
    """SIGTERM arrived: end the run as Ctrl-C does, with the status a shell expects."""


class Interrupted(KeyboardInterrupt):
    """Ctrl-C arrived. Not KeyboardInterrupt itself: CPython takes a KeyboardInterrupt that
    passed through exec() of source text (dataclasses build their methods so, at import) for
    an unhandled one, and at exit kills the process with SIGINT instead of exiting 130."""


_RAISES: dict[int, type[BaseException]] = {signal.SIGINT: Interrupted,
                                           signal.SIGTERM: Terminated}
# what a caller that leaves a signal alone has installed: the only handlers we replace (a
# background job's ignored Ctrl-C stays ignored)
_UNTOUCHED: dict[int, Any] = {signal.SIGINT: signal.default_int_handler,
                              signal.SIGTERM: signal.SIG_DFL}
_received: list[int] = []
_ending: list[bool] = []


def _handler(signum: int, frame: object) -> None:
    if _ending:
        return
    _received.append(signum)
    raise _RAISES[signum]


def _quiet(hook: Callable[[Any], None]) -> Callable[[Any], None]:
    def unraisable(info: Any) -> None:
        if not isinstance(info.exc_value, (Interrupted, Terminated)):
            hook(info)   # a stop dropped in a __del__ is raised again by raise_if_stopped()
    return unraisable


def handle_stop_signals() -> Callable[[], None]:
    """Make Ctrl-C raise Interrupted and SIGTERM raise Terminated, until the function returned
    is called: it puts back what was there. Where no handler can be set (not the main
    thread), nothing changes."""
    _received.clear()
    _ending.clear()
    previous: dict[int, Any] = {}
    for signum, untouched in _UNTOUCHED.items():
        try:
            if signal.getsignal(signum) is untouched:
                previous[signum] = signal.signal(signum, _handler)
        except ValueError:   # not the main thread
            pass
    hook = sys.unraisablehook
    sys.unraisablehook = _quiet(hook)

    def restore() -> None:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        sys.unraisablehook = hook
        _received.clear()
        _ending.clear()

    return restore


def raise_if_stopped() -> None:
    """Raise the exception of a signal that arrived (its first raise may have been dropped)."""
    if _received:
        raise _RAISES[_received[0]]


def ending() -> None:
    """The run has caught its stop and only reports it now: ignore further signals."""
    _ending.append(True)
