"""``autograd-tui run FILE.py [ARGS…]``: run a script as ``python FILE.py`` would.

Same ``sys.argv``, same exit code, same traceback; only ``import torch`` and
``import torchvision`` resolve to the embedded engine (unless ``--backend torch``).
"""
from __future__ import annotations

import codecs
import importlib.abc
import importlib.machinery
import importlib.util
import io
import os
import re
import runpy
import sys
import warnings
import types
import zipfile
from types import FrameType, TracebackType
from typing import Any, cast

from autograd_tui import i18n
from autograd_tui.backend import BackendUnavailable, activate
from autograd_tui.errors import add_engine_hints, silence_stdout


_RUNPY_MAIN = "<runpy main>"   # stands for "the folder's __main__, run as Python runs it"


def run_script(path: str, script_args: list[str], *, backend: str = "embedded") -> int:
    try:
        activate(backend)
    except BackendUnavailable:
        # why: the catalogue's wording, in --lang's language, as the tutor says it
        print(i18n.t("app.backend_unavailable", i18n.ambient_language()), file=sys.stderr)
        return 1
    if not os.path.exists(path):
        # Python's own wording for a missing script, with its exit status.
        print(f"{sys.executable}: can't open file {os.path.abspath(path)!r}: "
              f"[Errno 2] No such file or directory", file=sys.stderr)
        return 2
    script = os.path.abspath(path)
    if os.path.isdir(path) or _is_zip(path):
        # `python DIR` (or a zip file) runs its __main__.py with DIR first on sys.path, or says
        # it cannot
        if not _has_main(path):
            shown = path if os.path.isabs(path) else os.path.join(os.getcwd(), path)
            print(f"{sys.executable}: can't find '__main__' module in {shown!r}", file=sys.stderr)
            return 1
        script = _RUNPY_MAIN
        sys.path.insert(0, os.path.abspath(path))
    else:
        sys.path.insert(0, os.path.dirname(script))
    sys.argv = [path, *script_args]
    data = b""
    if script != _RUNPY_MAIN:
        # why: read once; /dev/stdin or a <(…) pipe gives its bytes a single time
        try:
            with io.open_code(script) as file:
                data = file.read()
        except OSError as exc:
            print(f"{sys.executable}: can't open file {script!r}: [Errno {exc.errno}] {exc.strerror}",
                  file=sys.stderr)
            return 2
        if _is_pyc(script, data):
            if data[:4] != importlib.util.MAGIC_NUMBER:
                print("RuntimeError: Bad magic number in .pyc file", file=sys.stderr)
                return 1
        else:
            problem = source_problem(script, data)
            if problem is not None:
                _print_script_traceback(problem, script)
                return 1
    # why: the script's first frame sits under this function and runpy's, where under
    # `python FILE.py` it is the first; without this a RecursionError came that many calls early
    extra = _RUN_FILE_CALLS if script != _RUNPY_MAIN else _RUN_PATH_CALLS
    sys.setrecursionlimit(sys.getrecursionlimit() + _depth() + extra)
    previous_show = warnings.showwarning
    warnings.showwarning = _placeless_in_engine(previous_show)
    try:
        try:
            if script == _RUNPY_MAIN:
                # why: what the interpreter itself calls for `python DIR`; its frames are in
                # Python's traceback, so they are in ours
                runpy._run_module_as_main("__main__", alter_argv=False)  # type: ignore[attr-defined]
            else:
                _run_file(script, data, watch=_uses_the_tutor(data))
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
    finally:
        if warnings.showwarning is not previous_show and getattr(warnings.showwarning, "_engine_wrapper", False):
            warnings.showwarning = previous_show


# ---------------------------------------------------------------------------------------------
# What `python FILE.py` refuses before running anything, and runpy words differently
# ---------------------------------------------------------------------------------------------
# `python FILE.py` reads the file line by line with the interpreter's file tokenizer; runpy
# compiles the whole file as one string, whose tokenizer refuses a NUL byte up front, names an
# unusable `coding:` cookie in other words and lets a non-UTF-8 byte in a comment pass. Those
# cases are found here first and raised as the file tokenizer raises them.

_COOKIE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)   # PEP 263
_BLANK = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)", re.ASCII)
_BOM = b"\xef\xbb\xbf"


def _normal_encoding(name: str) -> str:
    """The tokenizer's spelling of a cookie's encoding: utf-8 and latin-1 variants folded."""
    folded = name[:12].lower().replace("_", "-")
    if folded == "utf-8" or folded.startswith("utf-8-"):
        return "utf-8"
    if folded in ("latin-1", "iso-8859-1", "iso-latin-1") or folded.startswith(
            ("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return name


def _usable_encoding(name: str) -> bool:
    """Whether the file tokenizer can read source in ``name``: a text codec that keeps ASCII."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        return False
    return getattr(info, "_is_text_encoding", True) and not info.name.startswith(("utf-16", "utf-32"))


def source_problem(script: str, data: bytes | None = None) -> SyntaxError | None:
    """The SyntaxError `python FILE.py` raises for a NUL byte, an unusable ``coding:`` cookie
    or a non-UTF-8 byte without a cookie in ``script`` (whose bytes ``data`` are, if already
    read), exactly as it raises it; None when there is none of them (runpy then finds any other
    error as Python does)."""
    if data is None:
        try:
            with open(script, "rb") as fh:
                data = fh.read()
        except OSError:
            return None
    lines = data.splitlines(keepends=True)   # \n, \r\n and \r, as the tokenizer reads lines
    nul_line = next((i for i, line in enumerate(lines, 1) if b"\x00" in line), None)
    bom = data.startswith(_BOM)
    if bom:
        lines[0] = lines[0][len(_BOM):]
    encoding, cookie_line = "utf-8", None
    for number, line in enumerate(lines[:2], 1):
        match = _COOKIE.match(line)
        if match:
            encoding, cookie_line = _normal_encoding(match.group(1).decode("ascii")), number
            break
        if not _BLANK.match(line):
            break
    # why: the tokenizer checks a line's cookie when it reads that line, before its NUL bytes
    if cookie_line is not None and (nul_line is None or cookie_line <= nul_line):
        if bom and encoding != "utf-8":
            return SyntaxError(f"encoding problem: {encoding} with BOM")
        if encoding != "utf-8" and not _usable_encoding(encoding):
            return SyntaxError(f"encoding problem: {encoding}")
    if sys.version_info < (3, 11):   # why: 3.10 read on past a NUL byte and counted lines oddly
        return None
    # Without a cookie or a BOM, each line read must be UTF-8 (runpy's tokenizer lets a bad
    # byte in a comment pass); a line with a NUL byte or such a byte stops the reading.
    bad_utf8: tuple[int, int] | None = None
    if cookie_line is None and not bom:
        for number, line in enumerate(lines[:nul_line] if nul_line else lines, 1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError as exc:
                bad_utf8 = number, line[exc.start]
                break
    stop = bad_utf8[0] if bad_utf8 else nul_line
    if stop is None:
        return None
    earlier = _error_before(lines, stop, bom, script)
    if earlier is not None:
        return earlier
    if bad_utf8:
        return SyntaxError(f"Non-UTF-8 code starting with '\\x{bad_utf8[1]:02x}' in file {script} on line "
                           f"{stop}, but no encoding declared; see https://peps.python.org/pep-0263/ for details")
    text = lines[stop - 1].split(b"\x00", 1)[0]
    shown = text.decode(encoding if _usable_encoding(encoding) else "utf-8", errors="replace")
    return SyntaxError("source code cannot contain null bytes", (script, stop, 0, shown, stop, 0))


def _error_before(lines: list[bytes], stop: int, bom: bool, script: str) -> SyntaxError | None:
    """The error Python meets before it reads line ``stop``: a tokenizer error or an unexpected
    indent on an earlier line. Compiling the earlier lines with a character the tokenizer
    refuses in that line's place finds it: that character is the first error unless
    something before it is."""
    prefix = (_BOM if bom else b"") + b"".join(lines[:stop - 1])
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")   # why: only the error matters, as in Python's own pass
            compile(prefix + b"\x01", script, "exec", dont_inherit=True)
    except SyntaxError as exc:
        if exc.lineno is not None and exc.lineno < stop and not _reached(exc, stop):
            return exc
    except (ValueError, MemoryError, RecursionError):
        pass
    return None


def _reached(exc: SyntaxError, stop: int) -> bool:
    """Whether the tokenizer had read line ``stop`` when it raised ``exc`` (an unclosed
    string or bracket is reported at its start, but found at the end)."""
    found = re.search(r"\(detected at line (\d+)\)", str(exc.msg))
    return bool(found and int(found.group(1)) >= stop) or "was never closed" in str(exc.msg)


def _is_zip(path: str) -> bool:
    """Whether ``python path`` would run ``path`` as a zip archive (only a regular file is
    looked into: a pipe read here would be gone for the script)."""
    return os.path.isfile(path) and zipfile.is_zipfile(path)


def _has_main(path: str) -> bool:
    if os.path.isdir(path):
        return os.path.isfile(os.path.join(path, "__main__.py"))
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (OSError, zipfile.BadZipFile):
        return False
    return bool(names & {"__main__.py", "__main__.pyc"})


def _is_pyc(script: str, data: bytes) -> bool:
    """Python runs a file as compiled code when it is named .pyc or starts with the magic
    number's first half."""
    return script.endswith(".pyc") or data[:2] == importlib.util.MAGIC_NUMBER[:2]


# The embedded engine stands in for PyTorch, whose operations are C++: their frames never show
# in a learner's traceback, so the engine's do not either (nor its files as a warning's place).
_ENGINE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "engine") + os.sep
# the session log's watcher around backward (a script that uses viz.why): no frame of PyTorch's
_WATCHER_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "viz", "observe.py")
# the finder that routes `import torch.X` to the engine: a missing module is reported from it
_ALIAS_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "torch_alias.py")


def _placeless_in_engine(show: Any) -> Any:
    """``warnings.showwarning`` that prints a warning raised in the engine's own files (where
    PyTorch raises it from its own: nn.MSELoss's size warning) without a place or source line,
    as the tutor's REPL does; any other warning as ``show`` would."""
    def show_warning(message: Any, category: Any, filename: str, lineno: int, file: Any = None,
                     line: Any = None) -> None:
        if not str(filename).startswith(_ENGINE_DIR):
            show(message, category, filename, lineno, file, line)
            return
        try:
            # evaluator.format_warning's form, written out: importing it costs `run` 5 ms of start-up
            (file if file is not None else sys.stderr).write(f"{category.__name__}: {message}\n")
        except (OSError, ValueError):   # a closed or cut stderr: Python drops the warning too
            pass

    show_warning._engine_wrapper = True  # type: ignore[attr-defined]
    return show_warning


_IMPORTS_THE_TUTOR = re.compile(rb"^[ \t]*(?:from|import)[ \t]+autograd_tui\b", re.MULTILINE)


def _uses_the_tutor(source: bytes) -> bool:
    """Whether a script imports the tutor's own package (``from autograd_tui import viz``): only
    then is a session log kept for ``viz.why``, whose watch over every backward costs time."""
    return b"autograd_tui" in source and _IMPORTS_THE_TUTOR.search(source) is not None


def _watch_for_why(namespace: dict[str, Any], source: bytes) -> None:
    """Keep the session log ``viz.why`` reads, as the REPL does, over the script's names."""
    try:
        from autograd_tui.viz import script_log  # start-up: only for a script that uses the tutor
        script_log.start(namespace, source.decode("utf-8", errors="replace"))
    except Exception:  # noqa: BLE001 - without it viz.why says what it could not see; the script runs
        pass


def _run_file(script: str, source: bytes, *, watch: bool = False) -> None:
    """Run ``script`` as ``__main__`` the way ``python FILE.py`` does: ``__file__`` is the absolute
    path, ``sys.argv[0]`` stays as typed (``runpy.run_path`` would set it to the path it got).
    ``watch``: keep the session log ``viz.why`` reads."""
    loader: importlib.abc.Loader
    pyc = _is_pyc(script, source)
    if pyc:
        # the interpreter's own loader for compiled files (it checks the header, then unmarshals)
        loader = importlib.machinery.SourcelessFileLoader("__main__", script)
        code = cast(types.CodeType, loader.get_code("__main__"))   # None only for a namespace package
    else:
        code = compile(source, script, "exec", dont_inherit=True)
        loader = importlib.machinery.SourceFileLoader("__main__", script)
    main = types.ModuleType("__main__")
    main.__dict__.update(__file__=script, __cached__=None, __package__=None, __spec__=None,
                         __loader__=loader)
    previous = sys.modules["__main__"]
    sys.modules["__main__"] = main  # classes defined by the script pickle as __main__.X
    if watch and not pyc:
        _watch_for_why(main.__dict__, source)
    try:
        exec(code, main.__dict__)  # noqa: S102 - the learner's own script, as python would run it
    finally:
        sys.modules["__main__"] = previous


# Calls between run_script and the script's first frame: _run_file and its exec(); for a folder,
# runpy's run_path, _run_module_code, _run_code and their exec()
_RUN_FILE_CALLS = 2
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



def _print_script_traceback(exc: BaseException, path: str) -> None:
    """Print the traceback as ``python FILE.py`` would, without the runner's or the engine's frames."""
    add_engine_hints(exc)
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
    kept = [t for t in entries if not _hidden(os.path.abspath(t.tb_frame.f_code.co_filename))]
    if not kept:
        return entries[0] if entries else None
    for here, after in zip(kept, kept[1:] + [None]):
        here.tb_next = after
    return kept[0]


def _hidden(filename: str) -> bool:
    return filename.startswith(_ENGINE_DIR) or filename in (_WATCHER_FILE, _ALIAS_FILE)


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
