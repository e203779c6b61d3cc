#!/usr/bin/env python3
"""Writes gold/tNN.json for the tuneset from the table below (hand-coded, one row per article)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = {  # dispute constants
 "A": dict(dispute="stbrendan-nurses-2025", employers=["St. Brendan Regional Medical Center"],
           unions=["Michigan Registered Nurses Council"], location=("Saginaw", "MI", "US"), industry="health_care"),
 "B": dict(dispute="scioto-valley-teachers-2025", employers=["Scioto Valley City School District"],
           unions=["Scioto Valley Education Association"], location=("Columbus", "OH", "US"), industry="education"),
 "C": dict(dispute="pemberton-grad-workers-2025", employers=["Pemberton University"],
           unions=["UARW Local 7425"], location=("Providence", "RI", "US"), industry="education"),
 "D": dict(dispute="brandt-kessler-lockout-2025", employers=["Brandt-Kessler Hydraulics Inc."],
           unions=["UFMU Local 1553"], location=("Rockford", "IL", "US"), industry="manufacturing"),
 "E": dict(dispute="lakeshore-transit-2025", employers=["Lakeshore Regional Transit Authority"],
           unions=["UTOU Local 1764", "Transport Mechanics Guild Local 412"], location=("Milwaukee", "WI", "US"),
           industry="transportation"),
 "F": dict(dispute="grand-meridian-casino-2025", employers=["Grand Meridian Resort & Casino"],
           unions=["Sierra Hospitality Workers Union Local 86", "Silver State Bartenders Alliance Local 212"],
           location=("Reno", "NV", "US"), industry="hospitality_food"),
 "G": dict(dispute="brightcart-mem4-heat-2025", employers=["Brightcart Inc."],
           unions=["Brightcart Workers United", "Distribution Workers Union Local 667"],
           location=("Memphis", "TN", "US"), industry="retail"),
 "H": dict(dispute="bristol-streetscene-bins-2025", employers=["Bristol Streetscene Ltd"],
           unions=["Unite"], location=("Bristol", None, "GB"), industry="public_administration"),
 "I": dict(dispute="red-river-energy-2025", employers=["Red River Energy Corp."],
           unions=["CEPW Local 2034"], location=("Winnipeg", "MB", "CA"), industry="utilities_energy"),
}
# id: (dispute, published, action_type, status, start, end, participants, demands, demand%, offer%, events)
LABOR = {
 "t01": ("A", "2025-03-04", "strike", "authorized", None, None, 1150, ["pay", "staffing"], 20, 9,
         ["contract_expired", "strike_vote"]),
 "t06": ("A", "2025-03-17", "strike", "scheduled", "2025-03-27", "2025-03-29", 1150, ["pay", "staffing"], 18, 11,
         ["contract_expired", "strike_vote", "mediation"]),
 "t19": ("A", "2025-04-02", "strike", "ended", "2025-03-27", "2025-03-29", 1000, ["pay", "staffing"], 18, 11,
         ["contract_expired", "mediation", "return_to_work"]),
 "t26": ("B", "2025-09-03", "strike", "scheduled", "2025-09-08", None, 2400, ["pay", "staffing", "benefits"], 12, 6,
         ["contract_expired", "impasse", "mediation", "fact_finding", "strike_vote"]),
 "t04": ("B", "2025-09-10", "strike", "ongoing", "2025-09-08", None, 2400, ["pay", "staffing", "benefits"], 12, 7,
         ["mediation", "fact_finding", "strike_vote"]),
 "t14": ("B", "2025-09-15", "strike", "ended", "2025-09-08", "2025-09-12", 2400, ["pay", "staffing", "benefits"], 12, 9,
         ["mediation", "tentative_agreement", "ratification", "return_to_work"]),
 "t05": ("C", "2025-10-06", "strike", "scheduled", "2025-10-14", "2025-10-14", 3100,
         ["pay", "benefits", "unfair_labor_practice"], 25, 4, ["strike_vote", "ulp_charge"]),
 "t16": ("C", "2025-10-14", "strike", "ongoing", "2025-10-14", "2025-10-14", 2600, ["pay"], 25, 4,
         ["strike_vote", "ulp_charge"]),
 "t03": ("D", "2025-05-12", "lockout", "ongoing", "2025-05-10", None, 640, ["pay", "pensions_retirement", "benefits"],
         22, 14.5, ["contract_expired"]),
 "t11": ("D", "2025-06-02", "lockout", "ongoing", "2025-05-10", None, 640, ["pay", "pensions_retirement"], 22, 14.5,
         ["contract_expired", "mediation", "ulp_charge"]),
 "t23": ("D", "2025-06-23", "lockout", "ended", "2025-05-10", "2025-06-22", 640, ["pay", "pensions_retirement"], 22, 16,
         ["mediation", "tentative_agreement", "ratification", "return_to_work", "ulp_charge"]),
 "t08": ("E", "2025-10-29", "strike", "scheduled", "2025-11-03", None, 1280, ["pay", "hours_scheduling", "health_safety"],
         15, 9, ["contract_expired", "strike_vote", "mediation"]),
 "t21": ("E", "2025-11-03", "strike", "averted", "2025-11-03", None, 1280, ["pay", "health_safety"], 15, 12,
         ["contract_expired", "strike_vote", "mediation", "tentative_agreement"]),
 "t10": ("F", "2025-07-16", "protest", "ended", "2025-07-15", "2025-07-15", 400,
         ["pay", "job_security", "working_conditions"], None, None, ["contract_expired"]),
 "t18": ("F", "2025-08-05", "strike", "authorized", None, None, 1500, ["pay", "job_security", "working_conditions"],
         18, 10, ["contract_expired", "strike_vote"]),
 "t29": ("F", "2025-08-22", "strike", "ongoing", "2025-08-22", "2025-08-23", 1300,
         ["pay", "job_security", "working_conditions"], 18, 12, ["contract_expired", "strike_vote"]),
 "t12": ("G", "2025-07-28", "strike", "ended", "2025-07-27", "2025-07-27", 200,
         ["health_safety", "pay", "union_recognition"], None, None, ["ulp_charge"]),
 "t25": ("G", "2025-08-04", "strike", "threatened", None, None, None, ["health_safety", "union_recognition"],
         None, None, ["ulp_charge"]),
 "t09": ("H", "2025-06-10", "strike", "scheduled", "2025-06-23", "2025-07-06", 340, ["pay", "hours_scheduling"],
         6, 3.2, ["strike_vote"]),
 "t22": ("H", "2025-06-25", "strike", "ongoing", "2025-06-23", "2025-07-06", 340, ["pay"], 6, 4, ["mediation"]),
 "t15": ("I", "2025-09-22", "strike", "scheduled", "2025-09-25", None, None, ["pay", "job_security"], 15, 7.5,
         ["contract_expired", "strike_vote", "mediation"]),
 "t28": ("I", "2025-10-08", "strike", "ended", "2025-09-25", "2025-10-07", 1200, ["pay", "job_security"], 15, 11.5,
         ["mediation", "tentative_agreement", "return_to_work"]),
}
NONLABOR = {"t02": "2025-04-17", "t07": "2025-03-24", "t13": "2025-08-19", "t17": "2025-05-08",
            "t20": "2025-05-20", "t24": "2025-09-20", "t27": "2025-06-06", "t30": "2025-02-12"}


def record(aid):
    if aid in NONLABOR:
        return {"id": aid, "published": NONLABOR[aid], "is_labor_action": False, "dispute": None,
                "action_type": None, "status": None, "employers": [], "unions": [], "start_date": None,
                "end_date": None, "participants": None, "location": {"city": None, "state": None, "country": None},
                "industry": None, "demands": [], "wage_demand_pct": None, "wage_offer_pct": None,
                "bargaining_events": []}
    k, pub, at, st, s, e, n, dem, wd, wo, ev = LABOR[aid]
    d = D[k]
    city, state, country = d["location"]
    return {"id": aid, "published": pub, "is_labor_action": True, "dispute": d["dispute"], "action_type": at,
            "status": st, "employers": d["employers"], "unions": d["unions"], "start_date": s, "end_date": e,
            "participants": n, "location": {"city": city, "state": state, "country": country},
            "industry": d["industry"], "demands": dem, "wage_demand_pct": wd, "wage_offer_pct": wo,
            "bargaining_events": ev}


if __name__ == "__main__":
    out = HERE / "gold"
    out.mkdir(exist_ok=True)
    ids = sorted(set(LABOR) | set(NONLABOR))
    assert len(ids) == 30 and not set(LABOR) & set(NONLABOR)
    for aid in ids:
        (out / f"{aid}.json").write_text(json.dumps(record(aid), indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(ids)} gold records")
