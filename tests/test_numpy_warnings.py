"""Importing the engine keeps PyTorch's quiet floating point without silencing the learner's numpy."""
from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
import threading, warnings
import numpy as np
import autograd_tui.engine as torch

def engine_ops():
    x = torch.tensor([0., 1.], requires_grad=True)
    torch.sqrt(x).sum().backward()
    print(x.grad, torch.tensor([1., 0.]) / torch.tensor([0., 0.]))

engine_ops()                      # main thread
worker = threading.Thread(target=engine_ops)
worker.start(); worker.join()     # another thread (the REPL's worker runs code there)
print(np.float32(1) / np.float32(0))  # the learner's own numpy
"""


def test_engine_ops_never_warn_in_any_thread_and_the_learners_numpy_still_does():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["tensor([   inf, 0.5000]) tensor([inf, nan])"] * 2 + ["inf"]
    warned = [line for line in done.stderr.splitlines() if "RuntimeWarning" in line]
    assert len(warned) == 1 and "divide by zero" in warned[0], done.stderr
    assert "autograd_tui" not in done.stderr


FIRST_IMPORT_IN_A_CATCH_WARNINGS = r"""
import autograd_tui
from autograd_tui.evaluator import run_code
from autograd_tui import torch_alias
namespace = {}
torch_alias.install()
print(run_code("import torch", namespace).output.strip() or "imported")   # inside the evaluator's catch_warnings
torch = namespace["torch"]
x = torch.tensor([0., 1.], requires_grad=True)
torch.sqrt(x).sum().backward()                    # outside it, as :plot computes a derivative
print(x.grad)
"""


def test_the_engine_stays_quiet_after_its_first_import_ran_inside_a_catch_warnings_block():
    # a resumed lesson's replay imports torch inside the evaluator's warnings.catch_warnings(),
    # which drops any filter added there when it ends; :plot then ran the engine outside it
    done = subprocess.run([sys.executable, "-c", FIRST_IMPORT_IN_A_CATCH_WARNINGS], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["imported", "tensor([   inf, 0.5000])"]
    assert done.stderr == ""


LEARNERS_OWN_FILTERS = r"""
import threading, warnings
import numpy as np
import autograd_tui.engine as torch
from autograd_tui.evaluator import run_code

def learners_numpy():                 # one line each, so numpy's own warning names that line
    np.array([0.0, 1.0]) / np.array([0.0, 0.0]); np.mean(np.array([]))

def caught(fn):
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        fn()
    return [(w.category.__name__, str(w.message), w.filename, w.lineno) for w in seen]

def engine_ops():
    x = torch.tensor([0.0, 1.0, -1.0], requires_grad=True)
    (torch.log(x) + x / x.detach() + torch.exp(x * 1000)).sum().backward()
    x.grad.mean(dim=0, keepdim=True), torch.tensor([]).mean()

print("engine", caught(engine_ops))
as_numpy_warns = []               # numpy's own warnings, in a thread whose error state is numpy's default
worker = threading.Thread(target=lambda: as_numpy_warns.extend(caught(learners_numpy)))
worker.start(); worker.join()
print("same as numpy", caught(learners_numpy) == as_numpy_warns, len(as_numpy_warns))
np.seterr(divide="ignore")        # a learner's own choice is kept
print("chosen", caught(learners_numpy) == as_numpy_warns[1:], np.geterr()["divide"])
np.seterr(divide="warn")
ns = {"torch": torch, "np": np, "warnings": warnings}
code = ("with warnings.catch_warnings(record=True) as seen:\n"
        "    warnings.simplefilter('always')\n"
        "    torch.tensor([1.0, 0.0]) / 0\n"
        "print([str(w.message) for w in seen])")
worker = threading.Thread(target=lambda: print("evaluator thread", run_code(code, ns).output.strip()))
worker.start(); worker.join()
"""


def _run(script: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_a_learners_catch_warnings_sees_no_engine_warning_and_its_own_numpy_warns_as_numpy_does():
    lines = _run(LEARNERS_OWN_FILTERS)
    assert lines == ["engine []", "same as numpy True 4", "chosen True ignore",
                                        "evaluator thread []"], lines


LEARNERS_ERROR_STATE = r"""
import warnings
import numpy as np
plain = (np.geterr(), np.geterrcall())     # numpy's own state, before the engine is imported
import autograd_tui.engine as torch

def engine_warnings():
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        torch.tensor([1.0, 0.0]) / 0
    return len(seen)

print("same state", (np.geterr(), np.geterrcall()) == plain)
previous = np.seterr(all="ignore")
print("seterr gives", previous == plain[0], np.geterr()["divide"], engine_warnings())
np.seterr(**previous)
print("back", np.geterr() == plain[0], engine_warnings())
np.seterr(divide="log")                  # numpy's own log mode: numpy's meaning
print("log", np.geterr()["divide"], np.geterr()["over"])
"""


def test_the_learner_reads_and_sets_numpys_error_state_as_under_plain_numpy():
    lines = _run(LEARNERS_ERROR_STATE)
    assert lines == ["same state True", "seterr gives True ignore 0", "back True 0", "log log warn"], lines
