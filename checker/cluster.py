"""Checking and searching an archive on a Dask cluster (the `dask` extra): `check --dask` and
`grep --dask`, and calls over a Dask bag or dataframe of texts.

    from checker import Project
    from checker.cluster import check_bag
    report = check_bag(Project.load(), bag)   # a bag of (path, text) pairs

The files are spread over the workers in partitions, in the order of the run. The project,
with its compiled glossary index, goes to each worker once (through a worker plugin; without a
distributed client, as one key of the graph), and each worker keeps the checker it builds from
it for every partition it runs. Each partition hands back its files' findings, and its mentions
reduced to what NC004 needs with their counts (`reduce_mentions`); the partitions' mentions
are reduced again, pairwise up a tree on the cluster, and the cross-document pass runs once on
what is left. So the report is the one a local run gives, in the same order.

The workers read the files under the names the run gives them, made absolute: on a cluster of
several machines the archive must be at the same place on each (a shared or network file
system). Fixing stays local.
"""
from __future__ import annotations

import contextlib
import logging
import os
import uuid
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from checker.baseline import Baseline
from checker.findings import NamecheckError

if TYPE_CHECKING:
    from checker.check import Mention
    from checker.grep import GrepOptions, GrepOutcome, Target
    from checker.project import FileOutcome, Project, Report, RunOptions

LOCAL = "local"              # --dask local: a LocalCluster on this machine
PARTITIONS_PER_WORKER = 4    # partitions of a run's files for each worker: the slow ones even out
REDUCE_FAN_IN = 8            # partitions' mentions reduced together at each level of the tree
CONNECT_TIMEOUT = "10s"
INSTALL_HINT = "--dask needs the dask extra: pip install 'namecheck[dask]'"

# an item of a partition: (the path reported, the text or bytes, or None to read the file at
# the third: its absolute path)
Item = tuple[str, "str | bytes | None", "str | None"]


def _distributed() -> Any:
    try:
        import dask.bag  # noqa: F401
        import distributed
    except ImportError:
        raise NamecheckError(INSTALL_HINT) from None
    return distributed


@contextlib.contextmanager
def client_for(dask: object, workers: int = 0) -> Iterator[Any]:
    """A distributed Client for `dask`: a Client as it is, 'local' for a LocalCluster of
    `workers` single-threaded worker processes (0: one per core), else a scheduler's address.
    A cluster or client made here is closed on the way out."""
    distributed = _distributed()
    if isinstance(dask, distributed.Client):
        yield dask
        return
    if not isinstance(dask, str) or not dask:
        raise NamecheckError(f"--dask needs a scheduler's address or '{LOCAL}', not {dask!r}")
    if dask == LOCAL:
        n = workers or os.cpu_count() or 1
        with distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                      dashboard_address=None, silence_logs=logging.ERROR) as c, \
                distributed.Client(c) as client:
            try:
                yield client
            finally:
                _forget(client)
        return
    try:
        client = distributed.Client(dask, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise NamecheckError(f"cannot reach the Dask scheduler at {dask}: {exc}") from None
    with client:
        try:
            yield client
        finally:
            _forget(client)


# on a worker: the projects it was given, by name, each with the checker it builds and what
# that works out, kept for every partition and every run that names it
_HELD: dict[str, Project] = {}
# on the client: the name under which each project went to each client's workers (the objects
# are held, so that no id is reused)
_SCATTERED: dict[tuple[int, int], tuple[Project, Any, str]] = {}


def _shipped(project: Project, client: Any) -> Any:
    """The project (its compiled index built first) as tasks name it: with a client, a name
    under which a worker plugin gave it to every worker once (a worker that joins later gets
    it as it joins), else one delayed key."""
    project.matcher  # noqa: B018 (built here: the workers get it compiled, not the glossary's paths)
    if client is None:
        import dask

        return dask.delayed(project, pure=True)
    key = (id(client), id(project))
    held = _SCATTERED.get(key)
    if held is not None and held[1] is client:
        return held[2]
    name = f"namecheck-project-{uuid.uuid4().hex}"
    client.register_plugin(_project_plugin(name, project), name=name)
    _SCATTERED[key] = (project, client, name)
    return name


def _project_plugin(name: str, project: Project) -> Any:
    from distributed.diagnostics.plugin import WorkerPlugin

    class ProjectPlugin(WorkerPlugin):   # made here: distributed is the dask extra's
        def __init__(self) -> None:
            self.name, self.project = name, project

        # the module's own table, named through the module: this class travels by value
        def setup(self, worker: Any) -> None:
            import checker.cluster

            checker.cluster._HELD[self.name] = self.project

        def teardown(self, worker: Any) -> None:
            import checker.cluster

            checker.cluster._HELD.pop(self.name, None)

    return ProjectPlugin()


def _project(shipped: Project | str) -> Project:
    """The project a task was given: by name (a worker plugin's), or itself."""
    return _HELD[shipped] if isinstance(shipped, str) else shipped


def _forget(client: Any) -> None:
    """Drop what was scattered to a client that is closing."""
    for key in [k for k, held in _SCATTERED.items() if held[1] is client]:
        del _SCATTERED[key]


def _current_client() -> Any:
    try:
        from distributed import get_client
    except ImportError:
        return None
    try:
        return get_client()
    except ValueError:   # no client: the bag runs on its own scheduler
        return None


# -- on the workers --------------------------------------------------------------------------
def _check_items(items: list[Item], shipped: Project | str, options: RunOptions) -> list:
    """A partition's outcomes, their mentions left out, and the mentions NC004 needs."""
    from checker.check.consistency import reduce_mentions
    from checker.run import check_file

    project = _project(shipped)
    outcomes: list[FileOutcome] = []
    baseline = Baseline()
    for shown, data, path in items:
        if isinstance(data, str):
            outcome = _checked_text(project, shown, data, options)
        else:
            outcome = check_file(project, path or shown, options, baseline, data=data,
                                 shown=shown)
        outcomes.append(outcome)
    mentions = reduce_mentions([m for o in outcomes for m in o.mentions])
    for o in outcomes:
        o.mentions = []
        o.snapshot = None
    return [(outcomes, mentions)]


def _checked_text(project: Project, shown: str, text: str, options: RunOptions) -> FileOutcome:
    from checker.project import FileOutcome, internal_error

    try:
        return project._check_document(shown, text.encode("utf-8"), options, Baseline(),
                                       encoding="utf-8")
    except NamecheckError as exc:
        return FileOutcome(shown, errors=list(exc.errors))
    except Exception as exc:   # one text's bug must not cost the user the others
        return FileOutcome(shown, errors=[internal_error(shown, exc)])


def _outcomes_of(parts: list) -> list:
    return [o for outcomes, _ in parts for o in outcomes]


def _mentions_of(parts: list) -> list[Mention]:
    from checker.check.consistency import reduce_mentions

    return reduce_mentions([m for _, mentions in parts for m in mentions])


def _combine(lists: list[list[Mention]]) -> list[Mention]:
    from checker.check.consistency import reduce_mentions

    return reduce_mentions([m for ms in lists for m in ms])


def _grep_items(items: list[Item], shipped: Project | str, targets: Sequence[Target] | None,
                options: GrepOptions) -> list[GrepOutcome]:
    from checker.grep import grep_data, grep_file

    project = _project(shipped)
    out = []
    for shown, data, path in items:
        if data is None:
            out.append(grep_file(project, path or shown, targets, options, shown=shown))
        else:
            raw = data.encode("utf-8") if isinstance(data, str) else data
            out.append(grep_data(project, shown, raw, targets, options, shown=shown))
    return out


# -- runs --------------------------------------------------------------------------------------
def _file_items(files: Sequence[str]) -> list[Item]:
    return [(f, None, os.path.abspath(f)) for f in files]


def _partitions(client: Any, n_items: int) -> int:
    workers = len(client.scheduler_info().get("workers", {})) or 1
    return max(1, min(n_items, workers * PARTITIONS_PER_WORKER))


def _checked_bag(project: Project, bag: Any, options: RunOptions,
                 shipped: Any) -> tuple[list[FileOutcome], list[Mention]]:
    """The outcomes of a bag of items and the reduction of their mentions, computed together."""
    import dask

    parts = bag.map_partitions(_check_items, shipped, options)
    outcomes = parts.reduction(_outcomes_of, _concat, split_every=REDUCE_FAN_IN)
    mentions = parts.reduction(_mentions_of, _combine, split_every=REDUCE_FAN_IN)
    got_outcomes, got_mentions = dask.compute(outcomes, mentions)
    return list(got_outcomes), list(got_mentions)


def _concat(lists: list[list]) -> list:
    return [x for xs in lists for x in xs]


def check_on_cluster(project: Project, files: Sequence[str], options: RunOptions,
                     dask: object) -> tuple[list[FileOutcome], list[Mention]]:
    """Check files on a cluster: their outcomes in order (mentions left out) and the mentions
    NC004 needs, reduced on the cluster."""
    if not files:
        return [], []
    _distributed()
    import dask.bag as db

    with client_for(dask, project.config.jobs) as client:
        bag = db.from_sequence(_file_items(files), npartitions=_partitions(client, len(files)))
        return _checked_bag(project, bag, options, _shipped(project, client))


def grep_on_cluster(project: Project, files: Sequence[str], targets: Sequence[Target] | None,
                    options: GrepOptions, dask: object) -> list[GrepOutcome]:
    """Search files on a cluster; their outcomes in order."""
    if not files:
        return []
    _distributed()
    import dask.bag as db

    with client_for(dask, project.config.jobs) as client:
        bag = db.from_sequence(_file_items(files), npartitions=_partitions(client, len(files)))
        found = bag.map_partitions(_grep_items, _shipped(project, client), targets, options)
        return list(found.compute())


def _as_items(bag: Any) -> Any:
    """A bag of (path, text) pairs, or of a dataframe's rows, as items."""
    return bag.map(_as_item)


def _as_item(pair: Sequence) -> Item:
    return str(pair[0]), pair[1], None


def check_bag(project: Project, bag: Any, options: RunOptions | None = None) -> Report:
    """The report of checking a Dask bag of (path, text) pairs (text a str, or bytes in the
    configured encoding), on the bag's scheduler (the current distributed Client, if any):
    the per-text findings and the cross-document pass, as `check_paths` gives them."""
    from checker.project import FixMode, Report, RunOptions

    options = options or RunOptions()
    if options.fix is not FixMode.NONE:
        raise NamecheckError("a Dask run checks and reports; fixing stays local")
    outcomes, mentions = _checked_bag(project, _as_items(bag), options,
                                      _shipped(project, _current_client()))
    report = Report()
    for o in outcomes:
        report.errors.extend(o.errors)
        report.notes.extend(o.notes)
    report.findings, report.files_checked = project._finish(outcomes, options, mentions)
    return report


def check_dataframe(project: Project, frame: Any, path: str = "path", text: str = "text",
                    options: RunOptions | None = None) -> Report:
    """check_bag() over a Dask dataframe's `path` and `text` columns."""
    return check_bag(project, frame[[path, text]].to_bag(index=False), options)


def grep_bag(project: Project, bag: Any, targets: Sequence[Target] | None,
             options: GrepOptions | None = None) -> Any:
    """The GrepReport of a Dask bag of (path, text) pairs, on the bag's scheduler."""
    from checker.grep import GrepOptions, collect

    found = _as_items(bag).map_partitions(_grep_items, _shipped(project, _current_client()),
                                          targets, options or GrepOptions())
    return collect(found.compute())
