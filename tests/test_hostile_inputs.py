"""Hostile inputs, second round: one bad file, one character or one hostile step must not win.

Each test names the catalogue entry of docs/robustness.md it proves.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from autograd_tui.cli import main as cli_main
from autograd_tui.lessons.catalog import load_catalog
from autograd_tui.lessons.loader import load_lesson

FILE_LINE = re.compile(r"^(?P<file>[^\n:]+\.ya?ml):(?P<line>\d+): \S")
GOOD = ("id: good\ntitle: {tr: İyi ders, en: Good lesson}\n"
        "steps:\n  - {id: a, kind: text, text: {tr: metin, en: text}}\n")


@pytest.fixture(autouse=True)
def own_state_dir(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("AUTOGRAD_TUI_STATE_DIR", raising=False)


def lesson_with(line: str) -> str:
    """A small valid lesson with one extra line in it (line 2)."""
    return ("id: extra\n" + line + "\ntitle: {tr: Ek, en: Extra}\n"
            "steps:\n  - {id: a, kind: text, text: {tr: metin, en: text}}\n")


# ------------------------------------------------------------------------------------------
# 1. plain YAML values the loader did not guard
# ------------------------------------------------------------------------------------------
HOSTILE_VALUES = {
    "bad-date": "updated: 2021-02-30",
    "bad-month": "updated: 2021-13-01",
    "bad-hour": "updated: 2021-01-01 25:00:00",
    "hex-underscore": "order: 0x_",
    "bin-underscore": "order: 0b_",
    "long-int": "order: " + "7" * 4400,
    "base-sixty": "order: " + ":".join(["59"] * 3000),
    "tagged-map": "order: !!map x",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_VALUES))
def test_any_plain_yaml_value_is_a_file_line_problem(tmp_path, name):
    path = tmp_path / f"{name}.yaml"
    path.write_text(lesson_with(HOSTILE_VALUES[name]), encoding="utf-8")
    result = load_lesson(path, shown_as=path.name)
    assert result.problems, name
    for problem in result.problems:
        assert problem.line == 2 and FILE_LINE.match(str(problem)), str(problem)


def test_one_bad_value_hides_no_lesson_in_any_command(tmp_path, capsys):
    folder = tmp_path / "lessons"
    folder.mkdir()
    (folder / "good.yaml").write_text(GOOD, encoding="utf-8")
    for name, line in HOSTILE_VALUES.items():
        (folder / f"{name}.yaml").write_text(lesson_with(line), encoding="utf-8")
    catalog = load_catalog([str(folder)])
    ids = [lesson.id for lesson in catalog.lessons]
    assert "good" in ids and "02-tensors" in ids
    assert {Path(p.path).name for p in catalog.problems} == {f"{n}.yaml" for n in HOSTILE_VALUES}

    assert cli_main(["--lessons", str(folder), "--lang", "en", "lessons"]) == 0
    out = capsys.readouterr()
    assert re.search(r"^good\s+Good lesson", out.out, re.MULTILINE)
    assert all(FILE_LINE.match(line) for line in out.err.splitlines() if ".yaml" in line)

    assert cli_main(["check", str(folder)]) == 1
    out = capsys.readouterr()
    named = {Path(FILE_LINE.match(line).group("file")).name for line in out.out.splitlines()}
    assert named == {f"{n}.yaml" for n in HOSTILE_VALUES}

    assert cli_main(["--lessons", str(folder), "--lang", "en", "export", "good", "--format", "py"]) == 0
    assert "# Good lesson" in capsys.readouterr().out


def test_a_file_of_too_many_values_is_refused_with_its_line(tmp_path):
    """Parse time is bounded by a count of values, not by the size cap alone (a flow-style
    file near the cap used to take minutes on every menu start)."""
    from autograd_tui.lessons import loader

    text = "id: x\nsteps: [" + ",".join(["a"] * (loader.MAX_NODES + 10)) + "]\n"
    result = loader.parse_lesson(text, tmp_path / "flow.yaml", shown_as="flow.yaml")
    assert result.lesson is None
    assert len(result.problems) == 1
    assert re.match(r"flow\.yaml:2: invalid YAML: more than \d+ values", str(result.problems[0]))


# ------------------------------------------------------------------------------------------
# 2, 5, 10. one character: lone surrogates, non-UTF-8 output, escape sequences
# ------------------------------------------------------------------------------------------
def run_tutor(args: list[str], tmp_path: Path, stdin: str = "", encoding: str = "utf-8"
              ) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in ("AUTOGRAD_TUI_STATE_DIR", "NO_COLOR", "LC_ALL", "LC_MESSAGES")}
    env.update(HOME=str(tmp_path / "home"), XDG_STATE_HOME=str(tmp_path / "state"),
               LANG="C.UTF-8", COLUMNS="80", PYTHONIOENCODING=encoding)
    # why: a generous guard against a hang; the assertions are about what was printed
    return subprocess.run([sys.executable, "-m", "autograd_tui", *args], input=stdin.encode(),
                          capture_output=True, env=env, timeout=240, cwd=tmp_path)


HOSTILE_TITLE = ('id: hostile\n'
                 'title: {tr: "Başlık \\e[2J\\e]0;ele geçirildi\\a \\ud800 \\u202e", '
                 'en: "Title \\e[2J\\e]0;owned\\a \\ud800 \\u202e şğ①"}\n'
                 'steps:\n  - {id: a, kind: code, code: "print(1)", output: "1\\n",\n'
                 '     text: {tr: "\\e[31mkırmızı", en: "\\e[31mred"}}\n')


def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "lessons"
    folder.mkdir()
    (folder / "hostile.yaml").write_text(HOSTILE_TITLE, encoding="utf-8")
    return folder


def test_a_lone_surrogate_in_learner_output_does_not_end_the_session(tmp_path):
    done = run_tutor(["--lang", "en", "repl"], tmp_path,
                     stdin="print(chr(0xD800))\nprint('\\x1b[2J' + 'after')\nprint(6 * 7)\n")
    out = done.stdout.decode("utf-8")
    assert "\\ud800" in out and "\\x1b[2Jafter" in out and "42" in out, out
    assert b"\x1b" not in done.stdout
    assert done.returncode == 0


@pytest.mark.parametrize("encoding", ["iso8859-9", "ascii", "utf-8"])
@pytest.mark.parametrize("command", [["lessons"], ["lessons", "--json"], ["demo", "hostile", "--auto"],
                                     ["export", "hostile", "--format", "py"],
                                     ["export", "hostile", "--format", "md"]])
def test_plain_commands_survive_any_output_encoding_and_hostile_text(tmp_path, encoding, command):
    folder = hostile_folder(tmp_path)
    done = run_tutor(["--lessons", str(folder), "--lang", "tr", *command], tmp_path, encoding=encoding)
    assert done.returncode == 0, done.stderr.decode(encoding, "replace")
    out = done.stdout.decode(encoding)
    assert b"\x1b" not in done.stdout + done.stderr and b"\xe2\x80\xae" not in done.stdout
    if command[0] != "lessons" or "--json" in command:
        return
    assert "\\x1b[2J" in out and "\\ud800" in out and "\\u202e" in out
    if encoding != "utf-8":
        assert "Ba?l?k" in out or "Başlık".encode("iso8859-9").decode("iso8859-9") in out


def test_check_and_the_menu_show_escape_codes_visibly(tmp_path):
    folder = hostile_folder(tmp_path)
    (folder / "typo.yaml").write_text(GOOD.replace("id: good", 'id: typo\n"\\e]0;x\\a": 1'),
                                      encoding="utf-8")
    done = run_tutor(["check", str(folder)], tmp_path)
    assert done.returncode == 1
    assert "unknown field '\\x1b]0;x\\x07'" in done.stdout.decode()
    assert b"\x1b" not in done.stdout + done.stderr
    done = run_tutor(["--lessons", str(folder), "--lang", "en"], tmp_path, stdin=":q\n")
    assert "Title \\x1b[2J" in done.stdout.decode(), done.stdout.decode()
    assert b"\x1b" not in done.stdout + done.stderr


def test_a_progress_notice_is_shown_without_its_escape_codes(tmp_path):
    state = tmp_path / "state" / "autograd-tui"
    state.mkdir(parents=True)
    (state / "progress.json.notice").write_text(json.dumps({"path": "\x1b[2J\x1b]0;owned\x07/x"}),
                                                encoding="utf-8")
    done = run_tutor(["--lang", "en"], tmp_path, stdin=":q\n")
    out = done.stdout.decode()
    assert "\\x1b[2J\\x1b]0;owned" in out, out
    assert b"\x1b" not in done.stdout + done.stderr


# ------------------------------------------------------------------------------------------
# 9. nothing in a lesson file becomes code in an export
# ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("brk", ["\\n", "\\r", "\\r\\n", "\\x0c", "\\u2028", "\\x85"])
def test_no_text_of_a_lesson_becomes_code_in_an_exported_script(tmp_path, brk):
    payload = f"{brk}open('PWNED', 'w'){brk}"
    text = (f'id: smuggle\ntitle: {{tr: "Başlık{payload}", en: "Title{payload}"}}\n'
            f'summary: {{tr: "Özet{payload}", en: "Summary{payload}"}}\n'
            f'credits: {{source: "Somewhere{payload}", url: "http://x{payload}"}}\n'
            f'steps:\n  - {{id: a, kind: code, code: "print(1)", output: "1\\n",\n'
            f'     text: {{tr: "t{payload}", en: "t{payload}"}}}}\n'
            f'  - {{id: q, kind: quiz, question: {{tr: "q{payload}", en: "q{payload}"}},\n'
            f'     choices: [{{id: a, text: {{tr: "a{payload}", en: "a{payload}"}}}}, {{id: b, code: "b{payload}"}}],\n'
            f'     answer: a, explanation: {{tr: "e{payload}", en: "e{payload}"}}}}\n')
    path = tmp_path / "smuggle.yaml"
    path.write_text(text, encoding="utf-8")
    result = load_lesson(path)
    assert result.ok, result.problems
    from autograd_tui.lessons.export import to_script

    script = to_script(result.lesson, "en")
    import ast

    tree = ast.parse(script)
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
             and getattr(node.func, "id", "") == "open"]
    assert not calls, script
    assert cli_main(["--lessons", str(tmp_path), "export", "smuggle", "--format", "py",
                     "-o", str(tmp_path / "out.py")]) == 0
    done = subprocess.run([sys.executable, str(tmp_path / "out.py")], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "PWNED").exists()


def test_a_lone_surrogate_in_a_lesson_exports_to_a_file(tmp_path):
    folder = hostile_folder(tmp_path)
    for fmt in ("py", "md"):
        target = tmp_path / f"out.{fmt}"
        assert cli_main(["--lessons", str(folder), "export", "hostile", "--format", fmt,
                         "-o", str(target)]) == 0
        assert "\\ud800" in target.read_text(encoding="utf-8")


# ------------------------------------------------------------------------------------------
# 6, 7. `check` runs each lesson in a child process with a hard time limit
# ------------------------------------------------------------------------------------------
def code_lesson(lesson_id: str, code: str) -> str:
    body = "\n".join("      " + line for line in code.splitlines())
    return (f"id: {lesson_id}\ntitle: {{tr: T, en: T}}\nsteps:\n"
            f"  - id: first\n    kind: code\n    code: |\n      print(1)\n    output: \"1\\n\"\n"
            f"  - id: hostile\n    kind: code\n    code: |\n{body}\n    output: \"\"\n")


TASK_LESSON = """id: {id}
title: {{tr: T, en: T}}
steps:
  - id: make-a
    kind: task
    prompt: {{tr: a, en: a}}
    check: {check}
    solution: "a = 4"
    hints: [{{tr: h, en: h}}]
    mistakes:
      - id: slow
        message: {{tr: m, en: m}}
        example: "{example}"
        source: '{source}'
"""


@pytest.fixture
def short_limits(monkeypatch) -> None:
    from autograd_tui.lessons import checker

    monkeypatch.setattr(checker, "STEP_TIME_LIMIT", 2.0)
    monkeypatch.setattr(checker, "HARD_LIMIT_GRACE", 1.0)


HANGS = {
    "catches-the-limit": ("import time\nwhile True:\n    try:\n        time.sleep(5)\n"
                          "    except Exception:\n        pass"),
    "ignores-sigalrm": "import signal\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\nwhile True:\n    pass",
    "blocks-every-signal": ("import signal, time\n"
                            "signal.pthread_sigmask(signal.SIG_BLOCK, range(1, 32))\ntime.sleep(3600)"),
}


@pytest.mark.parametrize("name", sorted(HANGS))
def test_a_step_that_defeats_the_soft_limit_is_killed_and_named(tmp_path, short_limits, name):
    from autograd_tui.lessons.checker import check_paths

    path = tmp_path / f"{name}.yaml"
    path.write_text(code_lesson("hang", HANGS[name]), encoding="utf-8")
    found = [str(p) for p in check_paths([path]).problems]
    stopped = r":9: step 'hostile': (ran longer than 2 seconds and was stopped|code failed: StepTimeLimit)"
    assert any(re.search(stopped, p) for p in found), found


@pytest.mark.parametrize("check, example, source", [
    ("a == 4", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa = 3", "(a+)+$"),
    ("all(True for _ in iter(int, 1)) and a == 4", "a = 3", "a = 3"),
])
def test_check_expressions_and_regexes_run_under_the_limit(tmp_path, short_limits, check, example, source):
    from autograd_tui.lessons.checker import check_paths

    path = tmp_path / "slow.yaml"
    path.write_text(TASK_LESSON.format(id="slow", check=check, example=example, source=source), encoding="utf-8")
    found = [str(p) for p in check_paths([path]).problems]
    assert any("step 'make-a'" in p and ("stopped" in p or "StepTimeLimit" in p) for p in found), found


HOSTILE_STEPS = {
    "a-exit": "import os\nos._exit(0)",
    "b-interrupt": "raise KeyboardInterrupt",
    "c-patch-checker": ("import autograd_tui.lessons.checker as c\n"
                        "c.LessonChecker.problem = lambda *args: None\n"
                        "c.check_paths = lambda *a, **k: c.CheckSummary()"),
    "d-break-torch": "import torch\ntorch.tensor = None",
    "e-fork": "import os\nos.fork()",
    "f-kill": "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)",
}


def test_each_lesson_is_isolated_and_every_broken_file_is_still_reported(tmp_path, short_limits, capsys):
    folder = tmp_path / "lessons"
    folder.mkdir()
    for name, code in HOSTILE_STEPS.items():
        (folder / f"{name}.yaml").write_text(code_lesson(name, code), encoding="utf-8")
    (folder / "y-good.yaml").write_text(code_lesson("y-good", "import torch\nx = torch.tensor([1.0])"),
                                        encoding="utf-8")
    (folder / "z-broken.yaml").write_text(code_lesson("z-broken", "1 / 0"), encoding="utf-8")
    assert cli_main(["check", str(folder)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    named = {Path(FILE_LINE.match(line).group("file")).stem for line in lines}
    assert named == {*HOSTILE_STEPS, "z-broken"} - {"c-patch-checker", "d-break-torch"}, lines
    assert any("z-broken.yaml:12: step 'hostile': code failed: ZeroDivisionError" in line for line in lines)
    assert any("a-exit.yaml:9: step 'hostile': the lesson's code ended the check process (exit status 0)"
               in line for line in lines), lines
    assert any("f-kill.yaml:9: step 'hostile': the check process was killed by SIGKILL" in line
               for line in lines), lines
    assert any("e-fork.yaml:9: step 'hostile': started another process (os.fork)" in line for line in lines), lines
    assert captured.err.count("checked 8 lesson files") == 1, captured.err


# ------------------------------------------------------------------------------------------
# 3. an interrupted resume replay is said to be incomplete, and :reset retries it
# ------------------------------------------------------------------------------------------
INTERRUPTING = """id: interrupting
title: {tr: T, en: T}
steps:
  - {id: one, kind: code, code: "a = 1", output: ""}
  - {id: two, kind: code, code: "raise KeyboardInterrupt", raises: KeyboardInterrupt, output: ""}
  - {id: three, kind: code, code: "b = 2", output: ""}
  - {id: four, kind: text, text: {tr: t, en: t}}
"""


def test_an_interrupted_replay_is_incomplete_and_says_so(tmp_path):
    from autograd_tui.lessons.session import replay

    path = tmp_path / "interrupting.yaml"
    path.write_text(INTERRUPTING.replace("raises: KeyboardInterrupt, ", ""), encoding="utf-8")
    lesson = load_lesson(path).lesson
    done = replay(lesson, 3)
    assert not done.complete
    assert done.namespace["a"] == 1 and "b" not in done.namespace
    index, result = done.failures[-1]
    assert index == 1 and result.exc_type == "KeyboardInterrupt" and "not rebuilt" in result.exc_message


def test_resuming_after_an_interrupting_step_warns_and_reset_retries(tmp_path):
    from tutor_support import make_shell

    from autograd_tui.tutor.flow import LessonController
    from autograd_tui.tutor.progress import ProgressStore

    path = tmp_path / "interrupting.yaml"
    path.write_text(INTERRUPTING.replace("raises: KeyboardInterrupt, ", ""), encoding="utf-8")
    lesson = load_lesson(path).lesson
    store = ProgressStore(tmp_path / "progress.json")
    store.save_lesson("interrupting", step=3, total=4, step_id="four")
    shell, out = make_shell(["a", ":reset", "y", "a"])
    errors: list[BaseException] = []
    shell.internal_error = errors.append
    shell.loop(LessonController(shell, lesson, store))
    text = out.getvalue()
    assert not errors, errors
    assert "not rebuilt" in text and ":reset" in text, text
    assert "1" in text   # `a` was echoed: the session went on
    assert "The lesson starts again" in text
    assert "NameError" in text.split("The lesson starts again")[1]   # a fresh namespace: no a


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_an_interrupted_resume_never_says_the_variables_were_rebuilt(tmp_path, lang):
    from tutor_support import make_shell

    from autograd_tui.i18n import t
    from autograd_tui.tutor.flow import LessonController
    from autograd_tui.tutor.progress import ProgressStore

    path = tmp_path / "interrupting.yaml"
    path.write_text(INTERRUPTING.replace("raises: KeyboardInterrupt, ", ""), encoding="utf-8")
    lesson = load_lesson(path).lesson
    store = ProgressStore(tmp_path / "progress.json")
    store.save_lesson("interrupting", step=3, total=4, step_id="four")
    shell, out = make_shell([], lang=lang)
    LessonController(shell, lesson, store).start()
    text = " ".join(out.getvalue().split())
    rebuilt = t("lesson.resumed", lang, k=4, n=4)
    assert rebuilt not in text, text
    failed = t("lesson.replay_failed", lang, error="KeyboardInterrupt: x").split("(")[0].strip()
    assert failed in text, text


# ------------------------------------------------------------------------------------------
# 4. digits that are not ASCII digits at the menu
# ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["²", "①", "٣", "¹²", "9" * 5000, "\x1b[2J"])
def test_odd_digits_at_the_menu_are_an_invalid_choice(tmp_path, typed):
    from tutor_support import make_shell

    from autograd_tui.tutor.menu import Menu
    from autograd_tui.tutor.progress import ProgressStore

    lesson = load_lesson(Path(__file__).parent / "data" / "tutor" / "mini.yaml").lesson
    shell, out = make_shell([typed, "1"])
    errors: list[BaseException] = []
    shell.internal_error = errors.append
    choice = Menu(shell, [lesson], ProgressStore(tmp_path / "p.json")).choose()
    assert not errors
    assert "There is no lesson" in out.getvalue()
    assert choice.action == "lesson" and choice.lesson is lesson


# ------------------------------------------------------------------------------------------
# 8. a full disk and a damaged progress file
# ------------------------------------------------------------------------------------------
def test_a_salvage_on_a_full_disk_is_written_when_space_returns(tmp_path, monkeypatch):
    import errno

    from autograd_tui.tutor import progress as progress_module
    from autograd_tui.tutor.progress import ProgressStore

    path = tmp_path / "progress.json"
    path.write_text('{"version": 1, "language": "tr", "lessons": {"mini": {"step": 2, "total": 5, '
                    '"done": false, "updated": "2026-01-01T00:00:00+00:00"}, "other": {"step"',
                    encoding="utf-8")
    damaged = path.read_bytes()
    real_write = ProgressStore._write_atomic
    full = {"on": True}

    def write_or_fail(self, data):
        if full["on"]:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(self, data)

    monkeypatch.setattr(progress_module.ProgressStore, "_write_atomic", write_or_fail)
    store = ProgressStore(path)
    keys = [key for key, _ in store.take_notices()]
    assert keys == ["progress.salvage_pending"], keys    # never "moved aside … kept"
    assert store.lesson("mini").step == 2                 # the session uses what was salvaged
    assert path.read_bytes() == damaged                   # nothing depends on this process
    assert not store.save_lesson("next", step=1, total=3)
    assert [key for key, _ in store.take_notices()] == []  # told once

    # Space returns: the next save of the same session writes the salvage with it...
    full["on"] = False
    assert store.save_lesson("next", step=1, total=3)
    fresh = ProgressStore(path)
    assert fresh.lesson("mini").step == 2 and fresh.lesson("next").step == 1
    assert fresh.language() == "tr"
    assert list(tmp_path.glob("progress.json.corrupt-*"))  # the damaged file is kept as a backup

    # ...and a session that ended while the disk was full leaves it for the next start.
    path.write_bytes(damaged)
    full["on"] = True
    ProgressStore(path)
    full["on"] = False
    restarted = ProgressStore(path)
    assert [key for key, _ in restarted.take_notices()] == ["progress.corrupt"]
    assert ProgressStore(path).lesson("mini").step == 2


# ------------------------------------------------------------------------------------------
# 12. `run` prints what `python FILE.py` prints
# ------------------------------------------------------------------------------------------
def both_ways(args: list[str], cwd: Path, interrupt: bool = False) -> tuple[tuple, tuple]:
    """(exit status, stdout, stderr) of ``python ARGS`` and of ``autograd-tui run ARGS``."""
    import signal
    import time

    results = []
    for command in ([sys.executable, *args], [sys.executable, "-m", "autograd_tui", "run", *args]):
        proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if interrupt:
            for _ in range(600):   # until the script says it is in its loop (a hang guard)
                if (cwd / "ready").exists():
                    break
                time.sleep(0.1)
            time.sleep(0.3)   # why: the file exists before touch() returns; let the loop begin
            proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=120)
        (cwd / "ready").unlink(missing_ok=True)
        results.append((proc.returncode, out, err))
    return results[0], results[1]


@pytest.mark.parametrize("source", ["x = 1\ndef (\n", "print('a')\n\tif True:\n", "x = 'unclosed\n"])
def test_run_shows_a_syntax_error_exactly_as_python(tmp_path, source):
    (tmp_path / "bad.py").write_text(source, encoding="utf-8")
    python, ours = both_ways(["bad.py"], tmp_path)
    assert ours == python and "Error" in python[2]


def test_run_shows_ctrl_c_exactly_as_python(tmp_path):
    (tmp_path / "loop.py").write_text("import pathlib, time\npathlib.Path('ready').touch()\n"
                                      "while True:\n    time.sleep(1)\n", encoding="utf-8")
    python, ours = both_ways(["loop.py"], tmp_path, interrupt=True)
    assert ours[1:] == python[1:] and "KeyboardInterrupt" in python[2]
    assert ours[0] == 130 and python[0] in (130, -2)


def test_run_of_a_folder_is_exactly_python(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__main__.py").write_text("import sys\nprint(sys.argv[0], __file__)\n1 / 0\n",
                                                  encoding="utf-8")
    (tmp_path / "empty").mkdir()
    for folder in ("app", "./empty", str(tmp_path / "empty")):
        python, ours = both_ways([folder], tmp_path)
        assert ours == python, (ours, python)


# ------------------------------------------------------------------------------------------
# 11. special files and sizes
# ------------------------------------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a Unix thing")
def test_a_fifo_as_a_lesson_or_progress_file_never_blocks(tmp_path):
    folder = tmp_path / "lessons"
    folder.mkdir()
    os.mkfifo(folder / "pipe.yaml")
    result = load_lesson(folder / "pipe.yaml", shown_as="pipe.yaml")
    assert [str(p) for p in result.problems] == ["pipe.yaml:1: not a regular file (a folder, a FIFO or a device)"]
    state = tmp_path / "state" / "autograd-tui"
    state.mkdir(parents=True)
    os.mkfifo(state / "progress.json")
    os.mkfifo(state / "progress.json.notice")
    done = run_tutor(["--lang", "en", "lessons"], tmp_path)   # the timeout is the hang guard
    assert done.returncode == 0 and b"02-tensors" in done.stdout
    done = run_tutor(["--lang", "en"], tmp_path, stdin="2\n:q\n")
    assert done.returncode == 0
    assert "moved aside" in done.stdout.decode()
    assert ProgressStore_of(tmp_path).lesson("02-tensors") is not None


def ProgressStore_of(tmp_path):
    from autograd_tui.tutor.progress import ProgressStore

    return ProgressStore(tmp_path / "state" / "autograd-tui" / "progress.json")


def test_a_huge_progress_file_is_damage_not_a_slow_save(tmp_path, monkeypatch):
    from autograd_tui.tutor import progress as progress_module
    from autograd_tui.tutor.progress import ProgressStore

    monkeypatch.setattr(progress_module, "MAX_PROGRESS_BYTES", 4096)
    path = tmp_path / "progress.json"
    entries = ", ".join(f'"l{i}": {{"step": 1, "total": 2, "done": false, "updated": "2026-01-01"}}'
                        for i in range(200))
    path.write_text('{"version": 1, "language": "en", "lessons": {' + entries + "}}", encoding="utf-8")
    store = ProgressStore(path)
    assert [key for key, _ in store.take_notices()] == ["progress.corrupt"]
    assert store.lesson("l0") is not None           # the beginning was salvaged
    assert list(tmp_path.glob("progress.json.corrupt-*"))
    assert ProgressStore(path).lesson("l0") is not None   # and written back


def test_an_empty_notice_file_is_not_left_behind(tmp_path):
    from autograd_tui.tutor.progress import ProgressStore

    (tmp_path / "progress.json.notice").write_text("", encoding="utf-8")
    assert ProgressStore(tmp_path / "progress.json").take_notices() == []
    assert not (tmp_path / "progress.json.notice").exists()


# ------------------------------------------------------------------------------------------
# 13. smaller items
# ------------------------------------------------------------------------------------------
def test_the_time_limit_is_named_plainly(tmp_path, monkeypatch):
    from autograd_tui.lessons import checker

    monkeypatch.setattr(checker, "STEP_TIME_LIMIT", 0.5)
    path = tmp_path / "loop.yaml"
    path.write_text(code_lesson("loop", "while True:\n    pass"), encoding="utf-8")
    found = [p.message for p in checker.check_paths([path]).problems]
    assert any(m.startswith("step 'hostile': code failed: StepTimeLimit: the step ran longer") for m in found), found
    assert not any("autograd_tui" in m for m in found)


def test_check_of_a_folder_without_lessons_is_not_all_good(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert cli_main(["check", str(tmp_path / "empty")]) == 1
    captured = capsys.readouterr()
    assert "no lesson files" in captured.out and "all good" not in captured.err


def test_an_id_taken_by_a_shipped_lesson_fails_check(tmp_path):
    from autograd_tui.lessons.checker import check_paths

    path = tmp_path / "mine.yaml"
    path.write_text(GOOD.replace("id: good", "id: 02-tensors"), encoding="utf-8")
    found = [str(p) for p in check_paths([path]).problems]
    assert found == [f"{path}:1: lesson id '02-tensors' is already used by a shipped lesson "
                     "(02-tensors.yaml); the menu would skip this file"]
    assert "02-tensors" in {lesson.id for lesson in load_catalog([str(path)]).lessons}


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="root may rename inside a read-only folder")
def test_a_damaged_file_in_a_read_only_folder_is_not_said_to_be_moved(tmp_path):
    from autograd_tui.tutor.progress import ProgressStore

    folder = tmp_path / "state"
    folder.mkdir()
    (folder / "progress.json").write_text("{broken", encoding="utf-8")
    folder.chmod(0o500)
    try:
        notices = ProgressStore(folder / "progress.json").take_notices()
    finally:
        folder.chmod(0o700)
    assert [key for key, _ in notices][0] == "progress.corrupt_unmoved"
    assert (folder / "progress.json").read_text(encoding="utf-8") == "{broken"


def test_a_failed_move_aside_is_reported_as_such(tmp_path, monkeypatch):
    """The same, as root (who may write anywhere): the rename itself fails."""
    from autograd_tui.tutor import progress as progress_module
    from autograd_tui.tutor.progress import ProgressStore

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    (tmp_path / "progress.json").write_text("{broken", encoding="utf-8")
    monkeypatch.setattr(progress_module.os, "replace", refuse)
    notices = ProgressStore(tmp_path / "progress.json").take_notices()
    assert [key for key, _ in notices][0] == "progress.corrupt_unmoved"
    assert "moved aside to" not in i18n_text(notices[0])


def i18n_text(notice):
    from autograd_tui import i18n

    return i18n.t(notice[0], "en", **notice[1])


def test_the_renderer_keeps_its_own_colours_and_shows_escapes_from_content():
    import io

    from autograd_tui.ui.render import Renderer, make_console

    out = io.StringIO()
    Renderer(make_console(file=out, width=60, force_terminal=True)).error("red \x1b[2J")
    assert out.getvalue().startswith("\x1b[") and "red \\x1b[2J" in out.getvalue()
    assert out.getvalue().count("\x1b") == 2   # rich's style on and off, nothing from the text


def test_learner_output_keeps_its_colours_and_shows_every_other_escape():
    import io

    from autograd_tui.ui.render import Renderer, make_console

    out = io.StringIO()
    Renderer(make_console(file=out, width=60, force_terminal=True)).write_raw(
        "\x1b[38;5;12mchart\x1b[0m \x1b[2J \x1b]0;title\x07 50%\r")
    # colours (plotext's charts, a learner's own) pass as python's REPL shows them; nothing else
    assert out.getvalue() == "\x1b[38;5;12mchart\x1b[0m \\x1b[2J \\x1b]0;title\\x07 50%\r"


def test_a_chart_reaches_the_terminal_in_colour():
    import io

    from autograd_tui.ui.render import Renderer, make_console
    from autograd_tui.viz import plots

    out = io.StringIO()
    Renderer(make_console(file=out, width=80, force_terminal=True)).write_raw(
        plots.render_sequence([3.0, 2.0, 1.5, 1.0], "loss", "en", chart=True) + "\n")
    assert "\x1b[" in out.getvalue() and "\\x1b" not in out.getvalue()


def test_a_control_character_in_a_text_keeps_the_exported_script_runnable(tmp_path):
    from autograd_tui.lessons.export import to_script

    path = tmp_path / "nul.yaml"
    path.write_text(GOOD.replace("text: {tr: metin, en: text}", 'text: {tr: "a\\0b\\e[2J", en: "a\\0b\\e[2J"}'),
                    encoding="utf-8")
    lesson = load_lesson(path).lesson
    script = to_script(lesson, "en")
    assert "\x00" not in script and "\x1b" not in script and "a\\x00b\\x1b[2J" in script
    compile(script, "lesson.py", "exec")


# ------------------------------------------------------------------------------------------
# 14. every line of docs/robustness.md is backed by a named test that exists
# ------------------------------------------------------------------------------------------
def test_every_test_named_here_exists():
    tests = Path(__file__).parent
    doc = (tests.parent / "docs" / "robustness.md").read_text(encoding="utf-8")
    reference = re.compile(r"`((?:tests/)?(?:e2e/)?test_\w+\.py)?::(test_\w+)`")
    missing = []
    for line in doc.splitlines():
        current = None
        for m in reference.finditer(line):
            current = m.group(1) or current
            assert current, f"'::{m.group(2)}' without a file before it: {line[:80]}"
            source = (tests / current.removeprefix("tests/")).read_text(encoding="utf-8")
            if not re.search(rf"^(async )?def {m.group(2)}\(", source, re.MULTILINE):
                missing.append(f"{current}::{m.group(2)}")
        if line.startswith("| ") and not line.startswith(("| Bad input", "| Input")):
            cell = line.rstrip(" |").rsplit(" | ", 1)[-1]
            assert "test_" in cell, f"a row without a test: {line[:100]}"
    for name in re.findall(r"^- `(test_\w+)`", doc, re.MULTILINE):
        if f"def {name}(" not in (tests / "test_fuzz.py").read_text(encoding="utf-8"):
            missing.append(f"test_fuzz.py::{name}")
    assert not missing, missing


@pytest.mark.parametrize("code, expected", [
    ("import os\nfor fd in range(3, 256):\n    try:\n        os.close(fd)\n    except OSError:\n        pass",
     "the lesson's code cut the check process off from the checker (its pipe was closed)"),
    ("import os, time\nif os.fork() == 0:\n    os.setsid()\n    time.sleep(0.5)",
     "started another process (os.fork) and was stopped"),
])
def test_a_lesson_that_cuts_its_pipe_or_leaves_the_group_is_still_named(tmp_path, short_limits, code, expected):
    """Found in the second hostile round: closing every descriptor was reported as a SIGKILL,
    and a fork that left the process group outlived the check."""
    from autograd_tui.lessons.checker import check_paths

    path = tmp_path / "cut.yaml"
    path.write_text(code_lesson("cut", code), encoding="utf-8")
    found = [str(p) for p in check_paths([path]).problems]
    assert any(f"cut.yaml:9: step 'hostile': {expected}" in p for p in found), found


# ------------------------------------------------------------------------------------------
# :plot of a name that is not defined
# ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "tr"])
def test_plot_of_an_undefined_name_is_a_name_error_not_a_line(lang):
    from tutor_support import make_shell

    from autograd_tui.i18n import t
    from autograd_tui.viz.commands import register

    shell, out = make_shell(lang=lang)
    register(shell.registry)
    shell.namespace.update({"__builtins__": __builtins__})
    shell.run("import torch")
    shell.handle_command(":plot typo_name")
    shell.handle_command(":plot torch.sin")
    text = out.getvalue()
    error = t("viz.eval_error", lang, expr="typo_name",
              error="NameError: name 'typo_name' is not defined")
    assert error in " ".join(text.split()), text
    assert "f(x) = typo_name" not in text, text
    assert "torch.sin(x)" in text   # a function without a range is still plotted


# ------------------------------------------------------------------------------------------
# demo --speed out of range
# ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("speed", ["1e-300", "-5", "inf", "nan", "1e300", "0.5"])
@pytest.mark.parametrize("lang", ["en", "tr"])
def test_a_demo_speed_out_of_range_is_a_clear_argument_error(capsys, speed, lang):
    from autograd_tui.i18n import t

    with pytest.raises(SystemExit) as exit_info:
        cli_main(["--lang", lang, "demo", "01-background", "--speed", speed])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    expected = t("cli.err_speed_range", lang, value=speed, low=1, high=10000)
    assert expected in " ".join(err.split()), err
    assert "Traceback" not in err and "internal" not in err.lower()


# ------------------------------------------------------------------------------------------
# the out-of-memory note names the size that was asked for, or none
# ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "tr"])
def test_the_out_of_memory_note_names_the_real_size_or_none(lang):
    from autograd_tui.i18n import explain_error

    pytorch = ("[enforce fail at alloc_cpu.cpp:127] err == 0. DefaultCPUAllocator: can't allocate "
               "memory: you tried to allocate 8000000000000 bytes. Error code 12")
    note = explain_error("RuntimeError", pytorch, lang)
    assert note is not None
    assert "8 TB" in note and "40 TB" not in note and "10**13" not in note, note
    numpy = "Unable to allocate 74.5 TiB for an array with shape (10000000000000,) and data type float64"
    note = explain_error("_ArrayMemoryError", numpy, lang)
    assert note is not None and "74.5 TiB" in note and "40 TB" not in note, note
    note = explain_error("MemoryError", "", lang)
    assert note is not None and "TB" not in note and "10**" not in note, note


# ------------------------------------------------------------------------------------------
# a large folder of lessons: libyaml parses, our composer and guards stay
# ------------------------------------------------------------------------------------------
def test_the_fast_yaml_path_reads_every_shipped_lesson_as_the_pure_python_one():
    from autograd_tui.lessons import loader
    from autograd_tui.lessons.catalog import shipped_lessons_dir

    if loader._CParser is None:
        pytest.skip("PyYAML without libyaml: only the pure-Python path exists")

    def located(value):
        if isinstance(value, dict):
            return (type(value), value.line, dict(getattr(value, "spans", {})),
                    {k: located(v) for k, v in value.items()})
        if isinstance(value, list):
            return (type(value), value.line, list(value.item_lines), [located(v) for v in value])
        return (type(value), value)

    shipped = [path.read_text(encoding="utf-8") for path in sorted(shipped_lessons_dir().glob("*.yaml"))]
    for text in shipped:   # every shipped lesson takes the fast path
        assert located(loader._compose_fast(text)) == located(loader._compose_with(loader._LessonYamlLoader, text))
    data = Path(__file__).parent / "data"
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in sorted(data.rglob("*.yaml"))]
    texts += ["just text\n", "- 1\n- [a, {b: c}]\n- ''\n- ~\n- yes\n- 0o17\n- 1_000\n- .inf\n",
              "a: |\n  x\nb: >\n  y\nc: 'q'\nd: \"r\"\ne:\nf: 2021-02-20\n"]
    for text in texts:
        try:
            slow = located(loader._compose_with(loader._LessonYamlLoader, text))
        except loader.LoadError:
            slow = None
        try:
            fast = located(loader._compose_fast(text))
        except Exception:  # noqa: BLE001 - left to the pure-Python loader
            continue
        assert fast == slow, text[:200]
    # what the guards refuse, the fast path leaves to them, so the message is always theirs
    for text, message in [("a: &x [1]\nb: *x\n", "aliases"), ("a: 1\na: 2\n", "duplicate key"),
                          ("[" * 50 + "]" * 50, "nesting deeper"), ("a: !!python/object:os.system x\n", "tag"),
                          ("a: 1\n---\nb: 2\n", "second one"), ("? [a]\n: b\n", "plain names")]:
        with pytest.raises(loader._NotFast):
            loader._compose_fast(text)
        with pytest.raises(loader.LoadError, match=message):
            loader.compose_located(text)
