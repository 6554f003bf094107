"""The tutor as a program: piped input, lessons from a pipe, progress on disk, manners."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "tutor"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items()
         if k not in ("AUTOGRAD_TUI_STATE_DIR", "NO_COLOR", "LC_ALL", "LC_MESSAGES")}
    e.update(HOME=str(tmp_path / "home"), XDG_STATE_HOME=str(tmp_path / "state"),
             LANG="C.UTF-8", COLUMNS="80", PYTHONIOENCODING="utf-8")
    return e


def run(args: list[str], stdin: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "autograd_tui", *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=timeout,
                          encoding="utf-8")


def progress(env: dict[str, str]) -> dict:
    path = Path(env["XDG_STATE_HOME"]) / "autograd-tui" / "progress.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_piped_repl_prints_the_gradient(env) -> None:
    proc = run(["repl"], "x = torch.ones(2, requires_grad=True)\n(x*3).sum().backward()\nx.grad\n", env)
    assert proc.returncode == 0
    assert proc.stdout == "tensor([3., 3.])\n"
    assert "Input is not a terminal" not in proc.stderr and proc.stderr == ""


def test_piped_repl_blocks_and_errors(env) -> None:
    stdin = ("for i in range(2):\n    print(i)\n\n"
             "torch.tensor([1., 2.]).sum().backward()\n"
             "print('after')\n")
    proc = run(["--lang", "tr", "repl"], stdin, env)
    assert proc.returncode == 0
    assert proc.stdout.startswith("0\n1\n")
    assert "does not require grad" in proc.stdout and "Ne oldu?" in proc.stdout
    assert proc.stdout.rstrip().endswith("after")


def test_lesson_from_a_pipe_takes_colon_commands(env) -> None:
    stdin = "\n\n\n:ipucu\nz = 6*x**2\nz.sum().backward()\n\n:atla\n:quit\n"
    proc = run(["--lang", "tr", "--lessons", str(DATA), "lesson", "mini"], stdin, env)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Küçük ders · adım 1/5" in out
    assert "tensor([1., 2.], requires_grad=True)" in out
    assert "İpucu 1/2: İlk ipucu." in out
    assert "Aferin, doğru!" in out
    assert "Traceback" not in out
    assert progress(env)["lessons"]["mini"]["step"] == 4
    assert progress(env)["language"] == "tr"


def test_reset_from_a_pipe_asks_and_only_yes_restarts(env) -> None:
    lesson = ["--lang", "tr", "--lessons", str(DATA), "lesson", "mini"]
    proc = run(lesson, "\n\n\n:sıfırla\n\n", env)              # Enter: no
    assert "Bu dersi 1. adımdan yeniden başlatmak istiyor musun?" in proc.stdout
    assert "[e/H]" in proc.stdout and "Yeniden başlatılmadı" in proc.stdout
    assert progress(env)["lessons"]["mini"]["step"] == 2
    proc = run(lesson, ":sıfırla\nEVET\n", env)
    assert "Ders, temiz bir ad alanıyla baştan başlıyor." in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr
    assert progress(env)["lessons"]["mini"]["step"] == 0


def test_language_is_remembered(env) -> None:
    run(["--lang", "tr", "--lessons", str(DATA), "lesson", "mini"], ":quit\n", env)
    proc = run(["--lessons", str(DATA), "lesson", "mini"], ":quit\n", env)
    assert "Küçük ders" in proc.stdout and "İlerlemen kaydedildi" in proc.stdout


def test_resume_from_a_pipe(env) -> None:
    run(["--lessons", str(DATA), "lesson", "mini"], "\n\n\n:skip\n", env)
    proc = run(["--lessons", str(DATA), "lesson", "mini"], "a\nx.grad\n", env)
    assert "Welcome back! We continue at step 4 of 5" in proc.stdout   # at the quiz
    assert "tensor([12., 24.])" in proc.stdout                          # x came back


def test_menu_from_a_pipe(env) -> None:
    proc = run(["--lessons", str(DATA)], ":lang tr\nmini\n:menu\n:quit\n", env)
    assert proc.returncode == 0
    out = proc.stdout
    assert "Welcome to autograd-tui" in out and "autograd-tui'ye hoş geldin" in out
    assert "Küçük ders · adım 1/5" in out
    assert out.count("Dersler") >= 2           # the menu came back after :menu


def test_unknown_lesson_is_a_sentence_not_a_traceback(env) -> None:
    proc = run(["lesson", "no-such-lesson"], "", env)
    assert proc.returncode == 2   # a bad argument, as for demo and export (README: Exit status)
    assert "There is no lesson with the id “no-such-lesson”" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr


def test_corrupted_progress_is_moved_aside_and_told_once(env) -> None:
    state = Path(env["XDG_STATE_HOME"]) / "autograd-tui"
    state.mkdir(parents=True)
    (state / "progress.json").write_text('{"version": 1, "lessons": {"mini": {"st', encoding="utf-8")
    proc = run(["--lessons", str(DATA), "lesson", "mini"], ":quit\n", env)
    assert proc.returncode == 0
    assert "progress file was damaged" in proc.stdout
    assert list(state.glob("progress.json.corrupt-*"))
    proc = run(["--lessons", str(DATA), "lesson", "mini"], ":quit\n", env)
    assert "damaged" not in proc.stdout


def test_broken_lesson_folder_is_reported_not_fatal(env, tmp_path: Path) -> None:
    folder = tmp_path / "extra"
    folder.mkdir()
    (folder / "bad.yaml").write_text("id: [unclosed", encoding="utf-8")
    (folder / "mini.yaml").write_text((DATA / "mini.yaml").read_text(encoding="utf-8"),
                                      encoding="utf-8")
    proc = run(["--lessons", str(folder), "lesson", "mini"], ":quit\n", env)
    assert proc.returncode == 0
    # why: the folder's path is wrapped at the terminal's width, wherever its length (that of the
    # run's temporary folder, longer under pytest-xdist) puts the break, maybe inside the name
    assert "bad.yaml" in proc.stdout.replace("\n", "") and "Small lesson" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr


@pytest.mark.parametrize("lang, loaded, none", [
    ("en", "Lessons loaded from", "No lessons were loaded from"),
    ("tr", "klasöründen yüklendi", "klasöründen hiç ders yüklenmedi")])
def test_a_lesson_folder_that_gave_nothing_is_not_called_loaded(env, tmp_path: Path, lang, loaded,
                                                                none) -> None:
    broken, empty, good = tmp_path / "broken", tmp_path / "empty", tmp_path / "good"
    for folder in (broken, empty, good):
        folder.mkdir()
    (broken / "bad.yaml").write_text("id: [unclosed", encoding="utf-8")
    (broken / "half.yaml").write_text("id: half\ntitle: {en: Half}\n", encoding="utf-8")
    (good / "mini.yaml").write_text((DATA / "mini.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    args = ["--lang", lang]
    for folder in (broken, empty, tmp_path / "missing", good):
        args += ["--lessons", str(folder)]
    proc = run(args, ":quit\n", dict(env, COLUMNS="300"))
    assert proc.returncode == 0
    notes = [line for line in proc.stdout.splitlines() if none in line or loaded in line]
    said = {folder: next((line for line in notes if str(folder) in line), "")
            for folder in (broken, empty, tmp_path / "missing", good)}
    assert none in said[broken] and ("every lesson file" in said[broken]
                                     or "her ders dosyasında" in said[broken])
    assert none in said[empty] and ".yaml" in said[empty]
    assert none in said[tmp_path / "missing"]
    assert loaded in said[good] and none not in said[good]
    assert "Traceback" not in proc.stdout + proc.stderr


def test_exit_in_a_lesson_saves(env) -> None:
    proc = run(["--lessons", str(DATA), "lesson", "mini"], "\n\nexit()\nprint('no')\n", env)
    assert proc.returncode == 0
    assert "'no'" not in proc.stdout and "SystemExit" not in proc.stdout
    assert progress(env)["lessons"]["mini"]["step"] == 2


def test_narrow_and_plain(env) -> None:
    env = dict(env, COLUMNS="40", TERM="dumb", NO_COLOR="1")
    proc = run(["--lessons", str(DATA), "lesson", "mini"], "\n\n\n:hint\n:skip\na\n:help\n", env)
    assert proc.returncode == 0
    assert "\x1b[" not in proc.stdout
    for line in proc.stdout.splitlines():
        assert len(line) <= 40, line


def test_run_and_engine_never_import_the_ui(env, tmp_path: Path) -> None:
    script = tmp_path / "s.py"
    script.write_text("import sys, torch\n"
                      "print(sorted(m for m in ('rich', 'prompt_toolkit', 'pygments') if m in sys.modules))\n",
                      encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "autograd_tui", "run", str(script)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.stdout.strip() == "[]", proc.stderr


def test_start_up_stays_light(env) -> None:
    code = ("import sys\n"
            "import autograd_tui.cli, autograd_tui.engine\n"
            "heavy = [m for m in ('rich', 'prompt_toolkit', 'pygments', 'yaml') if m in sys.modules]\n"
            "print(heavy)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          timeout=120)
    assert proc.stdout.strip() == "[]", proc.stderr


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_piped_lesson_lines_are_not_padded_to_the_width(env, lang: str) -> None:
    # a pipe is no screen: rich's padding to 80 columns would end every line in spaces
    stdin = "\n\n\n:hint\nprint('kept   ')\n:skip\n:help\n:quit\n"
    proc = run(["--lang", lang, "--lessons", str(DATA), "lesson", "mini"], stdin, env)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert "kept   " in lines                                # the learner's own output is verbatim
    padded = [line for line in lines if line.endswith(" ") and line != "kept   "]
    assert padded == []
    assert any(line.startswith("│") and line.endswith("│") for line in lines)   # boxes stay whole


def test_the_sandbox_keeps_its_variables_across_a_visit_to_the_menu(env) -> None:
    # :reset asks before clearing them; a look at the lesson menu must not clear them silently
    proc = run(["repl"], "a = 41\n:menu\n:repl\nprint(a + 1)\n:quit\n", env)
    assert proc.returncode == 0, proc.stderr
    assert "42" in proc.stdout and "NameError" not in proc.stdout


@pytest.mark.parametrize("lang,skipped,missing", [
    ("en", "not a folder of lessons", "there is no such folder"),
    ("tr", "bir ders klasörü değil", "böyle bir klasör yok")])
def test_a_missing_lesson_folder_is_said_once(env, tmp_path: Path, lang, skipped, missing) -> None:
    # the menu said it twice: as a "broken lesson file skipped" and in the folder's own note
    proc = run(["--lang", lang, "--lessons", str(tmp_path / "nowhere")], ":quit\n", dict(env, COLUMNS="300"))
    assert proc.returncode == 0
    assert missing in proc.stdout and skipped not in proc.stdout
