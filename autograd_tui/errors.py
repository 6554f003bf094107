"""What the tutor does when something goes wrong outside the learner's code.

The error log (``errors.log`` in the state directory) and the guards around the standard
streams: a closed stream at start, a reader that left the pipe (``| head -1``), a terminal whose
encoding cannot show Turkish letters. Every command uses these, so a failure looks the same
everywhere: one sentence for the learner, the traceback in the log, never on screen.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import io
import os
import re
import stat
import sys
import traceback

from autograd_tui.settings import state_dir


def log_internal_error(exc: BaseException) -> str:
    """Append the traceback to ``errors.log`` in the state directory; return its path, or ""
    when no log could be written (the caller then says so instead of naming a file)."""
    try:
        directory = state_dir()
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / "errors.log"
        # why: O_NONBLOCK, then a regular-file check: a FIFO left at this path made the
        # "internal error" sentence wait forever for a reader
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK, 0o600)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return ""
            os.set_blocking(fd, True)
            text = (f"--- {_dt.datetime.now().isoformat(timespec='seconds')} pid {os.getpid()}\n"
                    + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
            os.write(fd, text.encode("utf-8", "backslashreplace"))
        finally:
            os.close(fd)
        return str(path)
    except Exception:  # noqa: BLE001 - the log is best effort; the caller still says one sentence
        return ""


def silence_stdout() -> None:
    """The reader of our stdout left (``autograd-tui … | head -1``): point stdout at the null
    device, as Python's documented recipe does, so the final flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def reopen_closed_streams() -> None:
    """``autograd-tui <&-`` or ``>&-``: Python leaves a closed standard stream as None.

    Point it at the null device instead, so reading meets the end of input and writing goes
    nowhere, as every part of the tutor already expects.
    """
    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            try:
                setattr(sys, name, open(os.devnull, mode, encoding="utf-8"))  # noqa: SIM115
            except OSError:
                pass


def tolerant_streams() -> None:
    """Turkish letters on a non-UTF-8 terminal become '?' instead of UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        enc = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if enc != "utf8" and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="replace")
            except (ValueError, OSError):
                pass


def add_engine_hints(exc: BaseException) -> None:
    """Before an error is shown: an AttributeError for what the embedded engine lacks on a tensor
    gains the line saying that real PyTorch has it (``engine.missing.add_tensor_hint``), and an
    ImportError of a missing name says ``torch.X`` rather than the engine's module. Only when
    the engine was loaded; importing it here would load numpy for every command."""
    missing = sys.modules.get("autograd_tui.engine.missing")
    if missing is None:
        return
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:   # the exception and those it came from
        seen.add(id(exc))
        missing.add_tensor_hint(exc)
        missing.add_import_hint(exc)
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]


def _printed_suggestion(exc: BaseException, message: str) -> str:
    """Python's "Did you mean" for a NameError or an AttributeError, as ``python`` prints it.

    Only the interpreter's own printer computes it on Python 3.10 and 3.11 (the traceback module
    does from 3.12, and for a NameError only when given the traceback), so the error is printed
    into a buffer and the suggestion taken from the line that ends the message.
    """
    buffer = io.StringIO()
    try:
        with contextlib.redirect_stderr(buffer):
            sys.__excepthook__(type(exc), exc, exc.__traceback__)
    except Exception:  # noqa: BLE001 - no suggestion rather than a broken error display
        return ""
    found = re.findall(re.escape(message) + r"(\. Did you [^\n]*\?)$", buffer.getvalue(), re.MULTILINE)
    return found[-1] if found else ""


def add_suggestion(exc: BaseException, text: str) -> str:
    """``text`` (``traceback.format_exception_only`` of ``exc``) with the suggestion that Python
    adds for a misspelt name (``x.grd`` -> ``. Did you mean: 'grad'?``), chosen by Python itself
    from the names it would offer; unchanged when Python offers none or ``text`` has it already."""
    if not isinstance(exc, (NameError, AttributeError)) or not isinstance(getattr(exc, "name", None), str):
        return text
    try:
        message = str(exc)
    except Exception:  # noqa: BLE001 - a broken __str__: the caller shows what it can
        return text
    at = text.find(message) if message else -1
    if at < 0 or text[at + len(message):].startswith(". Did you "):
        return text
    suggestion = _printed_suggestion(exc, message)
    end = at + len(message)
    return text[:end] + suggestion + text[end:]
