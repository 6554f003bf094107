"""The one place that executes learner and lesson code.

``run_code(source, namespace)`` runs a piece of Python the way the interactive interpreter
would, and hands back what a learner should see:

* everything printed (stdout, stderr and warnings, in the order they happened),
* the ``repr`` of a final bare expression (``x.grad`` alone echoes ``tensor([12., 24.])``;
  ``None`` is not echoed), exactly like the Python REPL,
* on an exception, a traceback cut down to the learner's own frames (those whose file name is
  ``filename``, e.g. ``<stdin>`` or ``<lesson>``) and the usual ``Type: message`` last line,
  with the "Did you mean" that ``python`` adds for a misspelt name.

No exception escapes except ``KeyboardInterrupt``: the caller (the tutor) decides what Ctrl-C
means. ``SystemExit`` (``exit()``) is reported in the result, never acted on.

Warnings that point at the learner's typed input carry the place ``python -i`` names,
``<stdin>:1: UserWarning: message`` (PyTorch's warnings point at the caller's line). Others are
shown as ``UserWarning: message``, without the file path of the library that raised them (it
differs from machine to machine and between the embedded engine and real PyTorch). Within one
call each distinct warning is shown once per line, as Python's ``default`` action does.

The module imports nothing heavy; it works with the embedded engine and with real PyTorch.
"""
from __future__ import annotations

import ast
import builtins
import io
import linecache
import sys
import traceback
import warnings
from dataclasses import dataclass, field
from typing import Any, Callable, TextIO

from autograd_tui.errors import add_engine_hints, add_suggestion

__all__ = ["Result", "run_code", "format_warning", "format_exception"]

WriteCallback = Callable[[str], None]
MAX_KEPT_LIVE_OUTPUT = 1_000_000   # characters of live-shown output also kept in Result.stdout


@dataclass
class Result:
    """What one run of some code produced.

    ``stdout``    everything printed while it ran (stdout, stderr and warnings, interleaved).
    ``value_repr`` the echo of a final expression (``None`` when there is nothing to echo).
    ``error``     the cut-down traceback text, ending in ``Type: message`` (``None`` if it ran).
    ``exc_type``  the exception's class name (``"RuntimeError"``, ``"SystemExit"``…) or ``None``.
    ``exc_message`` the exception's message (``str(exc)``) or ``None``.
    ``value``     the final expression's value itself (``None`` when nothing was echoed).
    """

    stdout: str = ""
    value_repr: str | None = None
    error: str | None = None
    exc_type: str | None = None
    exc_message: str | None = None
    value: Any = None
    restored: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the code ran to the end without an exception."""
        return self.exc_type is None

    @property
    def output(self) -> str:
        """The whole transcript a learner sees: printed text, then the echo, then the error."""
        parts = [self.stdout]
        if self.value_repr is not None:
            parts.append(self.value_repr + "\n")
        if self.error is not None:
            parts.append(self.error if self.error.endswith("\n") else self.error + "\n")
        return "".join(parts)


STDIN = "<stdin>"   # the name Python's interactive prompt gives typed input


def format_warning(message: Warning | str, category: type[Warning] | None = None,
                   where: tuple[str, int] | None = None) -> str:
    """One warning as the tutor shows it: ``UserWarning: The .grad attribute …`` plus newline,
    after ``<stdin>:3: `` when ``where`` (file name, line) is given."""
    if category is None:
        category = type(message) if isinstance(message, Warning) else UserWarning
    place = f"{where[0]}:{where[1]}: " if where is not None else ""
    return f"{place}{category.__name__}: {message}\n"


class _Capture(io.TextIOBase):
    """A text stream that keeps what is written and optionally forwards it live."""

    def __init__(self, write: WriteCallback | None) -> None:
        super().__init__()
        self._chunks: list[str] = []
        self._forward = write
        # why: output shown live need not be kept whole; `while True: print(...)` until Ctrl-C
        # must not grow the tutor's memory without bound
        self._room = MAX_KEPT_LIVE_OUTPUT if write is not None else None

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if text:
            if self._room is None:
                self._chunks.append(text)
            elif self._room > 0:
                self._chunks.append(text[: self._room])
                self._room -= len(text)
            if self._forward is not None:
                self._forward(text)
        return len(text)

    @property
    def encoding(self) -> str:  # type: ignore[override]  # some libraries look at it
        return "utf-8"

    def isatty(self) -> bool:
        return False

    def getvalue(self) -> str:
        return "".join(self._chunks)


def _split_last_expression(tree: ast.Module) -> tuple[ast.Module, ast.Expression | None]:
    """Split off a final bare expression so that its value can be echoed, as the REPL does."""
    last = tree.body[-1] if tree.body else None
    if isinstance(last, ast.Expr):
        tree.body.pop()
        return tree, ast.Expression(body=last.value)
    return tree, None


def _interactive_parts(tree: ast.Module) -> list[ast.Interactive]:
    """Each top-level statement as Python's prompt compiles a line given to it ("single"):
    every bare expression it runs is shown, also inside a loop or an ``if``. Used for input
    typed ahead or pasted without bracketed paste, which Python would take line by line."""
    return [ast.Interactive(body=[statement]) for statement in tree.body]


def _syntax_error_text(exc: SyntaxError) -> str:
    # Python's own rendering: file, line, the offending line with a caret, then the message.
    return "".join(traceback.format_exception_only(type(exc), exc))


def _code_objects(*codes: Any) -> set[Any]:
    """Every code object compiled from one input: the module's and each function's inside it."""
    found: set[Any] = set()
    stack = [c for c in codes if c is not None]
    while stack:
        code = stack.pop()
        if code in found:
            continue
        found.add(code)
        stack.extend(c for c in code.co_consts if hasattr(c, "co_consts"))
    return found


def format_exception(exc: BaseException, filename: str, source: str,
                     codes: set[Any] | None = None) -> str:
    """A traceback like Python's, keeping only frames whose file is ``filename``.

    Frames of the engine, of PyTorch and of the tutor itself are dropped, so a learner sees
    the line of *their* code that failed, then ``Type: message``. Source lines are taken from
    ``source`` (the code that was run), so ``<stdin>`` frames show their text too. When
    ``codes`` (the code objects compiled from ``source``) is given, a frame of a function that
    an earlier input defined shows no text, as in Python's own REPL, rather than a wrong line.
    """
    if isinstance(exc, SyntaxError) and exc.filename == filename:
        return _syntax_error_text(exc)
    add_engine_hints(exc)
    lines = source.splitlines()
    frames: list[tuple[int, str, bool]] = []   # (line, function, whether to show its text)
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == filename:
            frames.append((tb.tb_lineno, code.co_name, codes is None or code in codes))
        tb = tb.tb_next
    out: list[str] = []
    if frames:
        out.append("Traceback (most recent call last):\n")
        previous: tuple[Any, ...] | None = None
        repeats = 0
        for lineno, name, show_text in frames:
            key = (lineno, name)
            if key == previous:
                # Collapse deep recursion the way Python does, so a RecursionError stays short.
                repeats += 1
                if repeats >= 3:
                    continue
            else:
                if repeats >= 3:
                    out.append(f"  [Previous line repeated {repeats - 2} more times]\n")
                repeats = 0
                previous = key
            out.append(f'  File "{filename}", line {lineno}, in {name}\n')
            if show_text and lineno is not None and 1 <= lineno <= len(lines):
                text = lines[lineno - 1].strip()
                if text:
                    out.append(f"    {text}\n")
        if repeats >= 3:
            out.append(f"  [Previous line repeated {repeats - 2} more times]\n")
    try:
        out.append(add_suggestion(exc, "".join(traceback.format_exception_only(type(exc), exc))))
    except Exception:  # noqa: BLE001 - a broken __str__ must not break the tutor
        out.append(f"{type(exc).__name__}: <exception str() failed>\n")
    return "".join(out)


# Python's built-ins as the tutor started with them. Learner code that replaces or deletes one
# (`builtins.len = None`) would break the tutor's own code, which shares them: the session used
# to end silently. Each is put back after the run and the learner is told which.
_BUILTINS = dict(vars(builtins))


def _restore_the_interpreter(modules_before: dict[str, Any]) -> list[str]:
    """Put back the built-ins learner code replaced or deleted and the modules it removed from
    ``sys.modules`` (`sys.modules.clear()`); returns the built-ins' names, for the learner."""
    table = vars(builtins)
    changed = sorted(name for name, value in _BUILTINS.items()
                     if table.get(name, _MISSING) is not value and name != "_")
    for name, value in _BUILTINS.items():
        if table.get(name, _MISSING) is not value and name != "_":   # _ is the last value shown
            table[name] = value
    for name, module in modules_before.items():
        sys.modules.setdefault(name, module)
    if sys.getrecursionlimit() < _RECURSION_LIMIT:
        # why: a limit of 50 left the tutor's own code (imports, rendering) failing; a raised
        # limit is the learner's to keep
        sys.setrecursionlimit(_RECURSION_LIMIT)
    return changed


def _show_value(value: object) -> None:
    """Python's displayhook: the value's repr, and ``_`` bound to it."""
    if value is not None:
        sys.stdout.write(repr(value) + "\n")
        builtins._ = value  # type: ignore[attr-defined]


_MISSING = object()
_RECURSION_LIMIT = sys.getrecursionlimit()


def run_code(
    source: str,
    namespace: dict[str, Any],
    *,
    filename: str = "<stdin>",
    write: WriteCallback | None = None,
    echo: bool = True,
    echo_each: bool = False,
) -> Result:
    """Run ``source`` in ``namespace`` (a module-like dict that is updated in place).

    ``filename`` names the learner's code in tracebacks (``<stdin>``, ``<lesson>``…).
    ``write``, if given, receives output as it is produced (for live display); the result
    holds all of it as well. ``echo=False`` turns off the REPL-style echo of a final expression;
    ``echo_each=True`` shows every bare expression as it runs (inside loops and ``if`` too), as
    Python's prompt does for lines typed ahead or pasted (the final one's value is still
    ``result.value``).

    Returns a :class:`Result`; raises only ``KeyboardInterrupt``.
    """
    result = Result()
    capture = _Capture(write)

    try:
        tree = ast.parse(source, filename, "exec")
        if echo:
            body, last = _split_last_expression(tree)
        else:
            body, last = tree, None
        body_parts: list[ast.Module | ast.Interactive] = [body]
        if echo and echo_each:
            body_parts = list(_interactive_parts(body))
        body_codes = [compile(part, filename, "single" if isinstance(part, ast.Interactive) else "exec")
                      for part in body_parts]
        last_code = compile(last, filename, "eval") if last is not None else None
    except SyntaxError as exc:  # also IndentationError
        result.error = _syntax_error_text(exc)
        result.exc_type = type(exc).__name__
        result.exc_message = str(exc.msg)
        if write is not None:
            write(result.error)
        return result
    except (ValueError, MemoryError, RecursionError) as exc:
        # e.g. source with NUL bytes, or absurdly nested expressions the parser gives up on.
        result.error = f"{type(exc).__name__}: {exc}\n"
        result.exc_type = type(exc).__name__
        result.exc_message = str(exc)
        if write is not None:
            write(result.error)
        return result

    # Register the source so that code which formats its own tracebacks finds the lines too.
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace.setdefault("__name__", "__main__")
    namespace.setdefault("__builtins__", builtins)

    shown_warnings: set[tuple[type, str, int | None]] = set()
    run_filename = filename

    def show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                     file: TextIO | None = None, line: str | None = None) -> None:
        # why: only typed input has a name the learner knows; python -i names it <stdin>
        where = (filename, lineno) if run_filename == STDIN and filename == STDIN else None
        key = (category, str(message), where[1] if where else None)
        if key in shown_warnings:
            return
        shown_warnings.add(key)
        capture.write(format_warning(message, category, where))

    saved_out, saved_err, saved_hook = sys.stdout, sys.stderr, sys.displayhook
    modules_before = dict(sys.modules)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            # The engine's own numpy arithmetic stays quiet, as PyTorch's does (the engine's
            # _ENGINE_RUNTIME_WARNINGS; written out here because the evaluator never imports it).
            warnings.filterwarnings("ignore", category=RuntimeWarning, module=r"autograd_tui\.engine(\.|$)")
            _quiet_engine_numpy()
            warnings.showwarning = show_warning
            sys.stdout = sys.stderr = capture
            sys.displayhook = _show_value  # "single" code's values, as the prompt shows them
            try:
                try:
                    for code in body_codes:
                        exec(code, namespace)  # "single" code shows its values via sys.displayhook
                    value = eval(last_code, namespace) if last_code is not None else None
                finally:
                    # why: before the tutor's own code formats an error or echoes a value
                    result.restored = _restore_the_interpreter(modules_before)
                if value is not None:
                    result.value = value
                    result.value_repr = repr(value)
                    builtins._ = value  # type: ignore[attr-defined]  # as Python's prompt does
                    if write is not None:
                        write(result.value_repr + "\n")
            except KeyboardInterrupt:
                raise
            except SystemExit as exc:
                result.exc_type = "SystemExit"
                result.exc_message = "" if exc.code is None else str(exc.code)
                result.error = "SystemExit" + (f": {exc.code}" if exc.code is not None else "") + "\n"
            except MemoryError as exc:
                result.exc_type = "MemoryError"
                result.exc_message = str(exc)
                result.error = _safe_format(exc, filename, source, (*body_codes, last_code))
            except BaseException as exc:  # noqa: BLE001 - learner code may raise anything
                result.exc_type = type(exc).__name__
                try:
                    result.exc_message = str(exc)
                except Exception:  # noqa: BLE001
                    result.exc_message = ""
                result.error = _safe_format(exc, filename, source, (*body_codes, last_code))
    finally:
        sys.stdout, sys.stderr, sys.displayhook = saved_out, saved_err, saved_hook
    result.stdout = capture.getvalue()
    if result.error is not None and write is not None:
        write(result.error)
    return result


def _quiet_engine_numpy() -> None:
    """Keep the engine's numpy floating-point errors from the learner's own warnings filters in
    this thread too (numpy's error state is per thread; the engine sets it where it was imported,
    which may be the thread that replayed a lesson). Nothing happens when the engine is not loaded."""
    errors = sys.modules.get("autograd_tui.engine.numpy_errors")
    if errors is not None:
        errors.quiet_engine_here()


def _safe_format(exc: BaseException, filename: str, source: str, compiled: tuple[Any, ...]) -> str:
    try:
        return format_exception(exc, filename, source, _code_objects(*compiled))
    except (MemoryError, RecursionError):
        return f"{type(exc).__name__}\n"
    finally:
        # The traceback holds every frame of the failed call; drop it so memory is freed.
        exc.__traceback__ = None
