"""Bargaining-process knowledge and proposal costing.

The law is data: one TOML file per regime under ``process/rules/`` (California EERA and MMBA,
the NLRA and its health care rules, the Railway Labor Act, federal employees, New York's Taylor
Law, Illinois IELRA, and state public-sector fallbacks), each with statute citations. This
package only reads it:

    from picketline.process import jurisdiction, where_it_stands, dispute_stage
    reg = jurisdiction("education", "CA", ["Springfield Unified School District"])
    where_it_stands(reg, ["impasse", "mediation"], events, as_of="2024-03-01")

    from picketline.process.costing import read_roster, cost_proposals, cost_dispute
"""
from __future__ import annotations

from .jurisdiction import classify_employers, employer_type, jurisdiction
from .regimes import NextStep, Regime, RulesError, Stage, load_regimes, regime
from .stage import dispute_stage, timeline_events, where_it_stands

__all__ = ["Regime", "Stage", "NextStep", "RulesError", "load_regimes", "regime",
           "jurisdiction", "employer_type", "classify_employers", "where_it_stands",
           "dispute_stage", "timeline_events"]
