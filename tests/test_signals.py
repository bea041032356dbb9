"""The stop signals' handlers: exceptions that end a run, and a stop that is never lost."""
from __future__ import annotations

import os
import signal
import sys

import pytest

from checker.signals import Interrupted, Terminated, ending, handle_stop_signals, raise_if_stopped


@pytest.fixture
def handled():
    restore = handle_stop_signals()
    yield
    restore()


@pytest.mark.parametrize(("signum", "exception"), [(signal.SIGINT, Interrupted),
                                                   (signal.SIGTERM, Terminated)])
def test_a_signal_raises_its_exception_and_is_remembered(handled, signum, exception):
    with pytest.raises(exception):
        os.kill(os.getpid(), signum)
        sum(range(1000))   # the handler runs between two bytecodes
    with pytest.raises(exception):   # again, for a loop that looks
        raise_if_stopped()


def test_interrupted_is_a_keyboard_interrupt_but_not_the_class_itself():
    assert issubclass(Interrupted, KeyboardInterrupt) and Interrupted is not KeyboardInterrupt
    assert not issubclass(Terminated, Exception)   # `except Exception` lets it through


def test_a_stop_dropped_in_a_destructor_is_raised_again_and_not_printed(handled, capsys):
    class Drops:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGTERM)
            sum(range(1000))   # the handler runs here, in __del__, whose exception is dropped

    Drops()
    assert capsys.readouterr().err == ""
    with pytest.raises(Terminated):
        raise_if_stopped()


def test_after_ending_further_signals_are_ignored(handled):
    with pytest.raises(Interrupted):
        os.kill(os.getpid(), signal.SIGINT)
        sum(range(1000))
    ending()
    os.kill(os.getpid(), signal.SIGINT)
    sum(range(1000))   # no exception


def test_restore_puts_back_the_handlers_and_forgets_the_stop():
    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    hook = sys.unraisablehook
    restore = handle_stop_signals()
    with pytest.raises(Interrupted):
        os.kill(os.getpid(), signal.SIGINT)
        sum(range(1000))
    restore()
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before
    assert sys.unraisablehook is hook
    raise_if_stopped()   # nothing remembered


def test_an_ignored_signal_stays_ignored():
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        restore = handle_stop_signals()
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
        restore()
    finally:
        signal.signal(signal.SIGINT, previous)
