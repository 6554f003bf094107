"""``demo --auto`` and ``export`` hold a hard limit per step and per file, as ``check`` does.

A lesson step that defeats the in-process time limit (it ignores SIGALRM, catches the limit in
a loop, or stops its own process) used to hang both commands for good. Each case runs the real
command in a fresh interpreter with short limits, so a regression fails (by the guard's
timeout) instead of hanging the test run.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# The limits are set before the commands are imported: they read them from the session module.
DRIVER = """
import sys
from autograd_tui.lessons import session
session.STEP_TIME_LIMIT = 1.0
session.HARD_LIMIT_GRACE = 1.0
from autograd_tui.cli import main
raise SystemExit(main(sys.argv[1:]))
"""

HANGS = {
    "ignores-sigalrm": "import signal\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\nwhile True:\n    pass",
    "catches-the-limit": "while True:\n    try:\n        while True:\n            pass\n"
                         "    except BaseException:\n        pass",
    "stops-itself": "import os, signal\nos.kill(os.getpid(), signal.SIGSTOP)",
}


def lesson(lesson_id: str, code: str) -> str:
    body = "\n".join("      " + line for line in code.splitlines())
    return (f"id: {lesson_id}\ntitle: {{tr: Başlık, en: Title}}\nsteps:\n"
            f"  - id: first\n    kind: code\n    code: |\n      print('before')\n    output: \"before\\n\"\n"
            f"  - id: hostile\n    kind: code\n    code: |\n{body}\n    output: \"\"\n"
            f"  - id: after\n    kind: text\n    text: {{tr: sonra, en: after}}\n")


def run_command(tmp_path: Path, lesson_id: str, code: str, *args: str) -> subprocess.CompletedProcess:
    folder = tmp_path / "lessons"
    folder.mkdir(exist_ok=True)
    (folder / f"{lesson_id}.yaml").write_text(lesson(lesson_id, code), encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if k not in ("AUTOGRAD_TUI_STATE_DIR", "NO_COLOR", "LC_ALL", "LC_MESSAGES")}
    env.update(HOME=str(tmp_path / "home"), XDG_STATE_HOME=str(tmp_path / "state"),
               LANG="C.UTF-8", PYTHONIOENCODING="utf-8")
    # why: the guard only stops a regression from hanging the test run; SIGKILL also ends a
    # process that stopped itself
    return subprocess.run([sys.executable, "-c", DRIVER, "--lessons", str(folder), *args],
                          capture_output=True, env=env, timeout=90, cwd=tmp_path, text=True)


STOPPED = {
    "en": "hostile.yaml:9: step 'hostile' ran longer than 1 seconds and was stopped",
    "tr": "hostile.yaml:9: 'hostile' adımı 1 saniyeden uzun sürdü ve durduruldu",
}


@pytest.mark.parametrize("name", sorted(HANGS))
def test_demo_auto_stops_a_step_that_defeats_the_soft_limit(tmp_path, name):
    done = run_command(tmp_path, "hostile", HANGS[name], "--lang", "en", "demo", "hostile", "--auto")
    assert done.returncode == 1, done
    # nothing lost: what ran before the step is in the transcript, then where it stopped
    assert "before" in done.stdout and ">>> print('before')" in done.stdout, done.stdout
    assert STOPPED["en"] in done.stdout + done.stderr, done
    assert "Traceback" not in done.stdout + done.stderr


@pytest.mark.parametrize("name", sorted(HANGS))
def test_export_stops_a_step_that_defeats_the_soft_limit(tmp_path, name):
    target = tmp_path / "notes.md"
    done = run_command(tmp_path, "hostile", HANGS[name], "--lang", "en", "export", "hostile",
                       "--format", "md", "-o", str(target))
    assert done.returncode == 1, done
    assert STOPPED["en"] in done.stderr, done
    notes = target.read_text(encoding="utf-8")
    # the notes are whole (every text and code) with the outputs of the steps that ran
    assert "before\n" in notes and "after" in notes and HANGS[name].splitlines()[-1] in notes
    assert STOPPED["en"].split(": ", 1)[1] in notes
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_the_hard_stop_is_named_in_the_learners_language(tmp_path, lang):
    done = run_command(tmp_path, "hostile", HANGS["ignores-sigalrm"], "--lang", lang, "demo", "hostile", "--auto")
    assert done.returncode == 1
    assert STOPPED[lang] in done.stdout + done.stderr, done
    other = STOPPED["tr" if lang == "en" else "en"]
    assert other not in done.stdout + done.stderr


def test_a_lesson_without_hostile_steps_is_unchanged(tmp_path):
    done = run_command(tmp_path, "calm", "x = 2", "--lang", "en", "demo", "calm", "--auto")
    assert done.returncode == 0, done
    assert "before" in done.stdout and ">>> x = 2" in done.stdout and "after" in done.stdout
    assert "stopped" not in done.stdout + done.stderr


@pytest.mark.parametrize("code, said", [
    ("import os\nos._exit(0)", "hostile.yaml:9: step 'hostile' ended the lesson process (exit status 0)"),
    ("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)",
     "hostile.yaml:9: step 'hostile' ended the lesson process (SIGKILL)"),
    ("raise KeyboardInterrupt", "hostile.yaml:9: step 'hostile' stopped the lesson: KeyboardInterrupt"),
])
def test_a_step_that_ends_its_process_is_named_and_the_status_says_so(tmp_path, code, said):
    # os._exit(0) used to end demo --auto with status 0 and half a transcript
    done = run_command(tmp_path, "hostile", code, "--lang", "en", "demo", "hostile", "--auto")
    assert done.returncode == 1, done
    assert "before" in done.stdout and said in done.stdout, done


def test_checks_second_run_in_turkish_beats_per_step_too(tmp_path, monkeypatch):
    from autograd_tui.lessons import checker

    monkeypatch.setattr(checker, "STEP_TIME_LIMIT", 1.0)
    monkeypatch.setattr(checker, "HARD_LIMIT_GRACE", 0.5)
    steps = "".join(f"  - id: s{n}\n    kind: code\n    code: |\n      import time\n      time.sleep(0.6)\n"
                    f"    output: {{tr: '', en: ''}}\n" for n in range(5))
    path = tmp_path / "speaks.yaml"
    path.write_text(f"id: speaks\ntitle: {{tr: T, en: T}}\nsteps:\n{steps}", encoding="utf-8")
    # each step keeps well inside the limit; the Turkish run as a whole does not, and used to
    # be killed as one hang
    assert [str(p) for p in checker.check_paths([path]).problems] == []


@pytest.mark.parametrize("name", ["ignores-sigalrm", "exits"])
def test_check_leaves_no_scratch_folder_behind_a_killed_step(tmp_path, name):
    # A child that is killed, or that ends itself with os._exit, never runs its own clean-up:
    # its scratch folders live inside one the parent removes.
    code = HANGS.get(name, "import os\nos._exit(3)")
    temp = tmp_path / "temp"
    temp.mkdir()
    folder = tmp_path / "lessons"
    folder.mkdir()
    (folder / "hostile.yaml").write_text(lesson("hostile", code), encoding="utf-8")
    env = dict(os.environ, HOME=str(tmp_path / "home"), XDG_STATE_HOME=str(tmp_path / "state"),
               TMPDIR=str(temp), LANG="C.UTF-8", PYTHONIOENCODING="utf-8")
    done = subprocess.run([sys.executable, "-c", DRIVER, "--lang", "en", "check", str(folder)],
                          capture_output=True, env=env, timeout=90, cwd=tmp_path, text=True)
    assert done.returncode == 1, done
    assert "hostile.yaml:9" in done.stdout + done.stderr, done
    assert sorted(p.name for p in temp.iterdir()) == []
