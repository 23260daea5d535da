"""The whole suite runs with sockets disabled, so any network use fails loudly."""

from __future__ import annotations

import ast
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


#: Modules that open network connections (or, for socket, could); none belongs in the app.
NETWORK_MODULES = (
    "urllib.request",
    "urllib3",
    "http.client",
    "requests",
    "httpx",
    "aiohttp",
    "socket",
    "ssl",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc.client",
    "websocket",
    "websockets",
    "PySide6.QtNetwork",
)


def _imported_names() -> dict[str, set[str]]:
    """File -> every module it imports, ``from a import b`` counted as ``a`` and ``a.b``,
    plus string constants naming a module (``importlib.import_module("...")``)."""
    root = Path(explorer.__file__).parent
    found: dict[str, set[str]] = {}
    for path in root.rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Call) and any(
                isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in node.args
            ):
                function = ast.unparse(node.func)
                if function.endswith(("import_module", "__import__")):
                    names.update(a.value for a in node.args if isinstance(a, ast.Constant))
        found[str(path.relative_to(root))] = names
    return found


def _is_under(name: str, module: str) -> bool:
    return name == module or name.startswith(module + ".")


def test_no_module_of_the_package_imports_a_network_client():
    offenders = {
        file: sorted(n for n in names if any(_is_under(n, m) for m in NETWORK_MODULES))
        for file, names in _imported_names().items()
    }
    assert not {f: n for f, n in offenders.items() if n}


def test_the_package_never_uses_qtwebengine():
    """Maps are painted by Qt itself; a browser engine would bring its own network stack."""
    offenders = {
        file: sorted(n for n in names if "QtWebEngine" in n)
        for file, names in _imported_names().items()
    }
    assert not {f: n for f, n in offenders.items() if n}


def test_the_scan_finds_what_it_looks_for(tmp_path, monkeypatch):
    """The two tests above can fail: a planted module with such imports is reported."""
    fake = tmp_path / "explorer"
    fake.mkdir()
    (fake / "__init__.py").write_text("")
    (fake / "leak.py").write_text(
        "import importlib\nfrom PySide6 import QtNetwork\nfrom urllib import request\n"
        "import http.client as h\nimportlib.import_module('PySide6.QtWebEngineWidgets')\n"
    )
    monkeypatch.setattr(explorer, "__file__", str(fake / "__init__.py"))
    names = _imported_names()["leak.py"]
    assert {"PySide6.QtNetwork", "urllib.request", "http.client"} <= names
    assert "PySide6.QtWebEngineWidgets" in names
