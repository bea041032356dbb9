"""Process-wide settings of the command line's batch runs."""
import gc

from checker.process import YOUNG_THRESHOLD, keeping_reads, restore, settle_after_load, start_run


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


def test_a_run_freezes_what_the_cache_reads_and_restore_undoes_it(tmp_path, monkeypatch):
    from checker import cache

    monkeypatch.setenv("NAMECHECK_CACHE_DIR", str(tmp_path))
    codec = cache.Codec(lambda v: v, lambda v: v)
    cache.write("entry", codec, {"a": (1, 2)})
    before = gc.get_threshold()
    start_run()
    try:
        assert keeping_reads() and gc.get_threshold()[0] == YOUNG_THRESHOLD
        assert cache.read("entry", codec) == {"a": (1, 2)}
        assert gc.get_freeze_count() > 0
    finally:
        restore()
    assert not keeping_reads()
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before


def test_the_last_run_of_a_process_leaves_what_it_froze_frozen():
    before = gc.get_threshold()
    start_run()
    settle_after_load()
    try:
        restore(keep_frozen=True)
        assert gc.get_freeze_count() > 0 and gc.get_threshold() == before
    finally:
        gc.unfreeze()
