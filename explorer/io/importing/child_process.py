"""Read a large data file in a child process and take back only the dataset and its report.

Why: reading the 46,556-row GLOTIP workbook allocates and frees well over 100 MB
of small objects (calamine's cells, pandas' temporary frames and strings, the
name tables) and loads libraries only the reading needs (python-calamine,
rapidfuzz, pycountry's databases, ftfy). glibc keeps most of the freed pages
(``malloc_trim`` handed back only ~10 MB of them), so a window that read the
workbook itself stayed ~50 MB bigger than one handed the result
(``benchmarks/bench_memory.py``). A child process gives all of it back when it
exits; the window receives the dataset and the report, pickled (~6.5 MB).

The price is a fresh interpreter importing pandas (~0.5 s), paid only for files
of at least :data:`CHILD_FROM_BYTES`: a small table is read in-process, sooner
than a child could start. Progress and cancel behave as in-process: the child
sends its progress fractions; a cancel kills it at once. A file the child cannot
read raises the same DataImportError (NeedsMapping, LevelsError) as ``read_any``;
a child that dies says so with its exit status. A child that cannot be started
at all (no interpreter to start) leaves the reading to this process.

The child is ``python -c`` on this package's own folder or, in the standalone
app, the app's own executable with :data:`CHILD_ARGUMENT`, which
``explorer.cli.main`` hands to :func:`child_main` before anything else. It gets
no console window on Windows.
"""

from __future__ import annotations

import gc
import os
import pickle
import queue
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any

from explorer.io.importing.errors import DataImportError

#: The standalone app's hidden argument: "be the reading child" (see :func:`child_main`).
CHILD_ARGUMENT = "--read-data-file-in-child"
#: Files from this size on are read in a child (a 46,556-row GLOTIP workbook is 2.3 MB).
CHILD_FROM_BYTES = 512 * 1024
_POLL_S = 0.05  # how often a waiting parent looks at the cancel switch
_NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows only; 0 elsewhere


class ChildReader:
    """A child process that reads one file, started as soon as a file is coming.

    Why ahead of the file: the child spends ~0.5 s importing pandas and the readers; a
    window starts one when its Import dialog opens or a file is dragged over it, so
    that time passes while the user picks the file. :meth:`read` uses it once;
    :meth:`stop` lets an unused one go. A child started without its file waits on its
    input, and ends when this process does.
    """

    def __init__(self) -> None:
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115  (closed by read or stop)
        try:
            self.process = subprocess.Popen(
                child_command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._errors,
                creationflags=_NO_WINDOW,
            )
        except (OSError, ValueError) as exc:  # no such program, or sys.executable is ""
            self._errors.close()
            raise _NotStartedError from exc

    def read(
        self,
        path: Path,
        aliases: Mapping[str, str] | None = None,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        mapping: object = None,
        overrides: Mapping[str, str] | None = None,
    ) -> tuple[Any, Any]:
        """``read_any(path, ...)`` run by the child; its dataset and report, or its error."""
        path = Path(path)
        request = {
            "path": str(path),
            "aliases": dict(aliases or {}),
            "mapping": mapping,
            "overrides": dict(overrides or {}),
        }
        child = self.process
        inbox: queue.Queue = queue.Queue()
        reader = threading.Thread(target=_receive, args=(child.stdout, inbox), daemon=True)
        reader.start()
        message = None
        try:
            _send_request(child.stdin, request)
            message = _wait(inbox, progress, cancelled)
        finally:
            _end(child, kill=message is None)  # cancelled or failed here: no need to finish
            reader.join()
            if message is None:
                failure = _ended_without_answer(path, child.returncode, self._errors)
            self._errors.close()
        if message is None:
            raise DataImportError(failure)
        if message[0] == "error":
            raise message[1]
        return message[1], message[2]

    def stop(self) -> None:
        """End the child unused."""
        if not self._errors.closed:
            _end(self.process, kill=True)
            for stream in (self.process.stdin, self.process.stdout):
                if stream is not None:
                    stream.close()
            self._errors.close()


def start_reader() -> ChildReader | None:
    """A child started ahead of its file, or None when none can be started."""
    try:
        return ChildReader()
    except _NotStartedError:
        return None


def read_file(
    path: Path,
    aliases: Mapping[str, str] | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    mapping: object = None,
    overrides: Mapping[str, str] | None = None,
    reader: ChildReader | None = None,
) -> tuple[Any, Any]:
    """``read_any`` with the workspace's ``aliases``: in a child for a large file (``reader``,
    when one was started ahead), else here."""
    options = {"mapping": mapping, "overrides": dict(overrides or {})}
    if _size(path) >= CHILD_FROM_BYTES:
        child = reader or start_reader()
        if child is not None:
            return child.read(path, aliases, progress, cancelled, **options)
    elif reader is not None:
        reader.stop()  # a small file: read here, sooner than the child would
    from explorer.core.names.resolver import Resolver
    from explorer.io.importing.importers import read_any

    return read_any(
        path,
        resolve=Resolver(dict(aliases or {})).resolve,
        progress=progress,
        cancelled=cancelled,
        **options,
    )


def read_in_child(
    path: Path,
    aliases: Mapping[str, str] | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    mapping: object = None,
    overrides: Mapping[str, str] | None = None,
) -> tuple[Any, Any]:
    """``read_any(path, ...)`` run by a new child process; its dataset and report, or its
    error (DataImportError: the child could not be started)."""
    child = start_reader()
    if child is None:
        raise DataImportError(f"{Path(path).name}: could not be imported (no process to read it)")
    return child.read(path, aliases, progress, cancelled, mapping, overrides)


def child_command() -> list[str]:
    """How to start the child: the app's own executable when frozen, else this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_ARGUMENT]
    root = str(Path(__file__).resolve().parents[3])  # the folder holding the explorer package
    code = (
        f"import sys; root = {root!r}\n"
        "if root not in sys.path: sys.path.insert(0, root)\n"
        "from explorer.io.importing.child_process import child_main; sys.exit(child_main())"
    )
    # -P: the working directory is not on the path (a stray numpy.py there is not imported)
    return [sys.executable, "-P", "-c", code]


def child_main() -> int:
    """The child: read the request on stdin, answer with pickled messages on stdout.

    Messages: ``("progress", fraction)``..., then ``("result", dataset, report)`` or
    ``("error", exception)``. Whatever else prints goes to stderr, never into the answers.
    """
    # File descriptors, not sys.stdin/stdout: a windowed app (Windows) may have no such objects.
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a library's stray print must not break the answers
    sys.stdout = sys.stderr
    # One read, then the process ends: no time spent looking for cycles among the
    # reading's million short-lived objects (5% of the GLOTIP read's CPU time).
    gc.disable()
    # The imports and the name tables first: a child started ahead does them while
    # the user picks the file.
    from explorer.core.names.lookup_tables import lookup_tables
    from explorer.core.names.resolver import Resolver
    from explorer.io.importing.importers import read_any

    lookup_tables()
    try:
        with os.fdopen(os.dup(0), "rb") as requests:
            request = pickle.load(requests)
    except EOFError:  # let go unused (or this process's parent ended)
        return 0
    send = _sender(answers)
    try:
        dataset, report = read_any(
            Path(request["path"]),
            resolve=Resolver(request["aliases"]).resolve,
            progress=lambda fraction: send(("progress", fraction)),
            mapping=request["mapping"],
            overrides=request["overrides"],
        )
    except Exception as exc:  # told to the parent, which raises it as read_any would have
        send(("error", _portable(exc)))
    else:
        send(("result", dataset, report))
    answers.close()
    return 0


class _NotStartedError(Exception):
    """The child could not be started (no interpreter at ``sys.executable``)."""


def _size(path: Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0  # read_any reports the file's problem in its own words


def _sender(stream: IO[bytes]) -> Callable[[tuple], None]:
    last = [-1]

    def send(message: tuple) -> None:
        if message[0] == "progress":
            percent = round(message[1] * 100)
            if percent == last[0]:
                return  # the window shows whole percents: fewer messages
            last[0] = percent
        pickle.dump(message, stream, protocol=pickle.HIGHEST_PROTOCOL)
        stream.flush()

    return send


def _portable(exc: Exception) -> Exception:
    """``exc`` itself when it survives pickling, else an exception of its message."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        kind = DataImportError if isinstance(exc, DataImportError) else RuntimeError
        return kind(str(exc))
    return exc


def _send_request(stream: IO[bytes] | None, request: dict) -> None:
    assert stream is not None
    try:
        pickle.dump(request, stream, protocol=pickle.HIGHEST_PROTOCOL)
        stream.close()
    except OSError:  # the child is gone already: its exit status says why
        pass


def _receive(stream: IO[bytes] | None, inbox: queue.Queue) -> None:
    """Unpickle the child's messages into ``inbox`` (off the waiting thread); None at the end."""
    assert stream is not None
    try:
        while True:
            inbox.put(pickle.load(stream))
    except Exception:  # EOFError at the end; a cut message when the child died
        pass
    finally:
        stream.close()
        inbox.put(None)


def _wait(
    inbox: queue.Queue,
    progress: Callable[[float], None] | None,
    cancelled: Callable[[], bool] | None,
) -> tuple | None:
    """Pass progress on until the child's answer (None: it ended without one)."""
    while True:
        if cancelled is not None and cancelled():
            raise DataImportError("import cancelled")
        try:
            message = inbox.get(timeout=_POLL_S)
        except queue.Empty:
            continue
        if message is None or message[0] != "progress":
            return message
        if progress is not None:
            progress(message[1])


def _end(child: subprocess.Popen, kill: bool) -> None:
    if kill:
        child.kill()
    try:
        child.wait(timeout=10)
    except subprocess.TimeoutExpired:  # it answered but does not exit: it is not needed
        child.kill()
        child.wait()


def _ended_without_answer(path: Path, status: int | None, errors: IO[bytes]) -> str:
    errors.seek(0)
    lines = [line.strip() for line in errors.read()[-4000:].decode(errors="replace").splitlines()]
    last = next((line for line in reversed(lines) if line), "")
    why = f"the reading process stopped (exit status {status})"
    return f"{path.name}: could not be imported ({why}{': ' + last if last else ''})"
