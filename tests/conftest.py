"""Keep the test run out of the real per-user state directory (progress, error log, lesson index).

Every test and every process it starts sees ``XDG_STATE_HOME`` pointing into a temporary folder,
unless the test sets its own. Tests that need a fresh state of their own still make one.
"""
from __future__ import annotations

import os
from typing import Iterator

import pytest


@pytest.fixture(autouse=True, scope="session")
def _state_outside_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    previous = os.environ.get("XDG_STATE_HOME")
    os.environ["XDG_STATE_HOME"] = str(tmp_path_factory.mktemp("xdg-state"))
    yield
    if previous is None:
        os.environ.pop("XDG_STATE_HOME", None)
    else:
        os.environ["XDG_STATE_HOME"] = previous
