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


# ------------------------------------------------------------------------------------------
# a progress file of 20,000 lessons: every save keeps them all, and merges what others wrote
# ------------------------------------------------------------------------------------------
def many_lessons(count: int) -> dict:
    return {"version": 1, "language": "en", "last": "l00000", "lessons": {
        f"l{n:05d}": {"step": n % 7, "step_id": f"s{n % 7}", "total": 9, "done": n % 3 == 0,
                      "updated": f"2026-01-{1 + n % 28:02d}T10:00:00+00:00",
                      "stats": {"tasks": {"t": True}, "hints": {"t": n % 4}, "quizzes": {"q": False}}}
        for n in range(count)}}


def on_disk(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_save_of_a_big_file_keeps_every_lesson_and_the_change(tmp_path):
    path = tmp_path / "progress.json"
    data = many_lessons(20000)
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    store = ProgressStore(path)
    for step in range(3):   # the first save encodes every entry, the later ones only the change
        assert store.save_lesson("l00004", step=step + 1, total=9, step_id=f"s{step + 1}")
        saved = on_disk(path)
        assert len(saved["lessons"]) == 20000 and saved["last"] == "l00004"
        assert saved["lessons"]["l00004"]["step"] == step + 1
        assert saved["lessons"]["l00004"]["done"] is False and saved["lessons"]["l00003"]["done"] is True
        assert saved["lessons"]["l00005"] == data["lessons"]["l00005"]
        # exactly what json writes: the entries encoded once and reused make the same text
        assert path.read_text(encoding="utf-8") == json.dumps(saved, ensure_ascii=False,
                                                              separators=(",", ":"), sort_keys=True)
    assert store.lessons()["l00004"].step == 3     # the listing follows each save
    assert ProgressStore(path).lesson("l00004").step == 3
    assert store.take_notices() == []


def test_a_save_after_another_tutor_wrote_merges_instead_of_overwriting(tmp_path):
    path = tmp_path / "progress.json"
    path.write_text(json.dumps(many_lessons(3000)), encoding="utf-8")
    ours, theirs = ProgressStore(path), ProgressStore(path)
    assert ours.save_lesson("mine", step=2, total=5)
    assert theirs.save_lesson("theirs", step=4, total=5)
    assert theirs.forget_lesson("l00001")
    assert ours.save_lesson("mine", step=3, total=5)   # the file changed since ours wrote it
    saved = on_disk(path)["lessons"]
    assert saved["mine"]["step"] == 3 and saved["theirs"]["step"] == 4
    assert "l00001" not in saved and len(saved) == 3000 + 2 - 1
    assert ours.lessons()["theirs"].step == 4


def test_a_file_edited_in_place_is_read_again_before_a_save(tmp_path):
    import os

    path = tmp_path / "progress.json"
    store = ProgressStore(path)
    assert store.save_lesson("a", step=1, total=3)
    edited = on_disk(path)
    edited["lessons"]["b"] = dict(edited["lessons"]["a"], step=2)
    text = json.dumps(edited)
    with open(path, "r+", encoding="utf-8") as fh:   # same file, new content (an editor)
        fh.write(text)
        fh.truncate()
    stamp = os.stat(path).st_mtime_ns + 5_000_000_000
    os.utime(path, ns=(stamp, stamp))
    assert store.save_lesson("a", step=2, total=3)
    assert on_disk(path)["lessons"]["b"]["step"] == 2


def test_over_the_size_limit_the_oldest_stats_go_first_and_no_lesson_is_lost(tmp_path, monkeypatch):
    from autograd_tui.tutor import progress as progress_module

    data = many_lessons(200)
    compact = len(json.dumps(data, separators=(",", ":")).encode())
    bare = len(json.dumps({**data, "lessons": {k: dict(v, stats={}) for k, v in data["lessons"].items()}},
                          separators=(",", ":")).encode())
    limit = (compact + bare) // 2   # fits once about half of the lessons lose their stats
    monkeypatch.setattr(progress_module, "MAX_PROGRESS_BYTES", limit)
    monkeypatch.setattr(progress_module, "INDENTED_UP_TO", 1024)
    payload = progress_module._payload_within_limit(data)
    assert len(payload) <= limit
    kept = json.loads(payload)["lessons"]
    assert kept.keys() == data["lessons"].keys()        # every lesson, step and "done" kept
    assert all(kept[k]["step"] == v["step"] and kept[k]["done"] == v["done"] for k, v in data["lessons"].items())
    stripped = {k for k, v in kept.items() if v["stats"] == {}}
    assert stripped and len(stripped) < 200
    newest_stripped = max(data["lessons"][k]["updated"] for k in stripped)
    oldest_kept = min(data["lessons"][k]["updated"] for k in kept if k not in stripped)
    assert newest_stripped <= oldest_kept               # those touched longest ago


def test_far_over_the_limit_only_as_many_old_lessons_as_needed_are_left_out(tmp_path, monkeypatch):
    from autograd_tui.tutor import progress as progress_module

    data = many_lessons(200)
    bare = len(json.dumps({**data, "lessons": {k: dict(v, stats={}) for k, v in data["lessons"].items()}},
                          separators=(",", ":")).encode())
    monkeypatch.setattr(progress_module, "MAX_PROGRESS_BYTES", bare - 500)
    monkeypatch.setattr(progress_module, "INDENTED_UP_TO", 1024)
    payload = progress_module._payload_within_limit(data)
    kept = json.loads(payload)["lessons"]
    assert len(payload) <= bare - 500
    # 500 bytes are a few bare entries: only those go, not the tenth of all that used to
    assert 190 <= len(kept) < 200
    left_out = data["lessons"].keys() - kept.keys()
    assert max(data["lessons"][k]["updated"] for k in left_out) <= min(v["updated"] for v in kept.values())


def test_entries_read_as_written_are_still_checked_one_value_at_a_time(tmp_path):
    path = tmp_path / "progress.json"
    data = many_lessons(3)
    data["lessons"]["l00001"]["stats"]["hints"]["t"] = True        # a hint count must be a number
    data["lessons"]["l00002"]["stats"]["quizzes"]["q"] = 1         # a quiz verdict must be a bool
    path.write_text(json.dumps(data), encoding="utf-8")
    store = ProgressStore(path)
    assert store.lesson("l00000").stats == data["lessons"]["l00000"]["stats"]
    assert store.lesson("l00001").stats["hints"] == {} and store.lesson("l00001").stats["tasks"] == {"t": True}
    assert store.lesson("l00002").stats["quizzes"] == {} and store.lesson("l00002").step == 2
