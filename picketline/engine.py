"""Execution engines for the per-article work (extraction).

``local`` runs the extractors in this process. ``dask`` sends batches of articles to a Dask
cluster (a ``LocalCluster`` when no scheduler address is given) and streams the results back
in input order, with a bounded number of batches in flight so memory stays flat however long
the input is. Each worker process loads the spaCy model once and keeps it. Linking and
consolidation need every article and run afterwards, in the caller, whatever the engine.

Time limit: one article's extraction may take at most ``$PICKETLINE_EXTRACT_TIMEOUT``
seconds (default 30; :func:`~picketline.ingest.limits.extract_timeout`). In this process and
in pool workers an alarm (``SIGALRM``) interrupts it (:func:`time_limit`), and the article
becomes an error naming its file while the rest of its batch goes on. A pool worker stuck
beyond that (in code the alarm cannot interrupt) or killed is replaced: the pool is
restarted and the chunk it held is extracted again one article at a time, so the stuck or
crashing article is found and reported (:class:`ExtractionPool`). Pool workers exit by
themselves when the process that started them dies, even by ``kill -9``.
"""
from __future__ import annotations

import os
import signal
import threading
from collections import deque
from contextlib import contextmanager
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

# Nothing of picketline.ingest at module level: a pool worker imports this module, and the
# package brings every reader's library (feedparser, warcio, fsspec: about 19 MB a process)
# that a worker, which only extracts, never uses.
from .cascade import might_be_labor, no_cue_facts
from .model import Article, ArticleFacts, IngestError

ENGINES = ("local", "dask")
# Beyond the per-article limit, time a pool chunk may take before its worker is deemed stuck
# (the first chunk of a worker also loads the spaCy model).
POOL_GRACE_SECONDS = 60.0


class ExtractTimeout(BaseException):
    """Raised by :func:`time_limit`'s alarm. A BaseException, so that no ``except
    Exception`` inside the extractors or the libraries they call swallows it."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ExtractTimeout` in the block after ``seconds`` (None: no limit). Only
    in the main thread of a process with ``SIGALRM`` (elsewhere, e.g. a Dask worker
    thread, the block runs unlimited). Regular-expression matching and Python code are
    interrupted; a long call into C code is interrupted when it returns."""
    if (not seconds or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return

    def on_alarm(signum, frame):
        raise ExtractTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def timeout_reason(seconds: float) -> str:
    from .ingest.limits import TIMEOUT_ENV_VAR

    return (f"took longer than {seconds:g} s to extract ({TIMEOUT_ENV_VAR}); not stored, "
            f"tried again on the next run")


def extract_one(article: Article, nlp=None, timeout: float | None = None
                ) -> ArticleFacts | str:
    """One article's facts, or the reason there are none (the extractors failed, or took
    longer than ``timeout`` seconds)."""
    from .extract import extract_article

    if timeout and not _warmed:
        # load the model and whatever the extractors build on first use outside the time
        # limit (an import must not be cut in half, nor counted against one article)
        if no_cue_facts(article) is not None:
            return extract_article(article, nlp) if nlp is not None \
                else extract_article(article)
        _warm_up(nlp)
    try:
        with time_limit(timeout):
            return extract_article(article, nlp) if nlp is not None \
                else extract_article(article)
    except ExtractTimeout:
        return timeout_reason(timeout or 0)
    except Exception as e:  # noqa: BLE001 - reported per article by the caller
        return f"{type(e).__name__}: {e}"


_warmed = False
_WARM_UP = Article("warm-up", "date 2025-01-06 Warm-up\n\nAbout 120 nurses of Local 9 went on "
                              "strike Monday at Example Hospital in Fresno, California, "
                              "seeking a 5% raise, after mediation failed.\n")


def _warm_up(nlp=None) -> None:
    """Extract one small built-in article, untimed, once per process."""
    global _warmed
    from .extract import extract_article

    extract_article(_WARM_UP, nlp) if nlp is not None else extract_article(_WARM_UP)
    _warmed = True
    _keep_regexes()


def _keep_regexes() -> None:
    """Add the patterns this process compiled to the disk table (:mod:`picketline.regexcache`):
    a pool worker ends without running exit handlers, so it does so after its warm-up and
    after each batch (nothing to write once it compiles nothing new)."""
    from .regexcache import save

    save()


def _extract_batch(records: list[dict], timeout: float | None = None) -> list[dict]:
    """Worker side: article dicts in, ArticleFacts dicts out (plain data crosses the wire).
    An article the extractors fail on, or that takes longer than ``timeout`` seconds, gives
    ``{"error": reason}`` in its place, so one bad article does not cost its batch."""
    from .nlp import load_model

    nlp = load_model()  # cached per worker process
    out = []
    for r in records:
        facts = extract_one(Article.from_dict(r), nlp, timeout)
        out.append({"error": facts} if isinstance(facts, str) else facts.to_dict())
    _keep_regexes()
    return out


def _warm_worker() -> None:
    """Pool task sent to each worker as the pool starts (``warm=True``): load the model and
    extract the warm-up article, so that a worker is ready by the time the first batch has
    been read and sorted by the cascade, instead of starting on it."""
    from .nlp import load_model

    if not _warmed:
        _warm_up(load_model())


def _watch_parent(parent: int) -> None:
    """Pool worker initializer: exit when ``parent`` (the process that started the pool)
    is gone. Workers are the forkserver's children, so the kernel's parent-death signal
    would watch the wrong process; a thread polls instead."""
    def watch() -> None:
        import time

        while True:
            time.sleep(1.0)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(1)
            except OSError:  # exists, but not ours to signal: still alive
                pass

    threading.Thread(target=watch, name="picketline-parent-watch", daemon=True).start()


class ExtractionPool:
    """A process pool of extraction workers that can be replaced when one is stuck
    (:meth:`restart`); ``submit`` as on a ``ProcessPoolExecutor``. ``timeout``: seconds per
    article (None: no limit). ``warm``: start every worker now and have it load the model
    and the extractors (:func:`_warm_worker`) before any task comes, also after a
    :meth:`restart`; otherwise a worker starts, and loads them, with its first task."""

    def __init__(self, workers: int, timeout: float | None = None, warm: bool = False) -> None:
        import multiprocessing

        self.workers = workers
        self.timeout = timeout
        self.warm = warm
        self._ctx = multiprocessing.get_context("forkserver")
        self._pool = self._start()

    def _start(self):
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=self._ctx,
                                   initializer=_watch_parent, initargs=(os.getpid(),))
        if self.warm:
            # one task each: a forkserver pool starts a worker per task submitted while
            # none is idle, so this starts them all, each loading while the caller reads
            for _ in range(self.workers):
                pool.submit(_warm_worker)
        return pool

    def submit(self, fn, *args):
        return self._pool.submit(fn, *args)

    @property
    def broken(self) -> bool:
        return bool(getattr(self._pool, "_broken", False))

    def restart(self) -> None:
        """Kill every worker and start fresh ones; futures of the old pool fail with
        ``BrokenProcessPool``."""
        old = self._pool
        procs = list((getattr(old, "_processes", None) or {}).values())
        for p in procs:
            try:
                p.kill()
            except Exception:  # noqa: BLE001 - already gone
                pass
        for p in procs:
            p.join(5)
        old.shutdown(wait=False, cancel_futures=True)
        self._pool = self._start()

    def shutdown(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=not wait)


@contextmanager
def process_pool(workers: int, timeout: float | None | str = "env", warm: bool = False):
    """A pool of ``workers`` extraction processes (``forkserver``: nothing of the parent's
    database connections or threads is inherited); each loads the spaCy model once, on its
    first batch, or with ``warm`` as soon as the pool starts (loading it in the server
    before forking was measured slower: the two workers load in parallel). ``timeout``:
    seconds per article (default from ``$PICKETLINE_EXTRACT_TIMEOUT``)."""
    from .ingest.limits import extract_timeout

    pool = ExtractionPool(workers, extract_timeout() if timeout == "env" else timeout,
                          warm=warm)
    try:
        yield pool
    finally:
        pool.shutdown()


def _collect_pooled(pool, records: list[dict], fut) -> list[dict]:
    """The results of one chunk sent to ``pool``. A chunk whose worker is stuck beyond its
    time allowance, or died (the pool broke), is extracted again one article at a time on
    a fresh pool."""
    from concurrent.futures import TimeoutError as FutureTimeout
    from concurrent.futures.process import BrokenProcessPool

    timeout = getattr(pool, "timeout", None)
    allowance = timeout * len(records) + POOL_GRACE_SECONDS if timeout else None
    try:
        return fut.result(timeout=allowance)
    except FutureTimeout:
        pool.restart()
    except BrokenProcessPool:
        if not hasattr(pool, "restart"):
            raise
        if pool.broken:
            pool.restart()
    return _one_by_one(pool, records)


def _one_by_one(pool, records: list[dict]) -> list[dict]:
    """Extract ``records`` as one task each, replacing the pool whenever an article keeps
    its worker beyond the time limit or kills it (twice): that article gets an error."""
    from concurrent.futures import TimeoutError as FutureTimeout
    from concurrent.futures.process import BrokenProcessPool

    timeout = pool.timeout
    wait_for = 2 * timeout + POOL_GRACE_SECONDS if timeout else None
    out: list[dict | None] = [None] * len(records)
    deaths = [0] * len(records)
    futures = {k: pool.submit(_extract_batch, [r], timeout) for k, r in enumerate(records)}

    def resubmit(start: int) -> None:
        for j in range(start, len(records)):
            f = futures[j]
            if out[j] is None and not (f.done() and not f.cancelled()
                                       and f.exception() is None):
                futures[j] = pool.submit(_extract_batch, [records[j]], timeout)

    for k in range(len(records)):
        while out[k] is None:
            try:
                out[k] = futures[k].result(timeout=wait_for)[0]
            except FutureTimeout:
                out[k] = {"error": f"{timeout_reason(timeout)} (its worker was stuck and "
                                   f"was replaced)"}
                pool.restart()
                resubmit(k + 1)
            except BrokenProcessPool:
                deaths[k] += 1
                if deaths[k] >= 2:
                    out[k] = {"error": "the extraction process died while reading it"}
                if pool.broken:
                    pool.restart()
                resubmit(k if out[k] is None else k + 1)
            except Exception as e:  # noqa: BLE001 - the task itself failed (not the article)
                out[k] = {"error": f"{type(e).__name__}: {e}"}
    return out  # type: ignore[return-value]


def _submit(articles: list[Article], split: Callable[[list[int]], list[list[int]]],
            send: Callable[[list[dict]], Any],
            collect: Callable[[list[dict], Any], list[dict]] | None = None
            ) -> Callable[[], list[ArticleFacts | IngestError]]:
    """The cascade here, the candidates (indices, cut by ``split``) sent as tasks of article
    dicts (``send`` returns a future); returns the function that collects the results in
    input order (per-article failures as IngestErrors). ``collect(records, future)``: how
    one task's results are waited for (default ``future.result()``)."""
    out: list[ArticleFacts | IngestError | None] = [no_cue_facts(a) for a in articles]
    todo = [i for i, r in enumerate(out) if r is None]
    chunks = split(todo)
    sent = [[articles[i].to_dict() for i in chunk] for chunk in chunks]
    futures = [send(records) for records in sent]
    if collect is None:
        sent = [[] for _ in chunks]  # not needed after sending: free them

    def wait() -> list[ArticleFacts | IngestError]:
        for chunk, records, fut in zip(chunks, sent, futures):
            results = collect(records, fut) if collect is not None else fut.result()
            for i, d in zip(chunk, results):
                out[i] = _result(articles[i], d, "report")
        return out  # type: ignore[return-value]

    return wait


def submit_pooled(articles: list[Article], pool, workers: int
                  ) -> Callable[[], list[ArticleFacts | IngestError]]:
    """Start extracting one batch on a process pool; returns a function that waits for the
    results (in input order). The cascade runs here: only candidate articles are shipped,
    split evenly over the workers; the rest take the extractor's cheap no-cue path in this
    process. Returning before the workers finish lets the caller store the previous batch
    meanwhile."""
    timeout = getattr(pool, "timeout", None)
    return _submit(articles,
                   lambda todo: [todo[k::workers] for k in range(workers) if todo[k::workers]],
                   lambda records: pool.submit(_extract_batch, records, timeout),
                   lambda records, fut: _collect_pooled(pool, records, fut))


def submit_dask(articles: list[Article], client, workers: int | None = None
                ) -> Callable[[], list[ArticleFacts | IngestError]]:
    """Start extracting one batch on a Dask cluster; returns a function that waits for the
    results (in input order), like :func:`submit_pooled`: the cascade runs here, candidates
    go to the workers in tasks of at most 32 spread over the workers, and the caller can
    store the previous batch meanwhile. Per-article failures come back as IngestErrors."""
    n = workers or _workers(client)

    def split(todo: list[int]) -> list[list[int]]:
        size = min(32, max(1, -(-len(todo) // n)))
        return [todo[k:k + size] for k in range(0, len(todo), size)]

    return _submit(articles, split,
                   lambda records: client.submit(_extract_batch, records, pure=False))


def extract_pooled(articles: list[Article], pool, workers: int
                   ) -> list[ArticleFacts | IngestError]:
    """Extract one batch on a process pool, results in input order (see submit_pooled)."""
    return submit_pooled(articles, pool, workers)()


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


@contextmanager
def dask_client(scheduler: str | None = None, n_workers: int | None = None):
    """A Dask client on ``scheduler``, or on a fresh LocalCluster (one thread per worker)."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        client = Client(scheduler)
        try:
            yield client
        finally:
            client.close()
        return
    n = n_workers or max(1, min(os.cpu_count() or 1, 8))
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=40) as cluster:
        with Client(cluster) as client:
            yield client


def _workers(client) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


def _result(article: Article, d: dict, errors: str) -> ArticleFacts | IngestError:
    if "error" not in d:
        return ArticleFacts.from_dict(d)
    reason = f"extraction failed for {article.id!r}: {d['error']}"
    if errors == "raise":
        raise RuntimeError(reason)
    return IngestError(article.path or article.id, reason)


def extract_dask(articles: Iterable[Article], client, *, batch_size: int | None = None,
                 max_in_flight: int | None = None, errors: str = "raise"
                 ) -> Iterator[ArticleFacts | IngestError]:
    """Extract on a Dask cluster; yields results in input order.

    The cascade's first stage runs here (it is cheaper than shipping the text): articles
    with no labor cue get their facts in this process (:func:`~picketline.cascade.no_cue_facts`,
    no model needed), the others go to the workers in
    batches (``batch_size``; by default spread evenly over the workers when ``articles`` is
    a list, at most 32 per task), with at most ``max_in_flight`` batches pending.
    ``errors``: ``"raise"`` on an article the extractors fail on, or ``"report"`` to yield an
    :class:`IngestError` for it and go on.
    """
    workers = _workers(client)
    limit = max_in_flight or 2 * workers
    if batch_size is None:
        if isinstance(articles, list):
            n = sum(1 for a in articles if might_be_labor(a.text)
                    or might_be_labor(a.title or ""))
            batch_size = min(32, max(1, -(-n // workers)))
        else:
            batch_size = 32
    pending: deque[_Slot] = deque()  # one slot per article, in input order
    in_flight = 0
    current: _Batch | None = None

    def submit(b: _Batch) -> None:
        nonlocal in_flight
        b.future = client.submit(_extract_batch, [a.to_dict() for a in b.articles], pure=False)
        in_flight += 1

    def drain(final: bool = False) -> Iterator[ArticleFacts | IngestError]:
        nonlocal in_flight
        while pending:
            slot = pending[0]
            b = slot.batch
            if b is not None and b.results is None:
                if b.future is None:
                    break  # its batch is still being filled: what follows waits for it
                if not (final or in_flight >= limit or b.future.done()):
                    break
                b.results = [_result(a, d, errors)
                             for a, d in zip(b.articles, b.future.result())]
                b.future = None
                in_flight -= 1
            pending.popleft()
            yield slot.result if b is None else b.results[slot.index]

    for a in articles:
        ruled_out = no_cue_facts(a)
        if ruled_out is None:
            if current is None:
                current = _Batch()
            pending.append(_Slot(batch=current, index=len(current.articles)))
            current.articles.append(a)
            if len(current.articles) >= batch_size:
                submit(current)
                current = None
        else:
            pending.append(_Slot(result=ruled_out))
        yield from drain()
    if current is not None:
        submit(current)
    yield from drain(final=True)


class _Batch:
    """Articles sent to a worker together, the future of their results, then the results."""

    def __init__(self) -> None:
        self.articles: list[Article] = []
        self.future = None
        self.results: list | None = None


class _Slot:
    """One article's place in the output: its result, or its place in a batch."""

    __slots__ = ("result", "batch", "index")

    def __init__(self, result=None, batch: _Batch | None = None, index: int = 0) -> None:
        self.result, self.batch, self.index = result, batch, index


def extract_with(articles: Iterable[Article], engine: str = "local", *,
                 scheduler: str | None = None, client=None, timeout: float | None = None
                 ) -> Iterator[ArticleFacts | IngestError]:
    """Extract with the named engine (``local`` or ``dask``). With ``timeout`` (local engine),
    an article whose extraction fails or takes longer gives an :class:`IngestError` naming it
    in its place, and the rest go on."""
    if engine == "local":
        from .extract import extract_articles

        if not timeout:
            yield from extract_articles(articles)
            return
        for article in articles:
            got = extract_one(article, timeout=timeout)
            yield got if not isinstance(got, str) else \
                IngestError(article.path or article.id, got)
    elif engine == "dask":
        if client is not None:
            yield from extract_dask(articles, client)
        else:
            with dask_client(scheduler) as c:
                yield from extract_dask(articles, c)
    else:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
