"""Process-wide settings of the command line's batch runs."""
import gc

from checker.process import YOUNG_THRESHOLD, restore, settle_after_load


def test_settle_freezes_and_restore_undoes_it():
    before = gc.get_threshold()
    settle_after_load()
    try:
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD
    finally:
        restore()
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before


def test_a_run_from_python_leaves_the_collector_as_it_found_it(fixture_cli):
    before = gc.get_threshold()
    code, out, _ = fixture_cli("lookup", "Nikolai Karpenkov")
    assert code == 0 and "Mikalai Karpiankou" in out
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before
