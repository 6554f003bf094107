"""``autograd-tui run FILE.py [ARGS…]``: run a script as ``python FILE.py`` would.

Same ``sys.argv``, same exit code, same traceback; only ``import torch`` and
``import torchvision`` resolve to the embedded engine (unless ``--backend torch``).
"""
from __future__ import annotations

import os
import runpy
import sys
from types import FrameType, TracebackType

from autograd_tui.backend import BackendUnavailable, activate
from autograd_tui.errors import silence_stdout


_RUNPY_MAIN = "<runpy main>"   # stands for "the folder's __main__, run as Python runs it"


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
    script = os.path.abspath(path)
    if os.path.isdir(path):
        # `python DIR` runs DIR/__main__.py with DIR first on sys.path, or says it cannot
        main = os.path.join(path, "__main__.py")
        if not os.path.isfile(main):
            shown = path if os.path.isabs(path) else os.path.join(os.getcwd(), path)
            print(f"{sys.executable}: can't find '__main__' module in {shown!r}", file=sys.stderr)
            return 1
        script = _RUNPY_MAIN
        sys.path.insert(0, os.path.abspath(path))
    else:
        sys.path.insert(0, os.path.dirname(script))
    sys.argv = [path, *script_args]
    # why: the script's first frame sits under this function and runpy's, where under
    # `python FILE.py` it is the first; without this a RecursionError came that many calls early
    sys.setrecursionlimit(sys.getrecursionlimit() + _depth() + _RUN_PATH_CALLS)
    try:
        if script == _RUNPY_MAIN:
            # why: what the interpreter itself calls for `python DIR`; its frames are in
            # Python's traceback, so they are in ours
            runpy._run_module_as_main("__main__", alter_argv=False)  # type: ignore[attr-defined]
        else:
            runpy.run_path(script, run_name="__main__")
    except SystemExit as exc:
        code = exc.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code
        try:
            print(code, file=sys.stderr)
        except (BrokenPipeError, ValueError):   # the script closed or cut its stderr
            pass
        return 1
    except BrokenPipeError:
        silence_stdout()
        return 1
    except KeyboardInterrupt as exc:
        _print_script_traceback(exc, script)
        return 130
    except BaseException as exc:  # noqa: BLE001 - mirror Python: print the traceback, exit 1
        _print_script_traceback(exc, script)
        return 1
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
    except ValueError:   # the script closed sys.stdout itself; Python says nothing then either
        pass
    return 0


# run_path, _run_module_code, _run_code, and the exec() from which the script's frame starts
_RUN_PATH_CALLS = 4
_RUNPY_FILES = (runpy.__file__, "<frozen runpy>")


def _depth() -> int:
    """The recursion depth of the caller: its frames, plus one for each exec() that started
    one of them (``python -m`` runs through runpy's, which counts as a call too)."""
    frame: FrameType | None = sys._getframe(1)
    count = 0
    while frame is not None:
        count += 1
        if frame.f_code.co_name == "_run_code" and frame.f_code.co_filename in _RUNPY_FILES:
            count += 1
        frame = frame.f_back
    return count


# The embedded engine stands in for PyTorch, whose operations are C++: their frames never show
# in a learner's traceback, so the engine's do not either.
_ENGINE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "engine") + os.sep


def _print_script_traceback(exc: BaseException, path: str) -> None:
    """Print the traceback as ``python FILE.py`` would, without the runner's or the engine's frames."""
    tb = exc.__traceback__
    # Drop the frames of this module and runpy that sit above the script's first frame. None
    # left (a SyntaxError, found while compiling): Python then prints no "Traceback" header.
    def is_first(frame: FrameType) -> bool:
        if path == _RUNPY_MAIN:
            return frame.f_code.co_name == "_run_module_as_main"
        return os.path.abspath(frame.f_code.co_filename) == os.path.abspath(path)

    while tb is not None and not is_first(tb.tb_frame):
        tb = tb.tb_next
    tb = _without_engine_frames(tb)
    for chained in _chain(exc):
        chained.__traceback__ = _without_engine_frames(chained.__traceback__)
    try:
        # why: the interpreter's own printer, not the traceback module: they differ on
        # SyntaxErrors (tabs, carets), and `python FILE.py` uses this one; a hook the script
        # installed itself is called instead, as Python calls it
        if sys.excepthook is sys.__excepthook__:
            sys.__excepthook__(type(exc), exc.with_traceback(tb), tb)
        else:
            _call_the_scripts_hook(exc, tb)
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        pass


def _call_the_scripts_hook(exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` as the script set it; if the hook itself fails, what Python prints."""
    try:
        sys.excepthook(type(exc), exc.with_traceback(tb), tb)
    except Exception as failure:  # noqa: BLE001 - Python reports a failing hook, then the error
        print("Error in sys.excepthook:", file=sys.stderr)
        failure.__suppress_context__ = True
        hook_tb = failure.__traceback__.tb_next if failure.__traceback__ else None   # not ours
        sys.__excepthook__(type(failure), failure.with_traceback(hook_tb), hook_tb)
        print("\nOriginal exception was:", file=sys.stderr)
        sys.__excepthook__(type(exc), exc, tb)


def _without_engine_frames(tb: TracebackType | None) -> TracebackType | None:
    """``tb`` relinked without the engine's frames (all of them engine frames: left as it is)."""
    entries = []
    while tb is not None:
        entries.append(tb)
        tb = tb.tb_next
    kept = [t for t in entries if not os.path.abspath(t.tb_frame.f_code.co_filename).startswith(_ENGINE_DIR)]
    if not kept:
        return entries[0] if entries else None
    for here, after in zip(kept, kept[1:] + [None]):
        here.tb_next = after
    return kept[0]


def _chain(exc: BaseException) -> list[BaseException]:
    """The exceptions ``exc`` was raised from or during (``__cause__``, ``__context__``)."""
    found: list[BaseException] = []
    pending = [exc.__cause__, exc.__context__]
    while pending:
        item = pending.pop()
        if item is None or any(item is f for f in found) or item is exc:
            continue
        found.append(item)
        pending += [item.__cause__, item.__context__]
    return found
