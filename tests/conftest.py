"""Keep the test run out of the real per-user state directory (progress, error log, lesson index),
and give the many ``python -m autograd_tui`` child processes the package's bytecode.

Every test and every process it starts sees ``XDG_STATE_HOME`` pointing into a temporary folder,
unless the test sets its own. Tests that need a fresh state of their own still make one.
"""
from __future__ import annotations

import compileall
import importlib.util
import os
import py_compile
import shutil
import sys
from pathlib import Path
from typing import Iterator

import pytest

_made_caches: list[Path] = []


def _package_dir() -> Path | None:
    spec = importlib.util.find_spec("autograd_tui")   # finds it without importing it
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    return Path(locations[0]) if locations else None


def pytest_configure(config: pytest.Config) -> None:
    # With PYTHONDONTWRITEBYTECODE set (as on the project's machines and CI) no bytecode of the
    # package is ever written, so each of the suite's few hundred child processes compiled its
    # 340 modules again (0.6 s of CPU for `import torch` alone, half of all the children's time).
    # Python still reads bytecode that exists: compile it once here, checked against each
    # source's hash on import (an edit during the run is seen), and remove it at the end.
    package = _package_dir()
    if not sys.dont_write_bytecode or package is None:
        return
    before = set(package.rglob("__pycache__"))
    compileall.compile_dir(package, quiet=2,
                           invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
    _made_caches.extend(sorted(set(package.rglob("__pycache__")) - before))


def pytest_unconfigure(config: pytest.Config) -> None:
    for cache in _made_caches:
        shutil.rmtree(cache, ignore_errors=True)
    _made_caches.clear()


@pytest.fixture(autouse=True, scope="session")
def _state_outside_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    previous = os.environ.get("XDG_STATE_HOME")
    os.environ["XDG_STATE_HOME"] = str(tmp_path_factory.mktemp("xdg-state"))
    yield
    if previous is None:
        os.environ.pop("XDG_STATE_HOME", None)
    else:
        os.environ["XDG_STATE_HOME"] = previous


@pytest.fixture(autouse=True)
def _warnings_shown_once_forgotten() -> None:
    # Each test starts with a fresh process's warn-once state: which tests ran before it on the
    # same worker must not decide whether it sees a warning (stop 38's CI ran a /why scenario
    # that expects PyTorch's scalar-conversion warning after a test that had shown it).
    tensor_module = sys.modules.get("autograd_tui.engine._tensor")
    if tensor_module is not None:
        tensor_module.reset_warn_once()
