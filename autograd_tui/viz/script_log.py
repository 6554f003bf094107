"""The session log for a script run by ``autograd-tui run``, so that ``viz.why(...)`` in it
answers as ``:why`` does in the REPL.

The REPL tells its log about each input before and after it runs. A script is one input that is
still running when it asks: :func:`start` opens it before the script's first line, and
:func:`bring_up_to_date` (called by ``viz.why``) counts the top-level statements run so far as
typed, the statement that is running included, as the REPL counts a pasted block.
"""
from __future__ import annotations

import ast
import importlib
import sys
from typing import Any

from autograd_tui.viz import observe

_script: dict[str, Any] = {}   # "logs", "source", "lines", "ends": the script being run


def start(namespace: dict[str, Any], source: str) -> observe.SessionLog:
    """Install a session log on the script's global namespace, before the script runs."""
    torch = importlib.import_module("torch")   # the backend `run` activated: the engine or PyTorch
    log = observe.SessionLog(namespace)
    log.before_input(source, namespace, torch)   # installs the watchers on that torch
    try:
        body = ast.parse(source).body
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        body = []
    _script.update(logs=[log], source=source, lines=source.splitlines(keepends=True),
                   ends=[(stmt.lineno, stmt.end_lineno or stmt.lineno) for stmt in body])
    return log


def bring_up_to_date(log: observe.SessionLog | None) -> None:
    """When ``log`` is a running script's, record the statements it has run up to the caller's
    current top-level statement as one input, and open the next."""
    if log is None:
        return
    if not any(running is log for running in _script.get("logs", ())):
        return   # the REPL's log: the shell tells it of every input
    line = _running_line(log.namespace)
    if line is None:
        return
    end = max((stop for first, stop in _script["ends"] if first <= line), default=0)
    if end == 0:
        return
    ran = "".join(_script["lines"][:end])
    log.after_input(ran, log.namespace)
    log.before_input(_script["source"], log.namespace)


def _running_line(namespace: dict[str, Any]) -> int | None:
    """The line of the script's own top-level frame now running, found up the call stack."""
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_globals is namespace and frame.f_code.co_name == "<module>":
            return frame.f_lineno
        frame = frame.f_back   # type: ignore[assignment]
    return None
