"""Execution engines for the per-article work (extraction).

``local`` runs the extractors in this process. ``dask`` sends batches of articles to a Dask
cluster (a ``LocalCluster`` when no scheduler address is given) and streams the results back
in input order, with a bounded number of batches in flight so memory stays flat however long
the input is. Each worker process loads the spaCy model once and keeps it. Linking and
consolidation need every article and run afterwards, in the caller, whatever the engine.
"""
from __future__ import annotations

import os
from collections import deque
from contextlib import contextmanager
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

from .cascade import might_be_labor, no_cue_facts
from .model import Article, ArticleFacts, IngestError

ENGINES = ("local", "dask")


def _extract_batch(records: list[dict]) -> list[dict]:
    """Worker side: article dicts in, ArticleFacts dicts out (plain data crosses the wire).
    An article the extractors fail on gives ``{"error": reason}`` in its place, so one bad
    article does not cost its batch."""
    from .extract import extract_article
    from .nlp import load_model

    nlp = load_model()  # cached per worker process
    out = []
    for r in records:
        try:
            out.append(extract_article(Article.from_dict(r), nlp).to_dict())
        except Exception as e:  # noqa: BLE001 - reported per article by the caller
            out.append({"error": f"{type(e).__name__}: {e}"})
    return out


@contextmanager
def process_pool(workers: int):
    """A pool of ``workers`` extraction processes (``forkserver``: nothing of the parent's
    database connections or threads is inherited); each loads the spaCy model once, on its
    first batch (loading it in the server before forking was measured slower: the two
    workers load in parallel)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        yield pool


def _submit(articles: list[Article], split: Callable[[list[int]], list[list[int]]],
            send: Callable[[list[dict]], Any]) -> Callable[[], list[ArticleFacts | IngestError]]:
    """The cascade here, the candidates (indices, cut by ``split``) sent as tasks of article
    dicts (``send`` returns a future); returns the function that collects the results in
    input order (per-article failures as IngestErrors)."""
    out: list[ArticleFacts | IngestError | None] = [no_cue_facts(a) for a in articles]
    todo = [i for i, r in enumerate(out) if r is None]
    chunks = split(todo)
    futures = [send([articles[i].to_dict() for i in chunk]) for chunk in chunks]

    def wait() -> list[ArticleFacts | IngestError]:
        for chunk, fut in zip(chunks, futures):
            for i, d in zip(chunk, fut.result()):
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
    return _submit(articles,
                   lambda todo: [todo[k::workers] for k in range(workers) if todo[k::workers]],
                   lambda records: pool.submit(_extract_batch, records))


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
                 scheduler: str | None = None, client=None) -> Iterator[ArticleFacts]:
    """Extract with the named engine (``local`` or ``dask``)."""
    if engine == "local":
        from .extract import extract_articles

        yield from extract_articles(articles)
    elif engine == "dask":
        if client is not None:
            yield from extract_dask(articles, client)
        else:
            with dask_client(scheduler) as c:
                yield from extract_dask(articles, c)
    else:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
