"""Progress: plain JSON, atomic, merged between tutors, tolerant of damage."""
from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest

from autograd_tui import settings
from autograd_tui.tutor.progress import ProgressStore


def test_round_trip_and_format(tmp_path: Path) -> None:
    path = tmp_path / "state" / "progress.json"
    store = ProgressStore(path)
    assert store.language() is None and store.lessons() == {}
    assert store.set_language("tr")
    assert store.save_lesson("03-article", step=4, total=17, step_id="backward")
    data = json.loads(path.read_text(encoding="utf-8"))   # plain JSON, nothing executable
    assert data["version"] == 1 and data["language"] == "tr" and data["last"] == "03-article"
    again = ProgressStore(path)
    entry = again.lesson("03-article")
    assert (entry.step, entry.total, entry.step_id, entry.done) == (4, 17, "backward", False)
    assert entry.status() == "started"
    assert again.language() == "tr" and not again.take_notices()


def test_no_temporary_files_are_left(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path / "progress.json")
    for i in range(5):
        store.save_lesson("a", step=i, total=9)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["progress.json", "progress.json.lock"]


@pytest.mark.parametrize("content", [
    b'{"version": 1, "lessons": {"a": {"step": 3, "total": 9, "done": false}, "b": {"st',  # truncated
    b"\x00\xff garbage \xfe",
    b"[1, 2, 3]",
    b"",
])
def test_damaged_file_is_moved_aside_and_reported_once(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "progress.json"
    path.write_bytes(content)
    store = ProgressStore(path)
    notices = store.take_notices()
    assert [key for key, _ in notices] == ["progress.corrupt"]
    backup = Path(notices[0][1]["path"])
    assert backup.exists() and backup.read_bytes() == content
    # what could be read was written back at once, as plain JSON (else nothing is there)
    assert not path.exists() or json.loads(path.read_text(encoding="utf-8"))["version"] == 1
    assert store.save_lesson("c", step=1, total=2)
    assert ProgressStore(path).take_notices() == []   # told once: the next start is clean


def test_readable_entries_survive_damage(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    path.write_text('{"version": 1, "language": "tr", "lessons": {"a": {"step": 3, "total": 9, '
                    '"done": false}, "b": {"step": "x"}, "c": {"st', encoding="utf-8")
    store = ProgressStore(path)
    assert store.lesson("a").step == 3        # salvaged from a truncated file
    assert store.lesson("b") is None
    assert store.language() == "tr"


def test_wrong_schema_keeps_good_entries(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    path.write_text(json.dumps({"version": 1, "lessons": {
        "good": {"step": 2, "total": 5, "done": False},
        "bad": {"step": -1, "total": 5}, "worse": [1]}}), encoding="utf-8")
    store = ProgressStore(path)
    assert [k for k, _ in store.take_notices()] == ["progress.corrupt"]
    assert set(store.lessons()) == {"good"}


def test_unwritable_directory_warns_and_keeps_going(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    store = ProgressStore(blocker / "progress.json")
    assert not store.save_lesson("a", step=1, total=3)
    assert [k for k, _ in store.take_notices()] == ["progress.unwritable"]
    assert store.lesson("a").step == 1        # the session still knows where it is
    assert not store.save_lesson("a", step=2, total=3)
    assert store.take_notices() == []         # warned once


def test_two_tutors_merge_instead_of_clobbering(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    first, second = ProgressStore(path), ProgressStore(path)
    first.save_lesson("a", step=3, total=9)
    second.save_lesson("b", step=5, total=9)
    final = ProgressStore(path)
    assert final.lesson("a").step == 3 and final.lesson("b").step == 5


def _hammer(path: str, lesson: str) -> None:
    store = ProgressStore(path)
    for i in range(30):
        store.save_lesson(lesson, step=i, total=30)


def test_concurrent_processes_never_corrupt_the_file(tmp_path: Path) -> None:
    path = str(tmp_path / "progress.json")
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    procs = [ctx.Process(target=_hammer,  # type: ignore[attr-defined]  # a concrete context has it
                         args=(path, f"l{i}")) for i in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    store = ProgressStore(path)
    assert store.take_notices() == []
    assert {k: v.step for k, v in store.lessons().items()} == {f"l{i}": 29 for i in range(4)}


def test_state_dir_honours_xdg_state_home(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("AUTOGRAD_TUI_STATE_DIR", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    if os.name == "posix" and not os.uname().sysname == "Darwin":
        assert settings.progress_path() == tmp_path / "xdg" / "autograd-tui" / "progress.json"


@pytest.mark.parametrize("cli,saved,env,expected", [
    ("en", "tr", {"LANG": "tr_TR.UTF-8"}, "en"),
    (None, "en", {"LANG": "tr_TR.UTF-8"}, "en"),
    (None, None, {"LANG": "tr_TR.UTF-8"}, "tr"),
    (None, None, {"LANG": "C.UTF-8"}, "en"),
    (None, None, {}, "en"),
    (None, None, {"LANG": "en_US.UTF-8", "LC_ALL": "tr_TR.UTF-8"}, "tr"),
    (None, "xx", {"LANG": "tr"}, "tr"),
])
def test_language_resolution(cli, saved, env, expected) -> None:
    assert settings.resolve_language(cli, saved, env) == expected


def test_a_listing_that_finds_damage_leaves_the_notice_for_the_tutor(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    path.write_text("{not json", encoding="utf-8")
    listing = ProgressStore(path)          # e.g. `autograd-tui lessons`: it shows no notices
    assert listing.lessons() == {}
    tutor = ProgressStore(path)            # the next tutor session tells the learner…
    assert [k for k, _ in tutor.take_notices()] == ["progress.corrupt"]
    assert ProgressStore(path).take_notices() == []   # …once
