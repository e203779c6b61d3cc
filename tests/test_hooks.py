"""Webhooks (issue 16 part 2) against real HTTP receivers on 127.0.0.1: signed JSON of each
change that passes the hook's filters, sent after each ingest batch; a failed POST is logged
and retried with backoff; pending deliveries survive a restart; a dead hook never fails an
ingest; the CLI adds, lists, delivers, logs and removes."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import threading

import pytest

from picketline.pipeline import run_ingest
from picketline.publish import hooks
from picketline.store import Store
from publish_fixtures import Receiver, free_port, write_batches, write_other
from support import cli


@pytest.fixture
def batches(tmp_path):
    return write_batches(tmp_path / "in")


def _later(minutes: float) -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=minutes)


def test_ingest_posts_signed_changes_that_pass_the_filters(any_store: Store, batches,
                                                           tmp_path) -> None:
    with Receiver() as ca, Receiver() as ny:
        hook, secret = hooks.add_hook(any_store, ca.url, {"state": "CA",
                                                          "industry": "health_care"})
        hooks.add_hook(any_store, ny.url, {"state": "NY"})
        run_ingest([batches[0], write_other(tmp_path / "other")], any_store)
        run_ingest([batches[1]], any_store)
        assert ny.requests == []  # no change in New York
        assert len(ca.requests) == 2  # one POST after each batch
        for r in ca.requests:
            body, h = r["body"], {k.lower(): v for k, v in r["headers"].items()}
            assert hooks.verify(secret, body, h["x-picketline-signature"])
            assert not hooks.verify("another secret", body, h["x-picketline-signature"])
            assert h["x-picketline-signature"] == "sha256=" + __import__("hmac").new(
                secret.encode(), body, "sha256").hexdigest()
            assert h["x-picketline-timestamp"].isdigit()
            assert h["x-picketline-event"] == "dispute.changes"
            assert h["content-type"].startswith("application/json")
        first, second = ca.bodies()
        assert first["event"] == "dispute.changes" and first["hook"] == hook["id"]
        (started,) = first["changes"]
        assert started["kinds"] == ["started"]
        assert started["sources"][0]["url"] == "https://news.example/mercy-valley-strike"
        assert started["dispute"]["state"] == "CA"
        (moved,) = second["changes"]
        assert "status ongoing -> ended" in moved["title"]
        assert moved["changes"]["status"]["after"] == "ended"
        assert moved["changes"]["offer"]["after"]["pct"] == 14.0
        assert moved["changes"]["workers"] == {"before": 600, "after": 1200}
        assert moved["sources"][0]["url"] == "https://news.example/mercy-valley-deal"
        assert moved["id"] != started["id"] and moved["id"].startswith("tag:picketline,")
    log = any_store.delivery_log(hook["id"])
    assert [r["ok"] for r in log] == [True, True] and {r["attempt"] for r in log} == {1}
    assert [d["state"] for d in any_store.deliveries(hook["id"])] == ["delivered"] * 2


def test_a_failed_post_is_retried_with_backoff_and_logged(any_store: Store, batches) -> None:
    with Receiver(statuses=(500, 200)) as rx:
        hook, secret = hooks.add_hook(any_store, rx.url)
        run_ingest([batches[0]], any_store)  # the first POST gets a 500
        assert len(rx.requests) == 1
        (d,) = any_store.deliveries(hook["id"])
        assert d["state"] == "pending" and d["attempts"] == 1 and d["last_error"] == "HTTP 500"
        retry_at = dt.datetime.fromisoformat(d["next_at"])
        assert retry_at > dt.datetime.now(dt.timezone.utc)  # waits for its retry time
        assert hooks.deliver(any_store)["posts"] == 0
        assert len(rx.requests) == 1
        out = hooks.deliver(any_store, now=retry_at + dt.timedelta(seconds=1))
        assert out == {"posts": 1, "delivered": 1, "failed_posts": 0, "hooks": 1}
        assert len(rx.requests) == 2 and rx.requests[0]["body"] != b""
        assert rx.bodies()[1]["changes"][0]["kinds"] == ["started"]
    newest, oldest = any_store.delivery_log(hook["id"])
    assert (oldest["attempt"], oldest["ok"], oldest["status_code"]) == (1, False, 500)
    assert (newest["attempt"], newest["ok"], newest["status_code"]) == (2, True, 200)
    assert oldest["changes"] == newest["changes"]
    assert any_store.deliveries(hook["id"])[0]["state"] == "delivered"


def test_backoff_doubles_and_gives_up_after_the_last_try(store: Store, batches,
                                                         monkeypatch) -> None:
    assert [hooks.backoff(n) for n in (1, 2, 3)] == [30, 60, 120]
    assert hooks.backoff(30) == hooks.BACKOFF_MAX
    monkeypatch.setattr(hooks, "MAX_ATTEMPTS", 3)
    with Receiver(statuses=(503,)) as rx:
        hook, _ = hooks.add_hook(store, rx.url)
        run_ingest([batches[0]], store)
        for n in (1, 2):
            hooks.deliver(store, now=_later(60 * n))
        assert len(rx.requests) == 3
        (d,) = store.deliveries(hook["id"])
        assert d["state"] == "failed" and d["attempts"] == 3
        assert hooks.deliver(store, now=_later(600))["posts"] == 0  # given up
        assert store.retry_failed(hook["id"]) == 1
        hooks.deliver(store)
        assert len(rx.requests) == 4


def test_pending_deliveries_survive_a_restart(any_store: Store, batches) -> None:
    port = free_port()  # nothing listens there yet: the connection is refused
    hook, secret = hooks.add_hook(any_store, f"http://127.0.0.1:{port}/hook")
    report = run_ingest([batches[0]], any_store)  # the ingest does not fail
    assert report.added == 1 and report.errors == []
    (d,) = any_store.deliveries(hook["id"])
    assert d["state"] == "pending" and d["attempts"] == 1
    (attempt,) = any_store.delivery_log(hook["id"])
    assert not attempt["ok"] and attempt["status_code"] is None and attempt["error"]
    url = any_store.url
    any_store.close()
    with Receiver(port=port) as rx, Store(url) as again:
        out = hooks.deliver(again, now=_later(5))
        assert out["delivered"] == 1
        (body,) = rx.bodies()
        assert body["changes"][0]["kinds"] == ["started"]
        assert hooks.verify(secret, rx.requests[0]["body"],
                            rx.requests[0]["headers"]["X-Picketline-Signature"])
        assert again.deliveries(hook["id"])[0]["state"] == "delivered"


def test_inside_a_callers_transaction_it_sends_after_the_commit(store: Store, batches) -> None:
    """The watcher commits a batch with its own rows: delivery waits for that commit."""
    with Receiver() as rx:
        hooks.add_hook(store, rx.url)
        with store.transaction():
            run_ingest([batches[0]], store)
            assert rx.requests == []  # not before the commit
        for t in threading.enumerate():
            if t.name == "picketline-hooks":
                t.join(timeout=60)
        assert [b["changes"][0]["kinds"] for b in rx.bodies()] == [["started"]]


def test_a_backlog_goes_out_oldest_first_in_batches(store: Store, batches, tmp_path) -> None:
    port = free_port()
    hook, _ = hooks.add_hook(store, f"http://127.0.0.1:{port}/hook")
    gone, _ = hooks.add_hook(store, f"http://127.0.0.1:{port}/removed")
    run_ingest([batches[0], write_other(tmp_path / "other")], store)
    run_ingest([batches[1]], store)
    assert len(store.deliveries(hook["id"], state="pending")) == 3
    assert store.remove_hook(gone["id"]) and not store.remove_hook(gone["id"])
    assert [d["state"] for d in store.deliveries(gone["id"])] == ["cancelled"] * 3
    with Receiver(port=port) as rx:
        out = hooks.deliver(store, now=_later(60), batch=2)
        assert out == {"posts": 2, "delivered": 3, "failed_posts": 0, "hooks": 1}
        assert {r["path"] for r in rx.requests} == {"/hook"}
        sent = [c["change_id"] for b in rx.bodies() for c in b["changes"]]
        assert [len(b["changes"]) for b in rx.bodies()] == [2, 1]
        assert sent == sorted(sent) and len(set(sent)) == 3  # each change once, in order
        assert hooks.deliver(store, now=_later(120))["posts"] == 0


def test_cli_add_list_deliver_log_remove(tmp_path, batches) -> None:
    db = str(tmp_path / "cli.db")
    with Receiver(statuses=(500, 200)) as rx:
        def run(*args: str, code: int = 0) -> str:
            p = subprocess.run(cli(*args, "--db", db), capture_output=True, text=True,
                               timeout=300)
            assert p.returncode == code, p.stderr
            return p.stdout

        bad = subprocess.run(cli("hooks", "add", "ftp://example.org/x", "--db", db),
                             capture_output=True, text=True, timeout=120)
        assert bad.returncode == 2 and "http(s)" in bad.stderr
        bad = subprocess.run(cli("hooks", "add", rx.url, "--filter", "state=California",
                                 "--db", db), capture_output=True, text=True, timeout=120)
        assert bad.returncode == 2 and "two-letter" in bad.stderr
        added = json.loads(run("hooks", "add", rx.url, "--filter", "state=ca", "--json"))
        assert added["filters"] == {"state": "CA"} and len(added["secret"]) >= 32
        shown = run("hooks", "add", rx.url, "--secret", "s3cret")
        assert "s3cret" not in shown  # a given secret is not echoed
        run("ingest", str(batches[0]))  # the first hook's POST gets a 500
        listed = {h["id"]: h for h in json.loads(run("hooks", "list", "--json"))}
        assert listed[added["id"]]["deliveries"]["pending"] == 1
        assert "secret" not in listed[added["id"]]
        out = json.loads(run("hooks", "deliver", "--now", "--json"))
        assert out["delivered"] == 1 and out["pending"] == 0
        log = json.loads(run("hooks", "log", str(added["id"]), "--json"))
        assert [(r["attempt"], r["ok"], r["status_code"]) for r in log] == \
            [(2, True, 200), (1, False, 500)]
        for r in rx.requests:
            if r["headers"]["X-Picketline-Signature"] != hooks.sign("s3cret", r["body"]):
                assert hooks.verify(added["secret"], r["body"],
                                    r["headers"]["X-Picketline-Signature"])
        assert "Webhook deliveries" in run("hooks", "log")
        run("hooks", "remove", str(added["id"]))
        run("hooks", "remove", str(added["id"]), code=1)
        assert [h["id"] for h in json.loads(run("hooks", "list", "--json"))] != [added["id"]]


def test_a_receiver_that_drips_its_answer_is_cut_off(store: Store, batches,
                                                     monkeypatch) -> None:
    """Each line of the answer comes within the timeout, the whole answer never: the POST
    ends at its deadline (three timeouts), is logged as failed and waits for its retry."""
    import socket as sk

    monkeypatch.setenv("PICKETLINE_HOOK_TIMEOUT", "0.5")
    stop = threading.Event()
    listener = sk.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]

    def drip() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\n")
            while not stop.wait(0.1):
                try:
                    conn.sendall(b"X-Slow: y\r\n")
                except OSError:
                    return

    t = threading.Thread(target=drip, daemon=True)
    t.start()
    try:
        hook, _ = hooks.add_hook(store, f"http://127.0.0.1:{port}/hook")
        report = run_ingest([batches[0]], store)
    finally:
        stop.set()
        listener.close()
        t.join(timeout=10)
    assert report.added == 1
    (attempt,) = store.delivery_log(hook["id"])
    assert not attempt["ok"] and attempt["error"] == "no complete answer within 1.5 s"
    (d,) = store.deliveries(hook["id"])
    assert d["state"] == "pending" and d["attempts"] == 1
