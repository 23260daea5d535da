"""The whole suite runs with sockets disabled, so any network use fails loudly."""

from __future__ import annotations

import socket

import pytest
from pytest_socket import SocketBlockedError


def test_opening_an_internet_socket_is_refused():
    with pytest.raises(SocketBlockedError):
        socket.create_connection(("127.0.0.1", 9), timeout=1)


def test_the_package_names_no_network_client():
    import explorer

    root = __import__("pathlib").Path(explorer.__file__).parent
    text = "\n".join(p.read_text(encoding="utf-8") for p in root.rglob("*.py"))
    for client in ("import requests", "import urllib.request", "import httpx", "QNetworkAccess"):
        assert client not in text
