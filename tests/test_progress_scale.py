"""The progress file: odd neighbours leave nothing behind, and a big file stays quick to save."""
from __future__ import annotations

import json
from pathlib import Path

from autograd_tui.tutor.progress import ProgressStore


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_notice_path_that_is_a_folder_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "progress.json"
    path.write_text('{"version": 1, "lessons": {"a": {"step": 2}', encoding="utf-8")   # cut short
    (tmp_path / "progress.json.notice").mkdir()
    (tmp_path / "progress.json.notice" / "keep.txt").write_text("mine", encoding="utf-8")
    store = ProgressStore(path)
    assert leftovers(tmp_path) == []
    # the learner is still told in this session, the salvage is written, the folder is untouched
    assert [key for key, _ in store.notices] == ["progress.corrupt"]
    assert store.lesson("a") is not None and store.lesson("a").step == 2
    assert (tmp_path / "progress.json.notice" / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert [key for key, _ in store.take_notices()] == ["progress.corrupt"]
    assert leftovers(tmp_path) == []
