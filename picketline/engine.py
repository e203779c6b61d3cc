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
from typing import Iterable, Iterator

from .model import Article, ArticleFacts

ENGINES = ("local", "dask")


def _extract_batch(records: list[dict]) -> list[dict]:
    """Worker side: article dicts in, ArticleFacts dicts out (plain data crosses the wire)."""
    from .extract import extract_article
    from .nlp import load_model

    nlp = load_model()  # cached per worker process
    return [extract_article(Article.from_dict(r), nlp).to_dict() for r in records]


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


def extract_dask(articles: Iterable[Article], client, *, batch_size: int = 32,
                 max_in_flight: int | None = None) -> Iterator[ArticleFacts]:
    """Extract on a Dask cluster; yields ArticleFacts in input order."""
    limit = max_in_flight or 2 * max(1, len(client.scheduler_info().get("workers", {})) or 1)
    pending: deque = deque()
    for batch in _batches(articles, batch_size):
        pending.append(client.submit(_extract_batch, [a.to_dict() for a in batch], pure=False))
        while len(pending) >= limit:
            yield from (ArticleFacts.from_dict(d) for d in pending.popleft().result())
    while pending:
        yield from (ArticleFacts.from_dict(d) for d in pending.popleft().result())


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
