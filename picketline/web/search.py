"""The dispute search's expansions ("nurses" finds the nurses' unions): one function,
:func:`picketline.api.expand_query`, shared by the web list, the JSON API and the CLI's
``picketline disputes -q``; ``expand`` is its name here."""
from __future__ import annotations

from ..api import MAX_TERMS, UNIONS, expand_query as expand  # noqa: F401
