"""The whole suite runs with sockets disabled, so any network use fails loudly."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from pytest_socket import SocketBlockedError

import explorer


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_opening_an_internet_socket_is_refused():
    with pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_the_package_names_no_network_client():
    root = Path(explorer.__file__).parent
    text = "\n".join(p.read_text(encoding="utf-8") for p in root.rglob("*.py"))
    for client in ("import requests", "import urllib.request", "import httpx", "QNetworkAccess"):
        assert client not in text
