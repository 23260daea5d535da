"""Headless Chromium for the HTML tests: a page's DOM after it ran, and every request it made.

Why a recording proxy: "offline" must mean the page asks nothing of the network.
Chromium is pointed at a proxy on the loopback (loopback included), so any
http(s) request the page makes, to whatever host, arrives here and is listed;
the proxy answers none of them. A missing Chromium is a failure where
``TFE_REQUIRE_BROWSER`` is set (``.ci/run`` sets it and installs Chromium).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def require_chromium() -> str:
    """The browser's path; skip without it, or fail where the browser is required."""
    found = chromium()
    if found is None:
        if os.environ.get("TFE_REQUIRE_BROWSER"):
            pytest.fail("no chromium on this machine, and TFE_REQUIRE_BROWSER is set")
        pytest.skip("no chromium on this machine (TFE_REQUIRE_BROWSER makes this a failure)")
    return found


#: The browser's own service traffic, whatever the page: component updates, the updater's
#: clock, sign-in. No map page asks these hosts; every other request counts as the page's.
BROWSER_OWN = ("clients2.google.com", "update.googleapis.com", "accounts.google.com")


def _host(requestline: str) -> str:
    target = requestline.split(" ")[1] if " " in requestline else requestline
    target = target.split("://", 1)[-1]
    return target.split("/", 1)[0].split(":", 1)[0].lower()


class _Recorder(BaseHTTPRequestHandler):
    def _record(self) -> None:
        self.server.requests.append(self.requestline)
        self.send_error(502, "no network in tests")

    do_GET = do_POST = do_HEAD = do_PUT = do_OPTIONS = do_CONNECT = _record

    def log_message(self, *args) -> None:  # quiet
        pass


class RecordingProxy:
    """A proxy on 127.0.0.1 that refuses and lists every request sent to it."""

    def __enter__(self) -> RecordingProxy:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
        self.server.requests = []
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    @property
    def requests(self) -> list[str]:
        """Every request the page made (the browser's own service traffic left out)."""
        return [r for r in self.server.requests if _host(r) not in BROWSER_OWN]

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def browse(path: Path, profile: Path, proxy: RecordingProxy) -> str:
    """The page's DOM after it ran in headless Chromium, every request sent to ``proxy``."""
    result = subprocess.run(
        [
            require_chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-domain-reliability",
            "--disable-client-side-phishing-detection",
            "--disable-features=OptimizationHints,MediaRouter,Translate",
            f"--user-data-dir={profile}",
            f"--proxy-server=http://127.0.0.1:{proxy.port}",
            "--proxy-bypass-list=<-loopback>",
            "--virtual-time-budget=5000",
            "--dump-dom",
            path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout
