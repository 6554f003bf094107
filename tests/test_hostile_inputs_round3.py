"""Hostile inputs, third round: fresh inputs of the same families as test_hostile_inputs.py.

Each test names the catalogue entry of docs/robustness.md it proves.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

SMALL = ("id: small\ntitle: {tr: Küçük, en: Small}\n"
         "steps:\n  - {id: a, kind: text, text: {tr: metin, en: text}}\n")


@pytest.fixture(autouse=True)
def own_state_dir(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("AUTOGRAD_TUI_STATE_DIR", raising=False)


def run_tutor(args: list[str], tmp_path: Path, stdin: str = "", timeout: float = 120,
              **extra_env: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in ("AUTOGRAD_TUI_STATE_DIR", "NO_COLOR", "LC_ALL", "LC_MESSAGES")}
    env.update(HOME=str(tmp_path / "home"), XDG_STATE_HOME=str(tmp_path / "state"),
               LANG="C.UTF-8", COLUMNS="80", PYTHONIOENCODING="utf-8", **extra_env)
    return subprocess.run([sys.executable, "-m", "autograd_tui", *args], input=stdin.encode(),
                          capture_output=True, env=env, timeout=timeout, cwd=tmp_path)


def lesson_folder(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "lessons"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


# ------------------------------------------------------------------------------------------
# steps that hang: a thread left running must not hold the tutor open
# ------------------------------------------------------------------------------------------
THREAD = "import threading, time\nthreading.Thread(target=time.sleep, args=(600,)).start()\n"


def test_a_thread_left_running_by_learner_code_does_not_hold_the_tutor_open(tmp_path):
    done = run_tutor(["--lang", "en", "repl"], tmp_path, stdin=THREAD + "print('after')\n", timeout=60)
    assert done.returncode == 0 and b"after" in done.stdout
    assert b"Traceback" not in done.stdout + done.stderr
    step = ("id: threads\ntitle: {tr: İş parçacığı, en: Threads}\nsteps:\n"
            "  - id: a\n    kind: code\n    code: |\n"
            + "".join("      " + line + "\n" for line in THREAD.splitlines()))
    folder = lesson_folder(tmp_path, **{"threads.yaml": step})
    done = run_tutor(["--lang", "tr", "--lessons", str(folder), "demo", "--auto", "threads"],
                     tmp_path, timeout=60)
    assert b"Traceback" not in done.stdout + done.stderr
    assert "1/1" in done.stdout.decode()


# ------------------------------------------------------------------------------------------
# Ctrl-C during resume: the reason is in the learner's language too
# ------------------------------------------------------------------------------------------
SPINNING_SETUP = ("id: spinning\ntitle: {tr: Dönen, en: Spinning}\nsetup: |\n  raise KeyboardInterrupt\n"
                  "steps:\n  - {id: a, kind: text, text: {tr: metin, en: text}}\n"
                  "  - {id: b, kind: text, text: {tr: metin, en: text}}\n")


def test_an_interrupted_replay_says_why_in_turkish_too(tmp_path):
    from tutor_support import make_shell

    from autograd_tui.i18n import t
    from autograd_tui.lessons.loader import load_lesson
    from autograd_tui.tutor.flow import LessonController
    from autograd_tui.tutor.progress import ProgressStore

    path = tmp_path / "spinning.yaml"
    path.write_text(SPINNING_SETUP, encoding="utf-8")
    lesson = load_lesson(path).lesson
    for lang in ("tr", "en"):
        store = ProgressStore(tmp_path / f"progress-{lang}.json")
        store.save_lesson("spinning", step=1, total=2, step_id="b")
        shell, out = make_shell([], lang=lang)
        LessonController(shell, lesson, store).start()
        text = " ".join(out.getvalue().split())
        assert t("lesson.replay_interrupted", lang) in text, text
        if lang == "tr":
            assert "the replay was interrupted" not in text, text


# ------------------------------------------------------------------------------------------
# special files: errors.log
# ------------------------------------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a Unix thing")
@pytest.mark.parametrize("lang", ["tr", "en"])
@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_an_errors_log_that_is_no_file_never_blocks_and_is_not_named(tmp_path, monkeypatch, capsys, lang, kind):
    from autograd_tui import commands, i18n
    from autograd_tui.cli import main as cli_main

    state = tmp_path / "own-state"
    state.mkdir()
    monkeypatch.setenv("AUTOGRAD_TUI_STATE_DIR", str(state))
    if kind == "fifo":
        os.mkfifo(state / "errors.log")
    else:
        (state / "errors.log").mkdir()

    def broken(args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(commands, "cmd_lessons", broken)
    # a FIFO at errors.log used to make this wait forever for a reader
    assert cli_main(["--lang", lang, "lessons"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == i18n.t("app.fatal_error_unlogged", lang)
    assert "no log" not in err and "not writable" not in err


# ------------------------------------------------------------------------------------------
# `run` is exactly `python FILE.py`, also for scripts that touch the interpreter itself
# ------------------------------------------------------------------------------------------
RUN_SCRIPTS = {
    "closes-stdout": "import sys\nprint('a')\nsys.stdout.close()\n",
    "own-excepthook": "import sys\nsys.excepthook = lambda t, e, tb: print('HOOK', t.__name__)\n1 / 0\n",
    "failing-excepthook": "import sys\ndef hook(*a):\n    raise ValueError('hook')\nsys.excepthook = hook\n1 / 0\n",
    "unbounded-recursion": "def f():\n    f()\nf()\n",
}


@pytest.mark.parametrize("name", sorted(RUN_SCRIPTS))
def test_run_matches_python_for_scripts_that_touch_the_interpreter(tmp_path, name):
    (tmp_path / "s.py").write_text(RUN_SCRIPTS[name], encoding="utf-8")
    ways = ([sys.executable, "s.py"], [sys.executable, "-m", "autograd_tui", "run", "s.py"])
    python, ours = (subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=120)
                    for cmd in ways)
    mask = re.compile(r" at 0x[0-9a-f]+")
    assert (ours.returncode, ours.stdout, mask.sub("", ours.stderr)) == \
        (python.returncode, python.stdout, mask.sub("", python.stderr))
    assert "autograd_tui" not in ours.stderr


# ------------------------------------------------------------------------------------------
# full disks and messages in the user's language: check's and export's own lines
# ------------------------------------------------------------------------------------------
def test_check_speaks_turkish_in_its_own_lines(tmp_path, capsys):
    from autograd_tui.cli import main as cli_main

    folder = lesson_folder(tmp_path, **{"small.yaml": SMALL})
    (tmp_path / "empty").mkdir()
    assert cli_main(["--lang", "tr", "check", str(folder), str(tmp_path / "empty")]) == 1
    captured = capsys.readouterr()
    assert "bu klasörde ders dosyası (*.yaml) yok" in captured.out
    assert "(uyarı)" in captured.err and "(warning)" not in captured.err
    assert "1 ders dosyası denetlendi (yerleşik motor üzerinde 0 kod çalıştı): 1 sorun" in captured.err
    assert cli_main(["--lang", "tr", "check", str(tmp_path / "nothing-here")]) == 1
    assert "nothing-here:1: böyle bir dosya yok" in capsys.readouterr().out
    assert cli_main(["--lang", "en", "check", str(folder)]) == 0
    assert "checked 1 lesson file (0 code runs on the embedded engine): all good" in capsys.readouterr().err


@pytest.mark.parametrize("lang, words", [("tr", "yazılamadı: No space left on device"),
                                         ("en", "cannot write")])
def test_an_export_on_a_full_disk_keeps_the_earlier_notes_whole(tmp_path, monkeypatch, capsys, lang, words):
    from autograd_tui.cli import main as cli_main

    notes = tmp_path / "notes.md"
    notes.write_text("my earlier notes\n", encoding="utf-8")
    real_write = Path.write_text

    def full_disk(self, data, *args, **kwargs):
        real_write(self, data[:10], *args, **kwargs)   # part of it lands, then the disk is full
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full_disk)
    assert cli_main(["--lang", lang, "export", "02-tensors", "-o", str(notes)]) == 1
    monkeypatch.setattr(Path, "write_text", real_write)
    assert notes.read_text(encoding="utf-8") == "my earlier notes\n"   # it used to be cut short
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []
    assert words in capsys.readouterr().err
    assert cli_main(["--lang", lang, "export", "02-tensors", "-o", str(notes)]) == 0
    assert notes.read_text(encoding="utf-8").startswith("# ")


# ------------------------------------------------------------------------------------------
# odd keys at the prompts
# ------------------------------------------------------------------------------------------
@pytest.mark.skipif(sys.platform == "win32", reason="Ctrl-Z suspends on Unix only")
def test_ctrl_z_suspends_instead_of_typing_an_invisible_character(tmp_path, monkeypatch):
    from prompt_toolkit.application import Application
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from autograd_tui.repl.builtin_commands import build_registry
    from autograd_tui.repl.prompt import TerminalReader

    suspended: list[bool] = []
    monkeypatch.setattr(Application, "suspend_to_background",
                        lambda self, suspend_group=True: suspended.append(True))
    with create_pipe_input() as pipe:
        reader = TerminalReader(registry=build_registry(load_extensions=False), get_namespace=dict,
                                history_path=tmp_path / "history", input=pipe, output=DummyOutput())
        pipe.send_text("\x1a1+1\r")
        assert reader.read_code() == "1+1"     # it used to be "\x1a1+1": a SyntaxError
        pipe.send_text("\x1a2\r")
        assert reader.read_line() == "2"       # the menu's and the quiz's prompt
    assert len(suspended) == 2


# ------------------------------------------------------------------------------------------
# special files in a lesson folder
# ------------------------------------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="links and FIFOs as on Unix")
def test_a_broken_link_a_link_loop_or_a_fifo_in_a_lesson_folder_is_named_not_skipped(tmp_path, capsys):
    from autograd_tui.cli import main as cli_main

    folder = lesson_folder(tmp_path, **{"small.yaml": SMALL})
    (folder / "loop.yaml").symlink_to("loop.yaml")
    (folder / "broken.yaml").symlink_to(tmp_path / "gone.yaml")
    os.mkfifo(folder / "pipe.yaml")
    (folder / "folder.yaml").mkdir()   # a folder is no lesson file, and says nothing
    assert cli_main(["--lang", "en", "check", str(folder)]) == 1   # it used to say "all good"
    out = capsys.readouterr().out
    for name in ("loop.yaml", "broken.yaml", "pipe.yaml"):
        assert f"{folder / name}:1: " in out, out
    assert "folder.yaml" not in out
    assert cli_main(["--lang", "en", "--lessons", str(folder), "lessons"]) == 0
    captured = capsys.readouterr()
    assert "small" in captured.out and "broken.yaml:1: " in captured.err


def test_a_missing_name_given_to_check_hides_no_other_file(tmp_path, capsys):
    from autograd_tui.cli import main as cli_main

    folder = lesson_folder(tmp_path, **{"broken.yaml": "id: [\n"})
    assert cli_main(["--lang", "en", "check", str(tmp_path / "typo.yaml"), str(folder)]) == 1
    captured = capsys.readouterr()
    assert "typo.yaml:1: no such file" in captured.out
    assert "broken.yaml:2: invalid YAML" in captured.out   # it used to stop at the missing name
    assert "checked 1 lesson file (0 code runs on the embedded engine): 2 problems" in captured.err


# ------------------------------------------------------------------------------------------
# odd terminal sizes from the environment
# ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("columns, lines", [("99999999999999999999", "25"), ("²", "25"), ("80", "²"),
                                           ("100000", "99999999999999999999")])
def test_an_odd_columns_or_lines_is_no_internal_error(tmp_path, columns, lines):
    env = {k: v for k, v in os.environ.items()
           if k not in ("AUTOGRAD_TUI_STATE_DIR", "NO_COLOR", "LC_ALL", "LC_MESSAGES")}
    env.update(HOME=str(tmp_path / "home"), XDG_STATE_HOME=str(tmp_path / "state"),
               LANG="C.UTF-8", COLUMNS=columns, LINES=lines, PYTHONIOENCODING="utf-8")
    done = subprocess.run([sys.executable, "-m", "autograd_tui", "--lang", "en"], input=b"2\n:q\n",
                          capture_output=True, env=env, timeout=120, cwd=tmp_path)
    out = (done.stdout + done.stderr).decode()
    assert done.returncode == 0 and "internal error" not in out, out[-500:]
    assert "Progress saved" in out
    assert max(len(line) for line in out.splitlines()) <= 1000


# ------------------------------------------------------------------------------------------
# damaged progress: a damaged nicety never costs the step a learner reached
# ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("damage", [{"updated": 5}, {"total": "fourteen"}, {"total": -1},
                                    {"step_id": ["make-p"]}, {"done": "yes"}, {"step": 4.0},
                                    {"stats": {"hints": [1, 2], "quizzes": "x"}}])
def test_a_damaged_detail_of_a_lesson_entry_keeps_its_step(tmp_path, damage):
    import json

    from autograd_tui.tutor.progress import ProgressStore

    entry = {"step": 4, "step_id": "make-p", "total": 14, "done": False, "updated": "", **damage}
    path = tmp_path / "progress.json"
    path.write_text(json.dumps({"version": 1, "lessons": {"02-tensors": entry,
                                                          "01-background": {"step": 9, "total": 9, "done": True}}}),
                    encoding="utf-8")
    store = ProgressStore(path)
    kept = store.lesson("02-tensors")
    assert kept is not None and kept.step == 4   # the whole entry used to be dropped
    assert store.lesson("01-background").done
    if "stats" not in damage:
        assert [k for k, _ in store.take_notices()] == ["progress.corrupt"]
    assert ProgressStore(path).lesson("02-tensors").step == 4   # and it was written back


def test_a_step_that_is_no_whole_number_is_still_not_guessed_at(tmp_path):
    import json

    from autograd_tui.tutor.progress import ProgressStore

    path = tmp_path / "progress.json"
    path.write_text(json.dumps({"version": 1, "lessons": {"a": {"step": -5}, "b": {"step": 1e308},
                                                          "c": {"step": "4"}, "d": {"step": 2.5}}}),
                    encoding="utf-8")
    assert ProgressStore(path).lessons() == {}


# ------------------------------------------------------------------------------------------
# a step stopped by the time limit says so in the language of the transcript or export
# ------------------------------------------------------------------------------------------
SLOW = ("id: slow\ntitle: {tr: Yavaş, en: Slow}\nsteps:\n"
        "  - id: a\n    kind: code\n    code: |\n      import time\n      time.sleep(60)\n")


@pytest.mark.parametrize("lang, words, foreign", [
    ("tr", "StepTimeLimit: adım 0.5 saniyeden uzun sürdü ve durduruldu", "ran longer"),
    ("en", "StepTimeLimit: the step ran longer than 0.5 seconds and was stopped", "saniyeden"),
])
def test_a_stopped_step_is_named_in_the_language_of_the_export_and_the_demo(tmp_path, monkeypatch, lang,
                                                                            words, foreign):
    from autograd_tui.lessons import export as export_module
    from autograd_tui.lessons import transcript
    from autograd_tui.lessons.loader import load_lesson

    monkeypatch.setattr(export_module, "STEP_TIME_LIMIT", 0.5)
    monkeypatch.setattr(transcript, "STEP_TIME_LIMIT", 0.5)
    path = tmp_path / "slow.yaml"
    path.write_text(SLOW, encoding="utf-8")
    lesson = load_lesson(path).lesson
    notes = export_module.export(lesson, "md", lang)
    assert words in notes and foreign not in notes    # a Turkish export used to say it in English
    shown: list[str] = []
    transcript.play(lesson, lang, "embedded", shown.append)
    assert words in "".join(shown)


# ------------------------------------------------------------------------------------------
# sizes: a pasted line of megabytes
# ------------------------------------------------------------------------------------------
def test_a_five_megabyte_line_comes_back_in_seconds(tmp_path):
    import time

    line = "x = '" + "a" * 5_000_000 + "'\nprint(len(x))\n"
    start = time.monotonic()
    done = run_tutor(["--lang", "en", "repl"], tmp_path, stdin=line, timeout=120)
    assert done.returncode == 0 and b"5000000" in done.stdout
    # it took minutes: the session log cut each assignment out of the source with
    # ast.get_source_segment, which walks the whole text one character at a time
    assert time.monotonic() - start < 60


@pytest.mark.parametrize("source", ["x = 1\n", "a = (1,\n  2)\r\nb=3", "ş = 'ğü'; t = [ş,\r 2]\n\x0cq = 4\n",
                                    "with torch.no_grad():\n    y = x * 2\n", "x = '\u2028'\x0c\ny = 2\nz=3",
                                    "x = '''a\n\nb'''\ny=1\n\n", "s = '\x0b\x1c'\nt = 1"])
def test_the_session_log_cuts_statements_as_the_parser_counts_lines(source):
    import ast

    from autograd_tui.viz.observe import _LINE, _segment

    lines = _LINE.findall(source)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.stmt):
            assert _segment(lines, node) == ast.get_source_segment(source, node)


# ------------------------------------------------------------------------------------------
# the projector demo draws with its own codes (escaping stays the console's job)
# ------------------------------------------------------------------------------------------
def test_the_projector_demo_reaches_the_terminal_with_its_own_codes(monkeypatch, capsys):
    from autograd_tui import commands
    from autograd_tui.cli import main as cli_main
    from autograd_tui.tutor import demo

    def draw(options, lang):
        sys.stdout.write("\x1b[2J\x1b[H")     # what console.clear() writes
        return 0

    monkeypatch.setattr(commands, "_is_terminal", lambda: True)
    monkeypatch.setattr(demo, "main", draw)
    assert cli_main(["--lang", "en", "demo", "02-tensors"]) == 0
    out = capsys.readouterr().out
    # every clear and colour used to show as the text "\x1b[2J\x1b[H" on the projector
    assert "\x1b[2J\x1b[H" in out and "\\x1b" not in out
    assert cli_main(["--lang", "en", "lessons"]) == 0   # the plain commands still escape
    assert "\\x1b" not in capsys.readouterr().out


def test_the_projector_demo_still_shows_a_lessons_escape_codes_visibly():
    import io

    from rich.text import Text

    from autograd_tui.ui.render import make_console

    stream = io.StringIO()
    console = make_console(file=stream, force_terminal=True)
    console.clear()
    console.print(Text("Title \x1b]0;owned\x07"))
    out = stream.getvalue()
    assert out.startswith("\x1b[2J\x1b[H") and "\\x1b]0;owned" in out and "\x1b]0;owned" not in out


def test_a_truncated_progress_file_salvages_entries_that_have_stats(tmp_path):
    from autograd_tui.tutor.progress import ProgressStore

    path = tmp_path / "progress.json"
    path.write_text('{"version": 1, "language": "tr", "lessons": {'
                    '"01-background": {"step": 9, "total": 9, "done": true, "stats": {"hints": {"a": 1}, '
                    '"quizzes": {}, "tasks": {"make-w": true}}, "updated": ""}, '
                    '"02-tensors": {"step": 3, "total": 14, "stats": {"hints": {}, "tasks": {"a": true}}}, '
                    '"03-article-example": {"step": 2, "tot', encoding="utf-8")
    lessons = ProgressStore(path).lessons()
    # it used to keep nothing real, and the stats tables "hints" and "tasks" as lessons
    assert {k: (v.step, v.done) for k, v in lessons.items()} == {"01-background": (9, True),
                                                                 "02-tensors": (3, False)}
    assert lessons["01-background"].stats["tasks"] == {"make-w": True}


def test_the_language_may_be_given_in_capitals(capsys):
    from autograd_tui.cli import main as cli_main
    assert cli_main(["--lang", "TR", "lessons"]) == 0
    assert "başlanmadı" in capsys.readouterr().out
    assert cli_main(["--lang=EN", "lessons"]) == 0
    assert "not started" in capsys.readouterr().out
