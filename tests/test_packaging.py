"""A non-editable install ships every package of the source tree (pyproject lists them by hand)."""
from __future__ import annotations

from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_in_the_tree_is_listed_in_pyproject() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
                 ["tool"]["setuptools"]["packages"])
    in_tree = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "autograd_tui").rglob("__init__.py")}
    assert in_tree - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"


def test_every_data_file_of_the_engine_is_package_data() -> None:
    from fnmatch import fnmatch

    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["autograd_tui"]
    engine = ROOT / "autograd_tui" / "engine"
    data = [p.relative_to(ROOT / "autograd_tui").as_posix() for p in engine.rglob("*.json")]
    assert data, "the engine ships torch_names.json"
    assert [f for f in data if not any(fnmatch(f, pat) for pat in patterns)] == []
