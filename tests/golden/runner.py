"""Runs one golden snippet in-process and reports what a fresh ``python snippet.py`` would show.

The same function serves both sides of the golden corpus:

* ``tools/record_golden.py`` calls it under real PyTorch to record the expected output;
* ``tests/test_golden.py`` calls it with ``import torch`` aliased to the embedded engine.

So this module imports only the standard library; ``torch`` is whatever ``import torch``
resolves to at call time.

``run_snippet(path)`` returns ``{"stdout": str, "error": str | None, "warnings": [str, ...]}``:

* ``stdout``: everything the snippet printed, up to an uncaught exception if there is one;
* ``error``: the last line of the traceback, e.g.
  ``RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn``;
* ``warnings``: ``"UserWarning: <message>"`` for each warning shown, filtered the way a fresh
  interpreter filters them (each distinct warning location shown once).

Object addresses (``0x7f3a...``) are normalised to ``0x…`` in every field.
"""
from __future__ import annotations

import builtins
import contextlib
import importlib
import io
import os
import re
import sys
import traceback
import types
import warnings

# A fixed seed for every snippet. (A fresh PyTorch 2.13 process seeds itself randomly; this is the
# seed of a new torch.Generator(), used here only so that both sides start alike.)
DEFAULT_SEED = 67280421310721

# A hex float (``float.hex()``: ``0x1.8000000000000p+1``) is a value, not an address: kept.
_ADDRESS = re.compile(r"0x[0-9a-f]+(?![0-9a-f.])")


def normalise(text: str) -> str:
    """Replaces memory addresses such as ``0x7f12ab34cd50`` by ``0x…``."""
    return _ADDRESS.sub("0x…", text)


def _default_warning_filters() -> None:
    """Installs the filters of a fresh ``python script.py`` (no -W, no dev mode).

    Must be called inside ``warnings.catch_warnings()``; changing the filters also invalidates
    every module's ``__warningregistry__``, so warnings seen by an earlier snippet show again.
    """
    warnings.resetwarnings()
    warnings.filterwarnings("default", category=DeprecationWarning, module="__main__", append=True)
    warnings.filterwarnings("ignore", category=DeprecationWarning, append=True)
    warnings.filterwarnings("ignore", category=PendingDeprecationWarning, append=True)
    warnings.filterwarnings("ignore", category=ImportWarning, append=True)
    warnings.filterwarnings("ignore", category=ResourceWarning, append=True)
    # What importing the embedded engine adds (no effect on real torch's modules).
    warnings.filterwarnings("ignore", category=RuntimeWarning, module=r"autograd_tui\.engine(\.|$)")
    warnings.onceregistry.clear()  # type: ignore[attr-defined]  # private, but where 'once' remembers


_threads_at_start = None


def _reset_torch_state() -> None:
    """Puts torch's global state back to how a fresh process has it."""
    global _threads_at_start
    torch = importlib.import_module("torch")
    if _threads_at_start is None:
        _threads_at_start = torch.get_num_threads()
    torch.set_num_threads(_threads_at_start)
    torch.manual_seed(DEFAULT_SEED)
    torch.set_default_dtype(torch.float32)
    torch.set_grad_enabled(True)
    torch.set_printoptions(profile="default")
    # Some PyTorch warnings are shown only once per process (TORCH_WARN_ONCE). Real torch cannot
    # forget that it showed them; an engine that can offers this hook, so each snippet starts
    # as if in a new process.
    reset_warn_once = getattr(torch, "_reset_warn_once", None)
    if callable(reset_warn_once):
        reset_warn_once()


def run_snippet(path) -> dict:
    """Runs the snippet at ``path`` as ``__main__`` in this process; see the module docstring."""
    path = os.fspath(path)
    with open(path, "rb") as fh:
        source = fh.read()
    code = compile(source, path, "exec", dont_inherit=True)

    module = types.ModuleType("__main__")
    module.__file__ = path
    module.__builtins__ = builtins  # type: ignore[attr-defined]  # as runpy gives a script
    namespace = module.__dict__

    out = io.StringIO()
    error = None
    saved_main = sys.modules.get("__main__")
    saved_argv = sys.argv
    _reset_torch_state()
    with warnings.catch_warnings(record=True) as caught:
        _default_warning_filters()
        sys.modules["__main__"] = module
        sys.argv = [path]
        try:
            with contextlib.redirect_stdout(out):
                try:
                    exec(code, namespace)
                except SystemExit:
                    pass
                except Exception as exc:  # noqa: BLE001 - the snippet's own error is the result
                    error = traceback.format_exception_only(exc)[-1].rstrip("\n")
        finally:
            sys.argv = saved_argv
            if saved_main is None:
                sys.modules.pop("__main__", None)
            else:
                sys.modules["__main__"] = saved_main
    shown = [f"{w.category.__name__}: {w.message}" for w in caught]
    return {
        "stdout": normalise(out.getvalue()),
        "error": None if error is None else normalise(error),
        "warnings": [normalise(w) for w in shown],
    }


if __name__ == "__main__":  # pragma: no cover - handy for a quick look at one snippet
    import json

    for arg in sys.argv[1:]:
        print(json.dumps(run_snippet(arg), ensure_ascii=False, indent=2))
