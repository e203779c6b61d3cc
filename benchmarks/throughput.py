"""End-to-end ingest throughput on a synthetic mixed news stream.

    python benchmarks/throughput.py --articles 10000 [--labor-share 0.03] [--seed 1]
                                    [--keep DIR] [--engine local|dask]

Generates N articles as one JSONL file from templates of our own (about 3 % labor-action
reports, the rest varied news, some using "strike" in other senses), ingests it end to end
(read, dedupe, store, cascade, extract, link) into a fresh SQLite database, and prints one
JSON object: articles, labor_articles, seconds, articles_per_s, labor_articles_per_s,
peak_rss_mb (the benchmark process's peak resident set, model included).
"""
from __future__ import annotations

import argparse
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
EMPLOYERS = {
    "transportation": ["Riverside Regional Transit", "Metro Valley Transit Authority"],
    "education": ["Pinecrest Unified School District", "Harlan County Schools"],
    "health_care": ["St. Brigid Medical Center", "Lakeshore Health System"],
    "manufacturing": ["Norcastle Axle Works", "Tri-County Stamping"],
    "hospitality_food": ["Bayview Grand Hotel", "Marlowe Resort and Casino"],
    "telecom_tech": ["Northstar Telecom", "Cobalt Fiber Networks"],
}
PLACES = [("Fresno", "California"), ("Toledo", "Ohio"), ("Spokane", "Washington"),
          ("Albany", "New York"), ("Tucson", "Arizona"), ("Madison", "Wisconsin")]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
FILLER = [
    "Officials said the schedule could change as talks continue.",
    "Neither side would comment on the details of the latest proposals.",
    "The last contract expired in June, and negotiations have dragged on for months.",
    "Community groups have organized food drives for the families involved.",
    "Local businesses near the site said they expect fewer customers this week.",
    "A spokesperson said the organization remains committed to a fair resolution.",
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
    ("Bowling league crowns champions",
     "Bowlers in the {city} winter league finished the season on {day}; the champion rolled "
     "a strike in the tenth frame to win by three pins."),
    ("Developers strike a deal on downtown tower",
     "Two developers agreed to strike a deal on {day} for a mixed-use tower in {city}, "
     "pending approval from the planning commission."),
    ("Court strikes down parking ordinance",
     "A judge in {city} struck down a parking ordinance on {day}, saying it conflicted with "
     "state law. The city said it would appeal."),
    ("Farmers market opens for the season",
     "The {city} farmers market opened on {day} with 60 vendors selling produce, bread and "
     "flowers. Organizers expect larger crowds in the summer."),
    ("School board hears plan for new science labs",
     "The {city} school board heard a proposal on {day} to renovate science labs at two high "
     "schools. A vote is expected next month."),
]


def labor_article(rng: random.Random, i: int) -> dict:
    full, short, workers, industry = rng.choice(UNIONS)
    employer = rng.choice(EMPLOYERS[industry])
    city, state = rng.choice(PLACES)
    local = rng.randint(10, 2999)
    n = rng.choice([350, 800, 1200, 2500, 4100, 7000])
    want, offer = rng.choice([(12, 6), (18, 9), (25, 14), (30, 23)])
    day = rng.choice(DAYS)
    status = rng.choice(["ongoing", "scheduled", "authorized"])
    if status == "ongoing":
        lead = (f"About {n:,} {workers} at {employer} in {city} walked off the job {day}, "
                f"launching a strike called by Local {local} of the {full}.")
    elif status == "scheduled":
        lead = (f"More than {n:,} {workers} at {employer} will strike starting {day}, "
                f"{short} Local {local} announced, after talks broke down.")
    else:
        lead = (f"Members of {short} Local {local} voted to authorize a strike at {employer} "
                f"in {city}, {state}, where {n:,} {workers} work under an expired contract.")
    body = [lead,
            f"The union is seeking raises of {want}% over three years, while {employer} has "
            f"offered {offer}%.",
            f"Picket lines formed outside the main entrance in {city}, {state}, as workers "
            f"carried signs demanding fair pay and safe staffing.",
            *rng.sample(FILLER, 3)]
    return {"id": f"labor-{i}", "title": f"{short} workers at {employer} in strike action",
            "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "source": "Synthetic Wire", "text": "\n\n".join(body)}


def news_article(rng: random.Random, i: int) -> dict:
    title, para = rng.choice(NEWS)
    city, _ = rng.choice(PLACES)
    day = rng.choice(DAYS)
    body = [para.format(city=city, day=day)] + rng.sample(FILLER[1:], 2) + [
        f"Reporter's note {i}: residents of {city} can find more information on the city's "
        f"website or at the public library."]
    return {"id": f"news-{i}", "title": title.format(city=city),
            "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "source": "Synthetic Wire", "text": "\n\n".join(body)}


def generate(path: Path, n: int, labor_share: float, seed: int) -> int:
    rng = random.Random(seed)
    labor = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            if rng.random() < labor_share:
                rec = labor_article(rng, i)
                labor += 1
            else:
                rec = news_article(rng, i)
            out.write(json.dumps(rec) + "\n")
    return labor


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--labor-share", type=float, default=0.03)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--engine", default="local")
    ap.add_argument("--keep", type=Path, default=None, help="keep the stream and database here")
    args = ap.parse_args()

    from picketline.pipeline import run_ingest
    from picketline.store import Store

    work = args.keep or Path(tempfile.mkdtemp(prefix="picketline-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    stream = work / "stream.jsonl"
    generated_labor = generate(stream, args.articles, args.labor_share, args.seed)
    db = work / "bench.db"
    if db.exists():
        db.unlink()
    store = Store(f"sqlite:///{db}")
    t0 = time.perf_counter()
    report = run_ingest([stream], store, engine=args.engine)
    dt = time.perf_counter() - t0
    store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "articles": report.articles_read, "added": report.added,
        "labor_generated": generated_labor, "labor_articles": report.labor,
        "seconds": round(dt, 2), "articles_per_s": round(report.articles_read / dt, 1),
        "labor_articles_per_s": round(report.labor / dt, 2), "peak_rss_mb": round(peak, 1),
        "engine": args.engine,
    }))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
