"""``autograd-tui run FILE.py [ARGS…]``: run a script as ``python FILE.py`` would.

Same ``sys.argv``, same exit code, same traceback; only ``import torch`` and
``import torchvision`` resolve to the embedded engine (unless ``--backend torch``).
"""
from __future__ import annotations

import os
import runpy
import sys
import traceback

from autograd_tui.backend import BackendUnavailable, activate
from autograd_tui.errors import silence_stdout


def run_script(path: str, script_args: list[str], *, backend: str = "embedded") -> int:
    try:
        activate(backend)
    except BackendUnavailable as exc:
        print(f"autograd-tui: {exc}", file=sys.stderr)
        return 1
    if not os.path.exists(path):
        # Python's own wording for a missing script, with its exit status.
        print(f"{sys.executable}: can't open file {os.path.abspath(path)!r}: "
              f"[Errno 2] No such file or directory", file=sys.stderr)
        return 2
    sys.argv = [path, *script_args]
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    try:
        runpy.run_path(os.path.abspath(path), run_name="__main__")
    except SystemExit as exc:
        code = exc.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code
        print(code, file=sys.stderr)
        return 1
    except BrokenPipeError:
        silence_stdout()
        return 1
    except KeyboardInterrupt:
        traceback.print_exc()
        return 130
    except BaseException as exc:  # noqa: BLE001 - mirror Python: print the traceback, exit 1
        _print_script_traceback(exc, path)
        return 1
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
    return 0


# The embedded engine stands in for PyTorch, whose operations are C++: their frames never show
# in a learner's traceback, so the engine's do not either.
_ENGINE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "engine") + os.sep


def _print_script_traceback(exc: BaseException, path: str) -> None:
    """Print the traceback as ``python FILE.py`` would, without the runner's or the engine's frames."""
    tb = exc.__traceback__
    # Drop the frames of this module and runpy that sit above the script's first frame.
    script = os.path.abspath(path)
    while tb is not None and os.path.abspath(tb.tb_frame.f_code.co_filename) != script:
        tb = tb.tb_next
    if tb is None:
        tb = exc.__traceback__
    report = traceback.TracebackException(type(exc), exc, tb)
    _drop_engine_frames(report)
    print("".join(report.format()), end="", file=sys.stderr)


def _drop_engine_frames(report: traceback.TracebackException) -> None:
    pending: list[traceback.TracebackException | None] = [report]
    seen: set[int] = set()
    while pending:
        item = pending.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        kept = [frame for frame in item.stack if not os.path.abspath(frame.filename).startswith(_ENGINE_DIR)]
        if kept or not item.stack:
            item.stack = traceback.StackSummary.from_list(kept)
        pending += [item.__cause__, item.__context__]
