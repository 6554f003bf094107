"""The lesson index: what ``lessons`` and the menu list, kept between runs in the state directory.

No test here asserts how fast anything is (timing belongs to ``benchmarks/run.py``); these say
what the index must never get wrong: an edited file is read again, a broken file is named and
skipped from the first run to the last, and a damaged index file costs nothing but speed.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest
from tutor_support import make_shell

from autograd_tui.lessons import index as index_module
from autograd_tui.lessons.catalog import load_catalog
from autograd_tui.lessons.index import load_index
from autograd_tui.lessons.model import LessonInfo
from autograd_tui.tutor.menu import PAGE_SIZE, Menu
from autograd_tui.tutor.progress import ProgressStore

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from lesson_folder import lesson_text, make_folder  # noqa: E402

BROKEN = "id: broken\ntitle: {tr: a, en: b}\nsteps: [\n"


def age(*paths: Path, seconds: float = 60) -> None:
    """Backdate files, as files that were not just written (the index skips those)."""
    then = time.time() - seconds
    for path in paths:
        os.utime(path, (then, then))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "lessons"
    make_folder(folder, 5)
    (folder / "bulk-00003.yaml").write_text(BROKEN, encoding="utf-8")
    age(*folder.iterdir())
    return folder


def texts(text) -> tuple[str, str] | None:
    return (text.tr, text.en) if text is not None else None


def listing(index) -> tuple[list, list]:
    return ([(i.id, texts(i.title), texts(i.summary), i.kinds(), i.step_count, i.path) for i in index.lessons],
            [str(p) for p in index.problems])


def test_the_index_lists_what_a_full_read_lists_and_reuses_every_verdict(folder, tmp_path) -> None:
    cache = tmp_path / "state" / "lesson-index.json"
    full = load_catalog([str(folder)])
    expected = ([(lesson.id, texts(lesson.title), texts(lesson.summary), lesson.kinds(), len(lesson.steps),
                  lesson.path) for lesson in full.lessons], [str(p) for p in full.problems])
    first = load_index([str(folder)], cache=cache)
    second = load_index([str(folder)], cache=cache)
    assert listing(first) == listing(second) == expected
    assert first.misses == len(expected[0]) + 1 and second.misses == 0
    assert second.shipped_ids == full.shipped_ids
    # the broken file is named (with its line) on every run, the cached ones too
    assert any("bulk-00003.yaml:4: invalid YAML" in p for p in listing(second)[1])
    assert "bulk-00003" not in {info.id for info in second.lessons}


@pytest.mark.parametrize("keep_mtime", [False, True])
def test_an_edited_file_is_read_again(folder, tmp_path, keep_mtime) -> None:
    cache = tmp_path / "lesson-index.json"
    load_index([str(folder)], cache=cache, include_shipped=False)
    path = folder / "bulk-00002.yaml"
    before = path.stat()
    # the same size, and (second case) the old mtime put back: the inode's ctime still moves
    path.write_text(lesson_text(2).replace("Bulk lesson 2", "Bulk lessom 2"), encoding="utf-8")
    assert path.stat().st_size == before.st_size
    if keep_mtime:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    again = load_index([str(folder)], cache=cache, include_shipped=False)
    edited = again.find("bulk-00002")
    assert edited is not None and edited.title.en == "Bulk lessom 2"
    assert again.misses == 1


def test_a_file_that_breaks_or_heals_changes_the_listing(folder, tmp_path) -> None:
    cache = tmp_path / "lesson-index.json"
    load_index([str(folder)], cache=cache, include_shipped=False)
    (folder / "bulk-00001.yaml").write_text(BROKEN, encoding="utf-8")
    (folder / "bulk-00003.yaml").write_text(lesson_text(3), encoding="utf-8")
    index = load_index([str(folder)], cache=cache, include_shipped=False)
    assert [info.id for info in index.lessons] == ["bulk-00002", "bulk-00003", "bulk-00004", "bulk-00005"]
    assert [Path(p.path).name for p in index.problems] == ["bulk-00001.yaml"]


def test_a_file_just_written_is_not_kept(folder, tmp_path) -> None:
    """Its mtime may repeat for the next write (timestamps are coarse), so its verdict would be
    trusted wrongly; it is validated again until it is a little older."""
    cache = tmp_path / "lesson-index.json"
    (folder / "bulk-00004.yaml").write_text(lesson_text(4), encoding="utf-8")
    load_index([str(folder)], cache=cache, include_shipped=False)
    again = load_index([str(folder)], cache=cache, include_shipped=False)
    assert again.misses == 1


def test_a_new_version_of_the_rules_reads_every_file_again(folder, tmp_path, monkeypatch) -> None:
    cache = tmp_path / "lesson-index.json"
    load_index([str(folder)], cache=cache, include_shipped=False)
    monkeypatch.setattr(index_module, "_stamp", lambda: "another version")
    assert load_index([str(folder)], cache=cache, include_shipped=False).misses == 5


def damaged_entries(folder: Path, good: dict) -> list[object]:
    key = os.path.abspath(folder / "bulk-00001.yaml")
    entry = good["files"][key]

    def with_verdict(verdict: object) -> dict:
        return {**good, "files": {key: {**entry, "verdict": verdict}}}
    heading = entry["verdict"]["lesson"]
    return [
        with_verdict(None), with_verdict([]), with_verdict({"lesson": None}),
        with_verdict({"lesson": {**heading, "id": 7}}),
        with_verdict({"lesson": {**heading, "title": ["only one"]}}),
        with_verdict({"lesson": {**heading, "summary": "not a pair"}}),
        with_verdict({"lesson": {**heading, "kinds": [1, 1, -1, 1]}}),
        with_verdict({"lesson": {**heading, "kinds": [1, 1, True, 1]}}),
        with_verdict({"lesson": {**heading, "id_line": "1"}}),
        with_verdict({"problems": []}), with_verdict({"problems": [[1]]}),
        with_verdict({"problems": [["1", "message"]]}),
        {**good, "files": {key: {**entry, "stat": "?"}}},
        {**good, "files": []}, {**good, "stamp": None}, [good], None, 0,
    ]


def test_a_damaged_index_file_is_ignored_and_rewritten(folder, tmp_path) -> None:
    cache = tmp_path / "lesson-index.json"
    expected = listing(load_index([str(folder)], cache=cache))
    good = json.loads(cache.read_text(encoding="utf-8"))
    texts = [json.dumps(value) for value in damaged_entries(folder, good)]
    texts += ["", "{", "\x00\xff garbage", '{"stamp": ' * 100_000, "[" * 100_000,
              json.dumps(good)[: len(json.dumps(good)) // 2]]
    for text in texts:
        cache.write_bytes(text.encode("utf-8", "surrogateescape"))
        assert listing(load_index([str(folder)], cache=cache)) == expected, text[:80]
        json.loads(cache.read_text(encoding="utf-8"))   # rewritten whole
    for damage in ("folder", "fifo"):
        cache.unlink(missing_ok=True)
        if damage == "folder":
            cache.mkdir()
        else:
            os.mkfifo(cache)   # opening it for reading would wait for a writer forever
        assert listing(load_index([str(folder)], cache=cache)) == expected
        if cache.is_dir():
            cache.rmdir()
        else:
            cache.unlink()   # the FIFO was replaced by a good index


def test_an_unwritable_state_directory_only_costs_speed(folder, tmp_path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    expected = listing(load_index([str(folder)]))
    assert listing(load_index([str(folder)], cache=blocked / "lesson-index.json")) == expected


def test_folders_sharing_the_index_keep_each_others_entries(folder, tmp_path) -> None:
    cache = tmp_path / "lesson-index.json"
    other = tmp_path / "other"
    make_folder(other, 2)
    age(*other.iterdir())
    load_index([str(folder)], cache=cache, include_shipped=False)
    load_index([str(other)], cache=cache, include_shipped=False)
    (folder / "bulk-00005.yaml").unlink()   # a gone file's entry goes when its folder is listed
    assert load_index([str(folder)], cache=cache, include_shipped=False).misses == 0
    assert load_index([str(other)], cache=cache, include_shipped=False).misses == 0
    files = json.loads(cache.read_text(encoding="utf-8"))["files"]
    assert os.path.abspath(folder / "bulk-00005.yaml") not in files and len(files) == 4 + 2


def test_opening_reads_the_file_again(folder, tmp_path) -> None:
    index = load_index([str(folder)], cache=tmp_path / "lesson-index.json", include_shipped=False)
    info = index.find("bulk-00002")
    assert isinstance(info, LessonInfo)
    opened = index.open(info)
    assert opened.ok and opened.lesson is not None and len(opened.lesson.steps) == info.step_count
    (folder / "bulk-00002.yaml").write_text(BROKEN, encoding="utf-8")
    assert [p.line for p in index.open(info).problems] == [4]
    (folder / "bulk-00002.yaml").write_text(lesson_text(9), encoding="utf-8")
    assert "changed from 'bulk-00002' to 'bulk-00009'" in str(index.open(info).problems[0])


def lessons_command(args: list[str], state: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, AUTOGRAD_TUI_STATE_DIR=str(state), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "autograd_tui", "lessons", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_the_lessons_command_says_the_same_with_and_without_the_index(folder, tmp_path) -> None:
    state = tmp_path / "state"
    for args in (["--lessons", str(folder)], ["--json", "--lessons", str(folder)]):
        first, second = lessons_command(args, state), lessons_command(args, state)
        assert (state / "lesson-index.json").is_file()
        assert first.returncode == second.returncode == 0
        assert first.stdout == second.stdout and first.stderr == second.stderr
        assert "bulk-00003.yaml:4: invalid YAML" in second.stderr and "bulk-00004" in second.stdout


# ------------------------------------------------------------------------------------------
# The menu shows a page at a time
# ------------------------------------------------------------------------------------------

@pytest.fixture
def many(tmp_path: Path) -> list[LessonInfo]:
    folder = tmp_path / "many"
    make_folder(folder, PAGE_SIZE * 2 + 3)
    return load_index([str(folder)], include_shipped=False).lessons


def test_the_menu_shows_one_page_and_turns_pages(many, tmp_path) -> None:
    shell, out = make_shell([":page", ":sayfa 3", ":page 4", ":page x", f"{PAGE_SIZE * 2 + 2}"])
    choice = Menu(shell, many, ProgressStore(tmp_path / "p.json")).choose()
    pages = out.getvalue().split("Page ")
    assert pages[1].startswith(f"1 of 3: lessons 1–{PAGE_SIZE} of {len(many)}")
    assert "Bulk lesson 1 " in pages[0] and f"Bulk lesson {PAGE_SIZE + 1} " not in pages[0]
    assert pages[2].startswith(f"2 of 3: lessons {PAGE_SIZE + 1}–{PAGE_SIZE * 2}")
    assert f"Bulk lesson {PAGE_SIZE + 1} " in pages[1]
    assert pages[3].startswith(f"3 of 3: lessons {PAGE_SIZE * 2 + 1}–{len(many)}")
    assert out.getvalue().count("Type :page for the next page, or :page N with N from 1 to 3.") == 2
    # a number from another page still opens its lesson
    assert choice.action == "lesson" and choice.lesson is not None
    assert choice.lesson.id == f"bulk-{PAGE_SIZE * 2 + 2:05d}"


def test_the_menu_opens_on_the_page_of_the_lesson_to_resume(many, tmp_path) -> None:
    store = ProgressStore(tmp_path / "p.json")
    store.save_lesson(many[PAGE_SIZE + 4].id, step=2, total=4)
    shell, out = make_shell([""])
    choice = Menu(shell, many, store).choose()
    assert "Page 2 of 3" in out.getvalue()
    assert choice.lesson is many[PAGE_SIZE + 4]


def test_a_short_menu_has_no_pages(many, tmp_path) -> None:
    shell, out = make_shell([":page"])
    Menu(shell, many[:PAGE_SIZE], ProgressStore(tmp_path / "p.json")).choose()
    assert "Page " not in out.getvalue()


def test_the_tutor_names_a_listed_lesson_that_fails_to_open_and_goes_on(folder, tmp_path) -> None:
    """The menu lists from the index; opening reads the file. An index entry that no longer
    tells the truth (forged here: the file changed within the stat it recorded) costs the
    learner one warning, never a broken lesson."""
    state = tmp_path / "state"
    assert lessons_command(["--lessons", str(folder)], state).returncode == 0
    path = folder / "bulk-00002.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    cache = state / "lesson-index.json"
    data = json.loads(cache.read_text(encoding="utf-8"))
    info = path.stat()
    data["files"][os.path.abspath(path)]["stat"] = [info.st_mtime_ns, info.st_ctime_ns, info.st_size, info.st_ino]
    cache.write_text(json.dumps(data), encoding="utf-8")
    env = dict(os.environ, AUTOGRAD_TUI_STATE_DIR=str(state), PYTHONIOENCODING="utf-8", COLUMNS="200")
    proc = subprocess.run([sys.executable, "-m", "autograd_tui", "--lang", "en", "--lessons", str(folder)],
                          input="bulk-00002\nbulk-00002\n:quit\n", capture_output=True, text=True, env=env,
                          timeout=120)
    assert proc.returncode == 0 and "Traceback" not in proc.stdout + proc.stderr
    assert "Skipped a lesson file that has problems:" in proc.stdout
    assert "bulk-00002.yaml:4: invalid YAML" in proc.stdout
    assert "There is no lesson “bulk-00002”" in proc.stdout   # no longer listed


def test_new_wording_of_yaml_errors_reads_every_file_again(folder, tmp_path, monkeypatch) -> None:
    """The words of a broken file's problem come from yaml_errors.py; a verdict kept from
    before it changed showed the old words (in Turkish, the library's English ones)."""
    cache = tmp_path / "lesson-index.json"
    source = tmp_path / "yaml_errors.py"
    source.write_text("# the wording\n", encoding="utf-8")
    monkeypatch.setattr(index_module, "yaml_errors", types.SimpleNamespace(__file__=str(source)))
    load_index([str(folder)], cache=cache, include_shipped=False)
    source.write_text("# the wording, changed\n", encoding="utf-8")
    assert load_index([str(folder)], cache=cache, include_shipped=False).misses == 5
