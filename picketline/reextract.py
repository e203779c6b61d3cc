"""Re-extraction: stored articles extracted again by the current extractor.

    from picketline import api
    report = api.reextract(store)                  # facts of another extractor version
    report = api.reextract(store, ids=["a~b"])     # these articles, whatever their version
    report = api.reextract(store, all=True, dry_run=True).selected   # how many there are

Every facts record carries the version of the extractor that made it
(:func:`picketline.versions.extractor_version`, a hash of the extractor's code and data);
ingest never extracts a stored article again, so facts of older rules stay until this runs.
Articles go in batches: each is extracted (outside any lock, on the engine ingest uses), then
its new facts are saved and the disputes it touches are rebuilt in one transaction under the
database's linking lock, as an ingest batch is:

- an article in a dispute stays there (as ingest and reviewers' merges and splits keep
  membership) and the dispute is re-consolidated from its members' new facts, with its link
  key rebuilt; its reviewers' corrections are rows of the review trail, applied again on top,
  so they win as before, beside the new extracted value when that changed;
- an article in a dispute that is no longer a labor action leaves it (a dispute left with
  no article is removed), unless a reviewer corrected, confirmed, merged or split that
  dispute: then the reviewer's judgement stands and it stays;
- a labor article in no dispute is linked as ingest links new ones.

An article that cannot be extracted (its extraction fails or times out, its stored text is
not text, it is larger than the article limit) is reported with its id and the reason and
keeps its old facts; the batch goes on. A second run finds nothing to do.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable

from .model import LIST_FACTS, SCALAR_FACTS, Article, ArticleFacts, IngestError
from .versions import extractor_version

# Articles per committed batch: re-extraction rebuilds every dispute a batch touches once.
BATCH_SIZE = 200
COMPARED = SCALAR_FACTS + LIST_FACTS + ("events", "proposals")

Progress = Callable[[int, int], None]  # (articles done, articles selected)


@dataclass
class ReextractReport:
    """What a re-extraction did (or, ``dry_run``, would do): ``selected`` articles chosen,
    ``reextracted`` of them saved with new facts, ``changed`` of those whose facts differ
    from their old ones (values or evidence) in ``changed_fields`` fields in all;
    ``disputes_rebuilt`` existing disputes re-consolidated, ``disputes_new`` created,
    ``disputes_removed`` left with no article; ``errors``: ``{"id", "reason"}`` of each
    article not re-extracted (it keeps its old facts)."""

    version: str
    selected: int = 0
    reextracted: int = 0
    changed: int = 0
    changed_fields: int = 0
    disputes_rebuilt: int = 0
    disputes_new: int = 0
    disputes_removed: int = 0
    dry_run: bool = False
    errors: list[dict[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._rebuilt: set[str] = set()
        self._new: set[str] = set()
        self._removed: set[str] = set()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def _count(self) -> None:
        self._rebuilt -= self._new | self._removed
        self.disputes_rebuilt = len(self._rebuilt)
        self.disputes_new = len(self._new - self._removed)
        self.disputes_removed = len(self._removed)


def select_articles(store, *, ids: Iterable[str] | None = None, all: bool = False,
                    version: str | None = None) -> tuple[list[str], list[str]]:
    """``(ids to re-extract, ids asked for that are not stored)``: ``ids`` (those stored,
    in the order given), else every article with ``all``, else those whose facts are not of
    ``version`` (default: the current extractor's)."""
    if ids is not None:
        wanted = list(dict.fromkeys(str(i) for i in ids))
        stored = store.stored_hashes(wanted)
        return [i for i in wanted if i in stored], [i for i in wanted if i not in stored]
    if all:
        return store.articles_to_reextract(None), []
    return store.articles_to_reextract(version or extractor_version()), []


def unreadable(article: Article, max_bytes: int | None) -> str | None:
    """Why a stored article cannot be extracted again, or None."""
    if not isinstance(article.text, str):
        return (f"its stored text is not text ({type(article.text).__name__}); "
                "re-ingest the article")
    if max_bytes is not None:
        size = len(article.text.encode("utf-8", "surrogatepass"))
        if size > max_bytes:
            return f"it is {size:,} bytes, over the {max_bytes:,}-byte article limit"
    return None


def _values(f: ArticleFacts | None) -> dict[str, Any]:
    if f is None:
        return {}
    d = f.to_dict()
    return {k: d.get(k) for k in COMPARED}


def changed_fields(old: ArticleFacts | None, new: ArticleFacts) -> list[str]:
    """The fields (facts with their evidence, events, proposals) in which ``new`` differs
    from ``old`` (every field that has a value when there was no old record)."""
    a, b = _values(old), _values(new)
    return [k for k in COMPARED if a.get(k) != b.get(k)]


def _old_facts(store, ids: list[str]) -> dict[str, ArticleFacts]:
    """The stored facts of ``ids``; a record that no longer reads (written by an older
    version) counts as none."""
    try:
        return {f.id: f for f in store.facts(ids)}
    except Exception:  # noqa: BLE001 - one unreadable record: read them one by one
        out = {}
        for i in ids:
            try:
                out.update((f.id, f) for f in store.facts([i]))
            except Exception:  # noqa: BLE001
                pass
        return out


def _reviewed(store, dispute_id: str) -> bool:
    return any(r.get("action") in ("correct", "confirm", "merge", "split")
               for r in store.corrections(target="dispute", target_id=dispute_id))


def relink(store, facts: list[ArticleFacts], report: ReextractReport) -> None:
    """Rebuild the disputes of re-extracted ``facts`` and link their new labor articles (see
    the module docstring). Runs in the caller's transaction, under the linking lock."""
    from . import api

    memberships = store.memberships(f.id for f in facts)
    leaving: dict[str, set[str]] = {}
    rebuild: set[str] = set()
    for f in facts:
        for did in memberships.get(f.id, ()):
            rebuild.add(did)
            if not f.labor and not _reviewed(store, did):
                leaving.setdefault(did, set()).add(f.id)
    for did in sorted(rebuild):
        members = None
        if did in leaving:
            record = store.dispute(did) or {}
            members = [a for a in record.get("article_ids") or [] if a not in leaving[did]]
        if api.rebuild_dispute(store, did, members) is None:
            report._removed.add(did)
        else:
            report._rebuilt.add(did)
    unlinked = [f.id for f in facts if f.labor and f.id not in memberships]
    if unlinked:
        saved = api._link_new(store, unlinked, None)
        fresh = set(unlinked)
        for did, members in store.members_of(saved).items():
            # a dispute all of whose members were just linked is new: an existing one has
            # others (these articles were in none)
            (report._new if set(members) <= fresh else report._rebuilt).add(did)


def run(store, *, ids: Iterable[str] | None = None, all: bool = False,
        batch_size: int = BATCH_SIZE, engine: str = "local", scheduler: str | None = None,
        workers: int = 1, max_bytes: int | None = None, dry_run: bool = False,
        progress: Progress | None = None, report: ReextractReport | None = None
        ) -> ReextractReport:
    """Extract stored articles again (see the module docstring and
    :func:`picketline.api.reextract`); returns the :class:`ReextractReport`."""
    from .ingest.limits import max_article_bytes
    from .pipeline import _submitter, auto_workers

    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    version = extractor_version()
    report = report if report is not None else ReextractReport(version)
    report.dry_run = dry_run
    chosen, unknown = select_articles(store, ids=ids, all=all, version=version)
    report.errors.extend({"id": i, "reason": "no such article"} for i in unknown)
    report.selected = len(chosen)
    if dry_run or not chosen:
        return report
    limit = max_article_bytes(max_bytes)
    if engine == "local" and workers == 0:
        workers = auto_workers(len(chosen))
    done = 0
    if progress is not None:
        progress(0, len(chosen))
    with _submitter(engine, scheduler, workers) as submit:
        for start in range(0, len(chosen), batch_size):
            part = chosen[start:start + batch_size]
            _batch(store, part, submit, limit, report)
            done += len(part)
            if progress is not None:
                progress(done, len(chosen))
    report._count()
    return report


def _batch(store, ids: list[str], submit, limit: int | None, report: ReextractReport) -> None:
    """Extract one batch, then save it and rebuild its disputes in one transaction."""
    good: list[Article] = []
    for a in store.articles_by_ids(ids):
        why = unreadable(a, limit)
        if why is None:
            good.append(a)
        else:
            report.errors.append({"id": a.id, "reason": why})
    results = submit(good)() if good else []
    new: list[ArticleFacts] = []
    for a, out in zip(good, results):
        if isinstance(out, IngestError):
            report.errors.append({"id": a.id, "reason": out.reason})
        else:
            out.id = a.id  # the stored id, whatever the engine made of it
            out.dispute = None
            new.append(out)
    if not new:
        return
    with store.transaction():
        store.lock_linking()
        old = _old_facts(store, [f.id for f in new])
        for f in new:
            diff = changed_fields(old.get(f.id), f)
            report.changed += bool(diff)
            report.changed_fields += len(diff)
        store.save_facts(new)
        relink(store, new, report)
    report.reextracted += len(new)
