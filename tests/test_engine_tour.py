"""docs/engine-tour.md links to exact lines of the engine; they must still point at what they name."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location("update_tour_links", ROOT / "tools" / "update_tour_links.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_line_link_of_the_engine_tour_points_at_what_it_names():
    tool = _tool()
    text = tool.TOUR.read_text(encoding="utf-8")
    new, problems = tool.updated(text)
    assert problems == [], f"links naming nothing that exists: {problems}"
    assert new == text, "stale line links: run python tools/update_tour_links.py"
    assert len(tool.LINK.findall(text)) >= 15


def test_a_moved_definition_is_noticed(tmp_path):
    tool = _tool()
    stale = "[`make`](../autograd_tui/engine/_tensor.py#L1)"
    new, problems = tool.updated(stale)
    assert problems == []
    assert new != stale and "#L1)" not in new
