"""What changed, published (issue 16): the dispute change log, its Atom and JSON feeds, and
webhooks.

- :mod:`.changes`: what a reader cares about in a dispute record, and the difference between
  two records (started, status, workers, demand, offer, stage, ended). The store records it
  in the same transaction as every dispute save (``picketline/store/publish_store.py``), so
  ingest, watch, rebuilds and reviewers' corrections, merges and splits are all covered.
- :mod:`.filters`: the dispute list's filters checked and applied to changes.
- :mod:`.feeds`: Atom 1.0 and JSON Feed 1.1 documents of the newest changes.
- :mod:`.hooks`: webhooks: signed (HMAC-SHA256) JSON POSTs with retries, exponential
  backoff and a delivery log, all of it in the database.
"""
