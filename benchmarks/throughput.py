"""End-to-end ingest throughput on a synthetic mixed news stream.

    python benchmarks/throughput.py --articles 10000 [--labor-share 0.03] [--per-day 300]
        [--seed 1] [--batch-size 1000] [--engine local|dask] [--workers N]
        [--scheduler ADDR] [--rerun] [--keep DIR]

Generates N articles as one JSONL file from templates of our own, in publication order at a
steady number a day (about 3 % labor-action reports, most of them about disputes already in
the news; the rest varied news, some using "strike" or "protest" in other senses), ingests
it end to end (read, dedupe, cascade, extract, store, link into disputes) into a fresh
SQLite database, and prints one JSON object: articles, labor_articles, disputes, seconds,
cpu_seconds (this process and its workers),
articles_per_s, labor_articles_per_s, the rate over the first and the last tenth of the
stream and over each tenth (is time per article flat? the first tenth also loads the
model), linking_bcubed (the disputes found against the generator's own, B-cubed over labor
articles), peak_rss_mb (this process, model included), peak_rss_child_mb (the largest worker
process, sampled), peak_rss_all_processes_mb (this process and every worker together,
sampled), and with ``--rerun`` how long a second ingest of the same stream takes.
"""
from __future__ import annotations

import argparse
from datetime import date, timedelta
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

UNIONS = [
    ("Amalgamated Transit Union", "ATU", "bus drivers and mechanics", "transportation"),
    ("Service Employees International Union", "SEIU", "custodians and aides", "education"),
    ("National Nurses United", "NNU", "registered nurses", "health_care"),
    ("United Auto Workers", "UAW", "assembly workers", "manufacturing"),
    ("UNITE HERE", "UNITE HERE", "housekeepers and cooks", "hospitality_food"),
    ("Communications Workers of America", "CWA", "technicians", "telecom_tech"),
]
# Employers are made from a prefix and a kind of workplace, and each new dispute takes one
# not used before: real coverage seldom sees the same employer and union start a second
# dispute within a year, and a stream that reused a dozen names would leave a linker no way
# to tell a new dispute from one still in the news (they would chain into ever-growing ones).
EMPLOYER_KINDS = {
    "transportation": ["Regional Transit", "Transit Authority", "Area Transit",
                       "Metro Transit", "Bus Lines"],
    "education": ["Unified School District", "County Schools", "School District",
                  "Community College District", "Public Schools"],
    "health_care": ["Medical Center", "Health System", "Memorial Hospital",
                    "Community Hospital", "Regional Medical Center"],
    "manufacturing": ["Axle Works", "Stamping", "Tool and Die", "Manufacturing",
                      "Foundry"],
    "hospitality_food": ["Grand Hotel", "Resort and Casino", "Plaza Hotel", "Inn and Suites",
                         "Convention Center"],
    "telecom_tech": ["Telecom", "Fiber Networks", "Communications", "Wireless",
                     "Broadband"],
}
EMPLOYER_PREFIXES = [
    "Ashford", "Bellmont", "Cedar Ridge", "Dunmore", "Elmhurst", "Fairhaven", "Glenwood",
    "Hollis", "Ironwood", "Juniper", "Kingsley", "Larchmont", "Maplewood", "Northgate",
    "Oakhurst", "Pinecrest", "Quarry Hill", "Redfield", "Stonebridge", "Thornton",
    "Vernon Hills", "Westbrook", "Yarrow", "Alderbrook", "Briarwood", "Crestview", "Deerfield",
    "Eastlake", "Foxhollow", "Greystone", "Harborview", "Indian Creek", "Jasper", "Kestrel",
    "Lakeshore", "Millbrook", "Norcastle", "Orchard Park", "Prairie View", "Riverside",
    "Silver Lake", "Timberline", "Upland", "Valley Forge", "Willowdale", "Bayview", "Marlowe",
    "Harlan", "St. Brigid", "Cobalt", "Northstar", "Tri-County", "Summit", "Granite Falls",
    "Copper Canyon", "Sandstone", "Hawthorne", "Linden", "Magnolia", "Sterling",
]
PLACES = [("Fresno", "California"), ("Toledo", "Ohio"), ("Spokane", "Washington"),
          ("Albany", "New York"), ("Tucson", "Arizona"), ("Madison", "Wisconsin"),
          ("Dayton", "Ohio"), ("Boise", "Idaho"), ("Omaha", "Nebraska"),
          ("Richmond", "Virginia"), ("Savannah", "Georgia"), ("Eugene", "Oregon"),
          ("Duluth", "Minnesota"), ("Lansing", "Michigan"), ("Reno", "Nevada"),
          ("Wichita", "Kansas"), ("Erie", "Pennsylvania"), ("Springfield", "Illinois")]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
FILLER = [
    "Officials said the schedule could change as talks continue.",
    "Neither side would comment on the details of the latest proposals.",
    "The last contract expired in June, and negotiations have dragged on for months.",
    "Community groups have organized food drives for the families involved.",
    "Local businesses near the site said they expect fewer customers this week.",
    "A spokesperson said the organization remains committed to a fair resolution.",
]
LABOR_FILLER = [
    "{employer} said it would keep operating with managers and temporary staff.",
    "The two sides last met on {day} with a federal mediator but made little progress.",
    "Workers said rising rents and child care costs had made their pay impossible to live on.",
    "{employer} called the union's demands unaffordable and said its offer was generous.",
    "The union said health insurance premiums had nearly doubled over the last contract.",
    "Several elected officials joined the workers on {day} and urged both sides to settle.",
    "Turnover has climbed, workers said, and vacancies have gone unfilled for months.",
    "A second bargaining session is scheduled for next week, according to the union.",
    "The previous agreement, signed four years ago, included raises of 2 percent a year.",
    "\"We did not want it to come to this,\" said one worker with eleven years on the job.",
    "{employer} said customers should expect delays while the dispute continues.",
    "The union's bargaining committee said it would put any new offer to a vote of members.",
]
LEADS = {
    "ongoing": [
        "About {n:,} {workers} at {employer} in {city} walked off the job {day}, launching a "
        "strike called by Local {local} of the {full}.",
        "The strike by {n:,} {workers} at {employer} entered its second day {day}, with "
        "members of {short} Local {local} picketing in {city}.",
        "{short} Local {local} said about {n:,} {workers} remained on strike at {employer} "
        "in {city}, {state}, on {day}.",
    ],
    "scheduled": [
        "More than {n:,} {workers} at {employer} will strike starting {day}, {short} Local "
        "{local} announced, after talks broke down.",
        "{workers} at {employer} in {city} set a strike for {day} unless a deal is reached, "
        "Local {local} of the {full} said.",
    ],
    "authorized": [
        "Members of {short} Local {local} voted to authorize a strike at {employer} in "
        "{city}, {state}, where {n:,} {workers} work under an expired contract.",
        "An overwhelming majority of the {n:,} {workers} represented by Local {local} of the "
        "{full} voted {day} to authorize a strike against {employer}.",
    ],
}
WAGES = [
    "The union is seeking raises of {want}% over three years, while {employer} has offered "
    "{offer}%.",
    "{employer} has offered {offer}% over three years; the union wants {want}%.",
    "The gap between the sides is wide: the union proposes {want}% and {employer} {offer}%.",
]
PICKETS = [
    "Picket lines formed outside the main entrance in {city}, {state}, as workers carried "
    "signs demanding fair pay and safe staffing.",
    "Workers marched outside the {employer} offices in {city} with signs reading \"Fair "
    "contract now.\"",
    "Pickets were expected at every site in the {city} area, the union said.",
]
NEWS = [
    ("City council approves budget for {city}",
     "The {city} City Council voted 6-3 on {day} to approve a budget that adds money for road "
     "repairs and library hours. Council members debated the plan for four hours."),
    ("Storm brings lightning strikes and power outages to {city}",
     "A line of storms moved through {city} on {day}, and a lightning strike set a barn on fire "
     "east of town. Utility crews restored power to most homes by evening."),
    ("Local team wins in extra innings",
     "The {city} Sparrows won 5-4 in eleven innings on {day}. Their closer threw a called third "
     "strike to end the game, and the crowd of 8,000 stayed to the last pitch."),
    ("Court strikes down parking ordinance",
     "A judge in {city} struck down a parking ordinance on {day}, saying it conflicted with "
     "state law. The city said it would appeal."),
    ("Residents protest plan for highway widening",
     "Dozens of residents gathered outside {city} City Hall on {day} to protest a plan to widen "
     "the highway through their neighborhood, saying it would bring noise and traffic."),
    ("Farmers market opens for the season",
     "The {city} farmers market opened on {day} with 60 vendors selling produce, bread and "
     "flowers. Organizers expect larger crowds in the summer."),
    ("School board hears plan for new science labs",
     "The {city} school board heard a proposal on {day} to renovate science labs at two high "
     "schools. A vote is expected next month."),
    ("New clinic to open downtown",
     "A primary care clinic will open in downtown {city} next month, the county health "
     "department said {day}. It will offer evening hours and walk-in appointments."),
    ("Home prices edge higher",
     "Median home prices in {city} rose 2.1 percent from a year earlier, a report released "
     "{day} showed, while the number of listings fell for a third straight month."),
    ("Bridge repairs to close two lanes",
     "Crews will close two lanes of the river bridge in {city} starting {day} for deck "
     "repairs expected to last six weeks. Drivers are urged to use the bypass."),
    ("University receives research grant",
     "The university in {city} received a $4 million federal grant on {day} to study "
     "drought-resistant crops. Researchers plan field trials over the next three years."),
    ("Tech company expands office",
     "A software company announced {day} that it will add 200 jobs at its {city} office over "
     "two years, citing the region's universities and lower costs."),
    ("Library launches summer reading program",
     "The {city} public library launched its summer reading program on {day}. Children who "
     "read ten books will receive a free pass to the county fair."),
    ("Police investigate break-in at hardware store",
     "Police in {city} are investigating a break-in at a hardware store early {day}. Nothing "
     "of value was taken, the owner said."),
    ("Museum unveils new exhibit",
     "The {city} art museum unveiled an exhibit of regional landscape painting on {day}, "
     "with works on loan from three private collections."),
    ("Water utility plans rate increase",
     "The {city} water utility proposed a 4 percent rate increase on {day} to pay for pipe "
     "replacement. A public hearing is set for next month."),
]
DISPUTE_DAYS = 21  # a dispute is reported for about three weeks
DISPUTE_REUSE = 0.7  # share of labor articles about a dispute already in the news


class Disputes:
    """Fictional disputes that come and go: most labor articles report one already in the
    news (as real coverage does), the others start a new one."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.active: list[dict] = []
        self.count = 0
        self.employers: dict[str, list[str]] = {}
        for industry, kinds in EMPLOYER_KINDS.items():
            names = [f"{p} {k}" for p in EMPLOYER_PREFIXES for k in kinds]
            rng.shuffle(names)
            self.employers[industry] = names

    def employer(self, industry: str) -> str:
        """A name not used yet in this industry (reused only once all are taken)."""
        names = self.employers[industry]
        name = names.pop()
        names.insert(0, name)
        return name

    def pick(self, day: int) -> dict:
        self.active = [d for d in self.active if day - d["start"] <= DISPUTE_DAYS]
        if self.active and self.rng.random() < DISPUTE_REUSE:
            return self.rng.choice(self.active)
        rng = self.rng
        full, short, workers, industry = rng.choice(UNIONS)
        d = {"start": day, "full": full, "short": short, "workers": workers,
             "employer": self.employer(industry), "place": rng.choice(PLACES),
             "local": rng.randint(10, 2999),
             "n": rng.choice([350, 800, 1200, 2500, 4100, 7000]),
             "wage": rng.choice([(12, 6), (18, 9), (25, 14), (30, 23)]), "no": self.count}
        self.count += 1
        self.active.append(d)
        return d


def labor_article(rng: random.Random, i: int, published: str, d: dict) -> dict:
    city, state = d["place"]
    want, offer = d["wage"]
    fill = dict(d, city=city, state=state, want=want, offer=offer, day=rng.choice(DAYS),
                workers=d["workers"])
    status = rng.choice(list(LEADS))
    lead = rng.choice(LEADS[status]).format(**fill)
    body = [lead[0].upper() + lead[1:], rng.choice(WAGES).format(**fill),
            rng.choice(PICKETS).format(**fill),
            *(f.format(**fill) for f in rng.sample(LABOR_FILLER, 3)),
            *rng.sample(FILLER, 2)]
    return {"id": f"labor-{i}",
            "title": f"{d['short']} workers at {d['employer']} in strike action",
            "published": published, "source": "Synthetic Wire", "text": "\n\n".join(body)}


def news_article(rng: random.Random, i: int, published: str) -> dict:
    title, para = rng.choice(NEWS)
    city, _ = rng.choice(PLACES)
    day = rng.choice(DAYS)
    body = [para.format(city=city, day=day)] + rng.sample(FILLER[1:], 2) + [
        f"Reporter's note {i}: residents of {city} can find more information on the city's "
        f"website or at the public library."]
    return {"id": f"news-{i}", "title": title.format(city=city),
            "published": published, "source": "Synthetic Wire", "text": "\n\n".join(body)}


def generate(path: Path, n: int, labor_share: float, seed: int, per_day: int,
             truth: dict[str, int] | None = None) -> int:
    """Write the stream: ``per_day`` articles a day in publication order from 2023-01-01
    (a news feed's steady volume), each a labor article with probability ``labor_share``.
    Returns the number of labor articles; ``truth`` gets each one's dispute number."""
    rng = random.Random(seed)
    disputes = Disputes(rng)
    first = date(2023, 1, 1)
    labor = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            day = i // per_day
            published = (first + timedelta(days=day)).isoformat()
            if rng.random() < labor_share:
                d = disputes.pick(day)
                rec = labor_article(rng, i, published, d)
                labor += 1
                if truth is not None:
                    truth[rec["id"]] = d["no"]
            else:
                rec = news_article(rng, i, published)
            out.write(json.dumps(rec) + "\n")
    return labor


def bcubed(gold: dict[str, object], pred: dict[str, object]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of ``pred`` clusters against ``gold`` (both map an
    article id to its cluster; an article missing from ``pred`` is a cluster of its own)."""
    from collections import Counter

    ids = list(gold)
    if not ids:
        return {"p": 0.0, "r": 0.0, "f1": 0.0}
    pred = {i: pred.get(i, ("alone", i)) for i in ids}
    both = Counter((gold[i], pred[i]) for i in ids)
    g, q = Counter(gold[i] for i in ids), Counter(pred[i] for i in ids)
    p = sum(both[(gold[i], pred[i])] / q[pred[i]] for i in ids) / len(ids)
    r = sum(both[(gold[i], pred[i])] / g[gold[i]] for i in ids) / len(ids)
    return {"p": round(p, 4), "r": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


class TreeMemory:
    """Samples the resident memory of this process and every process below it (pool
    workers are children of a forkserver, so ``RUSAGE_CHILDREN`` never sees them) twice a
    second from /proc; keeps the peak of the sum and of the largest single process."""

    def __init__(self, interval: float = 0.5) -> None:
        import os
        import threading

        self.root = os.getpid()
        self.peak_total = self.peak_child = 0.0
        self._tick = os.sysconf("SC_CLK_TCK")
        self._cpu: dict[int, float] = {}  # descendant pid -> CPU seconds last seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(interval,), daemon=True)

    def __enter__(self) -> "TreeMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def descendants_cpu(self) -> float:
        """CPU seconds of the processes below this one (as last sampled)."""
        return sum(self._cpu.values())

    def _procs(self) -> dict[int, tuple[int, float, float]]:
        """pid -> (parent pid, RSS in MB, CPU seconds) of every readable process."""
        out = {}
        for d in Path("/proc").iterdir():
            if not d.name.isdigit():
                continue
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
                pages = int((d / "statm").read_text().split()[1])
            except (OSError, ValueError, IndexError):
                continue
            cpu = (int(fields[11]) + int(fields[12])) / self._tick
            out[int(d.name)] = (int(fields[1]), pages * 4096 / 2**20, cpu)
        return out

    def _run(self, interval: float) -> None:
        while not self._stop.wait(interval):
            procs = self._procs()
            tree, todo = set(), [self.root]
            while todo:
                p = todo.pop()
                tree.add(p)
                todo.extend(c for c, v in procs.items() if v[0] == p and c not in tree)
            total = sum(procs[p][1] for p in tree if p in procs)
            child = max((procs[p][1] for p in tree if p in procs and p != self.root),
                        default=0.0)
            for p in tree - {self.root}:
                if p in procs:
                    self._cpu[p] = procs[p][2]
            self.peak_total = max(self.peak_total, total)
            self.peak_child = max(self.peak_child, child)


def _cpu_seconds(sampled_descendants: float = 0.0) -> float:
    """CPU time of this process and of its descendants: the children it reaped, or those
    sampled from /proc (pool workers belong to a forkserver, which this process never
    reaps), whichever is larger."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + max(kids.ru_utime + kids.ru_stime, sampled_descendants)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--labor-share", type=float, default=0.03)
    ap.add_argument("--per-day", type=int, default=300, help="articles per publication day")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=None,
                    help="articles per batch (default: the pipeline's BATCH_SIZE)")
    ap.add_argument("--engine", default="local")
    ap.add_argument("--workers", type=int, default=0,
                    help="local engine: extraction processes (default 0: automatic, as "
                         "`picketline ingest` chooses: one per core, up to 4, for 5,000 "
                         "articles or more)")
    ap.add_argument("--scheduler", default=None, help="Dask scheduler address")
    ap.add_argument("--rerun", action="store_true",
                    help="ingest the same stream again and time it (everything skipped)")
    ap.add_argument("--keep", type=Path, default=None, help="keep the stream and database here")
    args = ap.parse_args()

    from picketline.pipeline import BATCH_SIZE, auto_workers, run_ingest
    from picketline.store import Store

    args.batch_size = args.batch_size or BATCH_SIZE
    if args.workers == 0:
        args.workers = auto_workers(args.articles) if args.engine == "local" else 1

    work = args.keep or Path(tempfile.mkdtemp(prefix="picketline-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    stream = work / "stream.jsonl"
    truth: dict[str, int] = {}
    generated_labor = generate(stream, args.articles, args.labor_share, args.seed, args.per_day,
                               truth)
    db = work / "bench.db"
    for f in work.glob("bench.db*"):
        f.unlink()
    store = Store(f"sqlite:///{db}")
    marks: list[tuple[int, float]] = []
    cpu0 = _cpu_seconds()
    t0 = time.perf_counter()
    with TreeMemory() as memory:
        report = run_ingest([stream], store, engine=args.engine, scheduler=args.scheduler,
                            workers=args.workers, batch_size=args.batch_size,
                            progress=lambda n: marks.append((n, time.perf_counter())))
    dt = time.perf_counter() - t0
    cpu = _cpu_seconds(memory.descendants_cpu) - cpu0
    disputes = store.count_disputes()
    linking = bcubed(truth, store.disputes_of(truth))
    rerun = None
    if args.rerun:
        t1 = time.perf_counter()
        again = run_ingest([stream], store, batch_size=args.batch_size)
        rerun = {"seconds": round(time.perf_counter() - t1, 2), "added": again.added,
                 "duplicates": again.duplicates}
    store.close()

    def rate(lo: float, hi: float) -> float | None:
        """Articles per second between two fractions of the stream (from batch marks)."""
        pts = [(0, t0)] + marks
        a = min(pts, key=lambda p: abs(p[0] - lo * report.articles_read))
        b = min(pts, key=lambda p: abs(p[0] - hi * report.articles_read))
        return round((b[0] - a[0]) / (b[1] - a[1]), 1) if b[1] > a[1] else None

    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
               memory.peak_child)
    print(json.dumps({
        "articles": report.articles_read, "added": report.added,
        "labor_generated": generated_labor, "labor_articles": report.labor,
        "disputes": disputes, "disputes_generated": len(set(truth.values())),
        "linking_bcubed": linking, "skipped": report.skipped,
        "seconds": round(dt, 2), "cpu_seconds": round(cpu, 2),
        "articles_per_s": round(report.articles_read / dt, 1),
        "labor_articles_per_s": round(report.labor / dt, 2),
        "articles_per_cpu_s": round(report.articles_read / cpu, 1) if cpu else None,
        "articles_per_s_first_tenth": rate(0.0, 0.1),
        "articles_per_s_last_tenth": rate(0.9, 1.0),
        "articles_per_s_by_tenth": [rate(k / 10, (k + 1) / 10) for k in range(10)],
        "peak_rss_mb": round(me, 1), "peak_rss_child_mb": round(kids, 1),
        "peak_rss_all_processes_mb": round(max(memory.peak_total, me), 1),
        "engine": args.engine, "workers": args.workers, "batch_size": args.batch_size, "rerun": rerun,
    }))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
