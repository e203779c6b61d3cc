"""Ingest end to end: read -> skip what is stored -> extract -> store, one batch at a time.

    from picketline.pipeline import run_ingest
    report = run_ingest(["news/"], Store())

Memory stays flat however long the input is (articles stream from the reader in batches).
Each batch's new articles, their facts and whatever :func:`_after_batch` changes are
committed in one transaction, so a crash (even ``kill -9``) loses nothing already committed,
and a re-run skips every stored article (same id or same content hash) without extracting
it again: the ingest resumes where it stopped.
"""
from __future__ import annotations

import inspect
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .ingest import read_paths
from .model import Article, ArticleFacts, IngestError
from .store import Store

ProgressCallback = Callable[[int], None]
Extractor = Callable[[list[Article]], Iterator["ArticleFacts | IngestError"]]


@dataclass
class IngestReport:
    """What an ingest did. ``duplicates``: articles read that were already stored (or
    repeated in the input); ``disputes_new`` / ``disputes_updated``: disputes the run
    created / changed that existed before it (set when the run ends); ``errors``: what could
    not be read or extracted. ``added`` grows as each batch is committed, so a caller that
    passed its own report to :func:`run_ingest` knows what was stored if the run is
    interrupted."""

    files: int = 0
    articles_read: int = 0
    added: int = 0
    duplicates: int = 0
    labor: int = 0
    disputes_new: int = 0
    disputes_updated: int = 0
    errors: list[IngestError] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._disputes_saved: set[str] = set()  # ids of the disputes the run's batches saved

    @property
    def skipped(self) -> int:
        return len(self.errors)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["skipped"] = self.skipped
        return d


def _after_batch(store: Store, facts: list[ArticleFacts], cache=None) -> list[str]:
    """Hook run inside each batch's transaction with the facts of the newly added articles
    (labor or not, in input order): link the batch's labor articles to disputes (joining
    existing ones or starting new ones) and save every dispute that changed, so that a
    batch's articles, facts and disputes are committed together or not at all. ``cache``:
    the run's :class:`picketline.api.LinkCache`. Returns the ids of the disputes saved."""
    labor = [f.id for f in facts if f.labor]
    if not labor:
        return []
    from . import api

    return api.refresh_disputes(store, article_ids=labor, cache=cache)


def _reader_takes_max_bytes() -> bool:
    try:
        return "max_bytes" in inspect.signature(read_paths).parameters
    except (TypeError, ValueError):
        return False


def _read(paths: Iterable[str | Path], max_bytes: int | None
          ) -> Iterator[Article | IngestError]:
    """The reader's stream, with the article size limit applied here if the reader has none."""
    if max_bytes is not None and _reader_takes_max_bytes():
        yield from read_paths(paths, max_bytes=max_bytes)
        return
    for item in read_paths(paths):
        if max_bytes is not None and isinstance(item, Article):
            size = len(item.text.encode("utf-8"))
            if size > max_bytes:
                yield IngestError(item.path or item.id,
                                  f"article {item.id!r} is {size:,} bytes, over the "
                                  f"{max_bytes:,}-byte limit")
                continue
        yield item


def _extract_local() -> Extractor:
    """Extract one article at a time, so that one article the extractors choke on, or that
    takes longer than ``$PICKETLINE_EXTRACT_TIMEOUT`` seconds (an alarm interrupts it), is
    reported and the rest of the batch goes on. The shared spaCy model is loaded on first
    need (articles the cascade rules out never need it)."""
    from .engine import extract_one
    from .ingest.limits import extract_timeout

    timeout = extract_timeout()

    def run(articles: list[Article]) -> Iterator[ArticleFacts | IngestError]:
        for a in articles:
            facts = extract_one(a, timeout=timeout)
            if isinstance(facts, str):
                yield IngestError(a.path or a.id, f"extraction failed for {a.id!r}: {facts}")
            else:
                yield facts
    return run


@contextmanager
def _submitter(engine: str, scheduler: str | None, workers: int
               ) -> Iterator[Callable[[list[Article]], Callable[[], list]]]:
    """``submit(articles) -> wait``: extraction of one batch started on the engine's workers,
    collected by ``wait()`` (results in input order), so that the caller stores batch N
    while batch N+1 is extracted. ``local`` with one worker extracts in ``wait`` itself."""
    if engine == "local" and workers <= 1:
        extract = _extract_local()
        yield lambda articles: (lambda: list(extract(articles)))
        return
    if engine == "local":
        from .engine import process_pool, submit_pooled

        # the workers start loading now, while this process reads the first batch
        with process_pool(workers, warm=True) as pool:
            yield lambda articles: submit_pooled(articles, pool, workers)
        return
    if engine != "dask":
        from .engine import ENGINES
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    from .engine import dask_client, submit_dask

    local: list[Extractor] = []

    def here(articles: list[Article]) -> list:
        if not local:
            local.append(_extract_local())
        return list(local[0](articles))

    with dask_client(scheduler) as client:
        def submit(articles: list[Article]) -> Callable[[], list]:
            try:
                wait = submit_dask(articles, client)
            except Exception:  # noqa: BLE001 - the cluster failed: do it here
                return lambda: here(articles)

            def collect() -> list:
                try:  # per-article failures come back as IngestErrors
                    return wait()
                except Exception:  # noqa: BLE001 - the cluster failed (a worker died)
                    return here(articles)
            return collect
        yield submit


def _batches(items: Iterator, size: int) -> Iterator[list]:
    while batch := list(islice(items, size)):
        yield batch


# Articles per batch (one transaction each). Each batch re-consolidates every dispute it
# touches once, so larger batches amortise that work: on the benchmark stream 1,000 runs
# about 40% faster than 200. A crash redoes at most one batch (about a second of work at
# 1,000 articles/s) and memory grows only by the batch's articles and facts.
BATCH_SIZE = 1000


# Inputs at least this large get an extraction pool when ``workers`` is automatic: starting
# the workers costs about two seconds, which a stream of this size repays (the 10,000-article
# benchmark stream runs about 1.3x faster on 2 workers than in one process).
AUTO_POOL_MIN_ARTICLES = 5_000
AUTO_POOL_MAX_WORKERS = 4  # beyond this the parent (storing, linking) is the bottleneck


def auto_workers(estimated_articles: int, cpus: int | None = None) -> int:
    """How many extraction processes an ingest of about ``estimated_articles`` should use:
    one per core (at most :data:`AUTO_POOL_MAX_WORKERS`) for a large input, else 1."""
    import os

    cpus = cpus if cpus is not None else (len(os.sched_getaffinity(0))
                                          if hasattr(os, "sched_getaffinity")
                                          else os.cpu_count() or 1)
    if cpus < 2 or estimated_articles < AUTO_POOL_MIN_ARTICLES:
        return 1
    return min(cpus, AUTO_POOL_MAX_WORKERS)


def run_ingest(paths: Iterable[str | Path], store: Store, *, batch_size: int = BATCH_SIZE,
               progress: ProgressCallback | None = None, max_bytes: int | None = None,
               engine: str = "local", scheduler: str | None = None,
               workers: int = 1, report: IngestReport | None = None) -> IngestReport:
    """Ingest files and folders into ``store``; returns the :class:`IngestReport`.

    ``progress(n)`` is called after each batch with the number of articles read so far;
    ``max_bytes`` refuses larger articles (reported as errors); ``engine`` ``"dask"`` runs
    extraction on a Dask cluster (``scheduler`` address, else a local cluster); with the
    local engine, ``workers`` > 1 extracts each batch on that many processes of this machine
    (0: :func:`auto_workers` of the input's estimated size). Whatever the engine, results
    are the same. ``report``: the report to fill (its ``added`` is current after each
    committed batch, also when the run is interrupted), else a new one.
    """
    from .api import LinkCache

    if workers == 0 and engine == "local":
        paths = list(paths)
        workers = auto_workers(estimate_articles(paths))
    report = report if report is not None else IngestReport()
    disputes_before = store.count_disputes()
    files: set[str] = set()
    cache = LinkCache()
    elsewhere = engine != "local" or workers > 1  # extraction runs in other processes
    with _submitter(engine, scheduler, workers) as submit:
        _run_pipelined(paths, store, batch_size, progress, max_bytes, submit,
                       overlap=elsewhere, report=report, files=files, cache=cache)
    report.files = len(files)
    # ingest only creates and changes disputes (merges are a reviewer's): the new ones are
    # what the count grew by, the rest of those saved existed before
    report.disputes_new = max(0, store.count_disputes() - disputes_before)
    report.disputes_updated = max(0, len(report._disputes_saved) - report.disputes_new)
    return report


def _split(items: list, report: IngestReport, files: set[str]) -> list[Article]:
    """The batch's articles; read errors go to the report."""
    batch: list[Article] = []
    for item in items:
        if isinstance(item, IngestError):
            report.errors.append(item)
            files.add(item.path)
        else:
            batch.append(item)
            files.add(item.path or "")
    report.articles_read += len(batch)
    return batch


def _distinct_ids(batch: list[Article], store: Store) -> list[Article]:
    """Only true copies are duplicates: an article whose id is already taken (stored, or
    earlier in the batch) by other content gets the id qualified by its content hash
    ("strike~1a2b3c4d"), stable across re-runs; a file named on the command line has its
    bare stem as id, so two named files of one name in different folders meet here."""
    seen: dict[str, str] = {}
    for a in batch:
        seen.setdefault(a.id, a.hash)
    clash = {a.id for a in batch if seen[a.id] != a.hash}
    stored = store.stored_hashes(a.id for a in batch)
    out = []
    for a in batch:
        other = stored.get(a.id)
        if (other is not None and other != a.hash) or (a.id in clash and seen[a.id] != a.hash):
            a = replace(a, id=f"{a.id}~{a.hash[:8]}")
        out.append(a)
    return out


def _run_pipelined(paths, store: Store, batch_size: int, progress, max_bytes, submit,
                   *, overlap: bool, report: IngestReport, files: set[str], cache) -> None:
    """Read, extract and store batch by batch (``submit`` of :func:`_submitter`). With
    ``overlap`` (extraction runs in other processes) batch N+1 is submitted before batch N
    is stored and linked, and the linker is loaded while the first batch is extracted;
    without, each batch is stored as soon as it is extracted."""
    pending = None

    def commit() -> None:
        batch, candidates, wait, read = pending
        _commit_batch(batch, candidates, wait(), store, report, cache)
        if progress is not None:
            progress(read)

    for items in _batches(_read(paths, max_bytes), batch_size):
        batch = _distinct_ids(_split(items, report, files), store)
        candidates = store.filter_new(batch)
        wait = submit(candidates)
        if pending is not None:
            commit()
        elif overlap:  # while the workers start and load the model
            from .link import warm
            warm()
        pending = (batch, candidates, wait, report.articles_read)
        if not overlap:
            commit()
            pending = None
    if pending is not None:
        commit()


def _commit_batch(batch: list[Article], candidates: list[Article],
                  results: list[ArticleFacts | IngestError], store: Store,
                  report: IngestReport, cache=None) -> None:
    """Store one batch's new articles with their facts and dispute updates, in one
    transaction. Articles stored meanwhile (by an overlapping batch, or by another process
    ingesting into the same database) are duplicates here: ``add_articles`` skips them, and
    only the facts of articles it added are kept.

    The transaction takes the database's linking lock first (before its inserts, so that two
    writers of the same article cannot each wait for the other): another ingest on the same
    database stores and links its batches between this one's, never during them, and this
    run's cached dispute keys are dropped when it did (see :class:`picketline.api.LinkCache`).
    Extraction, the slow part, runs outside the lock."""
    facts: dict[str, ArticleFacts] = {}
    for out in results:
        if isinstance(out, IngestError):
            report.errors.append(out)
        else:
            facts[out.id] = out
    try:
        with store.transaction():
            if facts:
                stamp = store.lock_linking()
                if cache is not None:  # a batch with no labor article stamps too
                    cache.check(store, stamp)
            added = store.add_articles(a for a in candidates if a.id in facts)
            kept = [facts[a.id] for a in added]
            store.save_facts(kept)
            report._disputes_saved.update(_after_batch(store, kept, cache) or ())
    except BaseException:
        if cache is not None:  # what it learnt in this batch was rolled back
            cache.clear()
        raise
    report.added += len(added)
    failed = len(candidates) - len(facts)  # extraction errors: not stored, retried on re-run
    report.duplicates += len(batch) - len(added) - failed
    report.labor += sum(1 for f in kept if f.labor)
    from .publish.hooks import deliver_after_batch
    deliver_after_batch(store)  # webhooks: what the batch changed, once it is committed


def estimate_articles(paths: Iterable[str | Path]) -> int:
    """A quick estimate of how many articles ``paths`` hold, for a progress bar's total: the
    reader's own hint when it has one (entries of feeds, records of archives), else lines of
    JSON Lines files and one per other file."""
    paths = list(paths)
    try:
        from .ingest import count_hint
    except ImportError:
        count_hint = None
    if count_hint is not None:
        try:
            return count_hint(paths) or 0
        except Exception:  # noqa: BLE001 - only an estimate: fall back to counting lines
            pass
    total = 0
    for p in map(Path, paths):
        files = (f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            if f.suffix.lower() in (".jsonl", ".ndjson"):
                try:
                    with f.open("rb") as fh:
                        total += sum(chunk.count(b"\n") for chunk in iter(
                            lambda: fh.read(1 << 20), b"")) or 1
                except OSError:
                    total += 1
            elif f.exists():
                total += 1
    return total
