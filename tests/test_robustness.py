"""Issue 8: the bad inputs of docs/robustness.md that no other test file already proves.

Each test names the catalogue entry it proves. In-process where that is enough (the lesson flow
driven by a scripted reader); a real process where the point is the process itself (pipes,
closed streams, a state directory that cannot be written, kill -9).
"""
from __future__ import annotations

import importlib
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from tutor_support import make_shell

from autograd_tui import i18n
from autograd_tui.backend import activate
from autograd_tui.cli import main as cli_main
from autograd_tui.evaluator import MAX_KEPT_LIVE_OUTPUT, run_code
from autograd_tui.lessons.catalog import load_catalog
from autograd_tui.lessons.loader import load_lesson
from autograd_tui.repl.commands import QUIT
from autograd_tui.tutor.flow import LessonController
from autograd_tui.tutor.progress import ProgressStore

DATA = Path(__file__).parent / "data" / "tutor"
MINI = DATA / "mini.yaml"
FILE_LINE = re.compile(r"^(?P<file>[^\n:]+\.ya?ml):(?P<line>\d+): \S")


# ------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------

@pytest.fixture
def engine_torch() -> Any:
    """``torch`` as learner code imports it: the engine, whichever tests ran before."""
    activate("embedded")
    return importlib.import_module("torch")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items()
         if k not in ("AUTOGRAD_TUI_STATE_DIR", "NO_COLOR", "LC_ALL", "LC_MESSAGES")}
    e.update(HOME=str(tmp_path / "home"), XDG_STATE_HOME=str(tmp_path / "state"),
             LANG="C.UTF-8", COLUMNS="80", PYTHONIOENCODING="utf-8")
    return e


def tutor(args: list[str], stdin: str, env: dict[str, str], cwd: Path | None = None
          ) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "autograd_tui", *args], input=stdin, cwd=cwd,
                          capture_output=True, text=True, env=env, timeout=120, encoding="utf-8")


TUTOR_FRAME = re.compile(r'^\s*File "(?!<stdin>|<lesson>|<check)[^"]*", line \d+', re.MULTILINE)


def no_tutor_traceback(text: str) -> None:
    """The learner's own traceback (``File "<stdin>"``) is fine; a frame of a real file is not."""
    assert not TUTOR_FRAME.search(text) and "autograd_tui/" not in text, text[-3000:]


@pytest.fixture(scope="module")
def mini():
    result = load_lesson(MINI)
    assert result.ok, result.problems
    return result.lesson


def play(lesson, store, script, *, lang="en"):
    """Run the lesson flow on a script of inputs; fail on any internal error of the tutor."""
    shell, out = make_shell(script, lang=lang)
    errors: list[BaseException] = []
    shell.internal_error = errors.append
    controller = LessonController(shell, lesson, store)
    action = shell.loop(controller)
    assert not errors, errors
    return action, out.getvalue(), controller, shell


# ------------------------------------------------------------------------------------------
# Lesson files
# ------------------------------------------------------------------------------------------

GOOD = MINI.read_text(encoding="utf-8")


def _broken_folder(folder: Path) -> dict[str, str]:
    """One file per kind of broken lesson in the catalogue, plus a good one. name -> kind."""
    folder.mkdir()
    (folder / "good.yaml").write_text(GOOD, encoding="utf-8")
    bomb = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    bomb += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 12)]
    files: dict[str, tuple[str | bytes, str]] = {
        "invalid.yaml": ("id: x\ntitle: [unclosed\n", "invalid YAML"),
        "empty.yaml": ("", "empty file"),
        "binary.yaml": (bytes(range(256)) * 20, "binary garbage"),
        "bomb.yaml": ("\n".join(bomb) + "\n", "alias bomb"),
        "list.yaml": ("- id: x\n- title: y\n", "a list where a mapping belongs"),
        "kind.yaml": (GOOD.replace("id: mini", "id: kind", 1).replace("kind: text", "kind: video", 1),
                      "unknown step kind"),
        "lang.yaml": (GOOD.replace("id: mini", "id: lang", 1).replace('      en: "Hello **world**."\n', ""),
                      "missing language"),
        "dup.yaml": (GOOD.replace("id: mini", "id: dup", 1).replace("id: outro", "id: intro"),
                     "duplicate ids"),
        "raises.yaml": (GOOD.replace("id: mini", "id: raises", 1)
                        .replace("      x\n    output", "      1/0\n    output"),
                        "a code step that raises"),
        "output.yaml": (GOOD.replace("id: mini", "id: output", 1).replace(
            "    output: |\n      tensor([1., 2.], requires_grad=True)",
            "    output: |\n      tensor([1., 3.], requires_grad=True)"), "an expected output that no longer matches"),
        "truncated.yaml": (GOOD.replace("id: mini", "id: truncated", 1)[: len(GOOD) // 2], "a truncated file"),
        "control.yaml": ("id: x\ntitle: \x01\n", "a control character"),
        "pytag.yaml": ("id: x\ntitle: !!python/object/apply:os.system ['echo pwned']\n", "a Python tag"),
    }
    for name, (content, _kind) in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return {name: kind for name, (_c, kind) in files.items()}


def test_check_reports_every_broken_file_as_file_line_and_exits_1(tmp_path, capsys) -> None:
    """Lesson files: all of them at once through `autograd-tui check DIR`."""
    broken = _broken_folder(tmp_path / "lessons")
    assert cli_main(["check", str(tmp_path / "lessons")]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines, captured.err
    for line in lines:
        m = FILE_LINE.match(line)
        assert m, f"not FILE:LINE: message: {line!r}"
        assert int(m.group("line")) >= 1
    named = {Path(FILE_LINE.match(line).group("file")).name for line in lines}
    assert named == set(broken), (set(broken) ^ named)
    no_tutor_traceback(captured.out + captured.err)


@pytest.mark.parametrize("content, line, code", [("id: x\ntitle: \x01\n", 2, "0001"),
                                                 ("\x1b[31mid: x\n", 1, "001B"),
                                                 ("id: x\n\n\nsteps: [\x7f]\n", 4, "007F")])
def test_control_characters_are_a_clean_error(tmp_path, content, line, code) -> None:
    """Found by the fuzzer: PyYAML refuses control characters before parsing; that was an
    uncaught ReaderError that stopped `check`, `lessons` and hid every lesson from the menu."""
    path = tmp_path / "c.yaml"
    path.write_text(content, encoding="utf-8")
    result = load_lesson(path, shown_as="c.yaml")
    assert result.lesson is None
    assert [str(p) for p in result.problems] == [
        f"c.yaml:{line}: invalid YAML: control character U+{code} is not allowed"]


def test_a_broken_file_never_hides_the_good_lessons(tmp_path) -> None:
    _broken_folder(tmp_path / "lessons")
    catalog = load_catalog([str(tmp_path / "lessons")])
    ids = [lesson.id for lesson in catalog.lessons]
    assert "mini" in ids and "03-article-example" in ids
    # the format-broken files are named; the two that only `check` can catch (they run) load
    named = {Path(p.path).name for p in catalog.problems}
    assert named == {"invalid.yaml", "empty.yaml", "binary.yaml", "bomb.yaml", "list.yaml",
                     "kind.yaml", "lang.yaml", "dup.yaml", "truncated.yaml", "control.yaml",
                     "pytag.yaml"}


@pytest.mark.parametrize("lang, skipped", [("tr", "Sorunlu bir ders dosyası atlandı"),
                                           ("en", "")])
def test_menu_lists_good_lessons_and_names_broken_ones(env, tmp_path, lang, skipped) -> None:
    folder = tmp_path / "lessons"
    broken = _broken_folder(folder)
    proc = tutor(["--lang", lang, "--lessons", "lessons"], ":quit\n", dict(env, COLUMNS="200"),
                 cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert ("Küçük ders" if lang == "tr" else "Small lesson") in out
    for name in broken:
        if name not in ("raises.yaml", "output.yaml"):
            assert f"{name}:" in out, name
    assert skipped in out
    assert i18n.t("app.external_lessons", lang, dir=str(folder)).split(".")[0] in out
    no_tutor_traceback(out + proc.stderr)


def test_lessons_listing_lists_good_lessons_and_names_broken_ones(tmp_path, capsys) -> None:
    folder = tmp_path / "lessons"
    _broken_folder(folder)
    assert cli_main(["--lessons", str(folder), "--lang", "en", "lessons"]) == 0
    captured = capsys.readouterr()
    assert re.search(r"^mini\s+Small lesson", captured.out, re.MULTILINE)
    assert "bomb.yaml:2: invalid YAML: YAML aliases" in captured.err
    for line in captured.err.splitlines():
        assert FILE_LINE.match(line), line


@pytest.mark.parametrize("tagged", [
    "title: !!python/object/apply:os.system ['touch {marker}']\n",
    "title: !!python/object/new:os.system ['touch {marker}']\n",
    "title: !!python/name:os.system\n",
    "title: {{tr: !!python/object/apply:os.system ['touch {marker}'], en: x}}\n",
    "title: !custom 'touch {marker}'\n",
])
def test_python_yaml_tags_are_refused_and_never_run(tmp_path, monkeypatch, capsys, tagged) -> None:
    """Safety: lessons are read as plain data; a tag that asks for an object is an error."""
    monkeypatch.chdir(tmp_path)
    marker = tmp_path / "PWNED"
    path = tmp_path / "evil.yaml"
    path.write_text("id: evil\n" + tagged.format(marker=marker) +
                    "steps:\n  - {id: a, kind: text, text: {tr: a, en: b}}\n", encoding="utf-8")
    result = load_lesson(path, shown_as="evil.yaml")
    assert result.lesson is None
    assert len(result.problems) == 1
    assert re.match(r"evil\.yaml:2: the YAML tag '!\S+' is not allowed in lesson files", str(result.problems[0]))
    assert cli_main(["check", str(path)]) == 1
    assert load_catalog([str(path)]).lessons[-1].id != "evil"
    capsys.readouterr()
    assert not marker.exists()


def test_no_unsafe_loader_anywhere_in_the_package() -> None:
    """Safety: lessons only through SafeLoader machinery, progress only through json, pickles
    only through the restricted unpickler in serialization.py."""
    root = Path(__file__).resolve().parents[1] / "autograd_tui"
    unsafe = re.compile(r"yaml\.(load|unsafe_load|full_load|load_all)\(|yaml\.(Unsafe|Full)?Loader\b|"
                        r"\bpickle\.(load|loads)\(|\bmarshal\.loads?\(|\bshelve\.")
    found = []
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for m in unsafe.finditer(text):
            found.append(f"{path.relative_to(root)}: {m.group(0)}")
    assert found == []
    assert "yaml.SafeLoader" in (root / "lessons" / "loader.py").read_text(encoding="utf-8")


# ------------------------------------------------------------------------------------------
# Learner code
# ------------------------------------------------------------------------------------------

BAD_CODE = [
    ("for i in range(3", "SyntaxError: '(' was never closed"),
    ("undefined_name + 1", "NameError: name 'undefined_name' is not defined"),
    ("1/0", "ZeroDivisionError: division by zero"),
    ("def f(n):\n    return f(n + 1)\n\nf(0)", "RecursionError: maximum recursion depth exceeded"),
    ("big = torch.zeros(10**13)", "DefaultCPUAllocator: can't allocate memory"),
    ("raise KeyboardInterrupt", "KeyboardInterrupt"),                     # Ctrl-C while code runs
    ("for i in range(20000): print('flood', i)", "flood 19999"),
    ("torch.zeros(1000, 1000)", "[0., 0., 0.,  ..., 0., 0., 0.],"),
    ("class A:\n    def __repr__(self): raise ValueError('bad repr')\n\nA()", "ValueError: bad repr"),
    ("import sys; sys.stdout = None; print('lost')", ""),
    ("torch = 3", ""),
    ("__builtins__ = {}", ""),
    ("del x", ""),
]


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("code, shown", BAD_CODE, ids=[c.split("\n")[0][:30] for c, _ in BAD_CODE])
def test_bad_learner_code_is_shown_and_the_session_goes_on(mini, tmp_path, code, shown, lang) -> None:
    store = ProgressStore(tmp_path / "progress.json")
    script = ["", "", "", code, "print('still', 'here')", ":quit"]
    action, out, controller, shell = play(mini, store, script, lang=lang)
    assert action == QUIT
    assert shown in out
    assert "still here" in out or code in ("__builtins__ = {}",)   # (print itself is gone there)
    assert controller.index == 2                                    # still at the task
    assert ProgressStore(store.path).lesson("mini").step == 2       # nothing was lost


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("code, key", [("torch.zeros(10**13)", "err.out_of_memory"),
                                       ("b = bytearray(10**16)", "err.out_of_memory"),
                                       ("def f(): return f()\n\nf()", "err.recursion")])
def test_memory_and_recursion_errors_are_explained_in_the_learners_language(code, key, lang) -> None:
    shell, out = make_shell([], lang=lang)
    shell.prepare_namespace(lambda: {"torch": __import__("torch")})
    result = shell.run(code)
    assert result is not None and not result.ok
    assert i18n.error_key(result.exc_type or "", result.exc_message or "") == key
    note = i18n.explain_error(result.exc_type or "", result.exc_message or "", lang)
    assert note is not None and note.split(".")[0] in " ".join(out.getvalue().split())


@pytest.mark.parametrize("make, nbytes", [
    (lambda torch: torch.zeros(10**13), 40000000000000),
    (lambda torch: torch.ones(10**13), 40000000000000),
    (lambda torch: torch.empty(10**13), 40000000000000),
    (lambda torch: torch.rand(10**13), 40000000000000),          # these three used to leak
    (lambda torch: torch.randn(10**13), 40000000000000),         # numpy's _ArrayMemoryError
    (lambda torch: torch.arange(10**13), 80000000000000),
    (lambda torch: torch.randint(3, (10**13,)), 80000000000000),
], ids=["zeros", "ones", "empty", "rand", "randn", "arange", "randint"])
def test_an_impossible_size_is_pytorchs_own_error_on_the_engine(make, nbytes, engine_torch) -> None:
    torch = engine_torch
    with pytest.raises(RuntimeError, match=r"DefaultCPUAllocator: can't allocate memory: you "
                                           rf"tried to allocate {nbytes} bytes"):
        make(torch)
    assert torch.zeros(2).sum().item() == 0.0     # the engine is fine afterwards


def test_a_huge_tensor_prints_summarised_as_pytorch_does(engine_torch) -> None:
    torch = engine_torch
    text = repr(torch.zeros(1000, 1000))
    assert text.count("\n") == 6 and "..." in text and len(text) < 500
    assert repr(torch.arange(10**6)) == "tensor([     0,      1,      2,  ..., 999997, 999998, 999999])"


def test_a_print_flood_is_shown_whole_but_not_kept_whole() -> None:
    seen: list[int] = []
    result = run_code("for i in range(3000):\n    print('x' * 999)", {}, write=lambda t: seen.append(len(t)))
    assert sum(seen) == 3_000_000                         # every character reached the screen
    assert len(result.stdout) <= MAX_KEPT_LIVE_OUTPUT     # memory stays bounded until Ctrl-C
    assert result.ok
    unbounded = run_code("print('y' * 2_000_000)", {})     # without a screen (check, demo) all is kept
    assert len(unbounded.stdout) == 2_000_001


@pytest.mark.parametrize("code", ["exit()", "quit()", "raise SystemExit", "raise SystemExit(3)",
                                  "import sys; sys.exit('bye')"])
def test_exit_quit_and_system_exit_save_then_leave(mini, tmp_path, code) -> None:
    store = ProgressStore(tmp_path / "progress.json")
    action, out, controller, _ = play(mini, store, ["", "", "", code, "print('never')"])
    assert action == QUIT
    assert "never" not in out and "SystemExit" not in out
    assert ProgressStore(store.path).lesson("mini").step == 2     # saved: resumes at the task


def test_learner_code_that_closes_stdin_ends_the_session_saved(mini, tmp_path) -> None:
    """`sys.stdin.close()`: every later prompt fails; that is the end of input, not 20 errors."""
    store = ProgressStore(tmp_path / "progress.json")
    closed = ValueError("I/O operation on closed file.")
    action, out, _, _ = play(mini, store, ["", "", "", "import sys", closed, "print('never')"])
    assert action == QUIT and "never" not in out
    assert ProgressStore(store.path).lesson("mini").step == 2


YES = {"en": "y", "tr": "evet"}   # :reset asks first


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_rebinding_torch_is_said_plainly_and_reset_recovers(mini, tmp_path, lang) -> None:
    store = ProgressStore(tmp_path / "progress.json")
    script = ["", "", "", "torch = 3", "z = 6*x**2\nz.sum().backward()",   # the check fails: said why
              ":reset", YES[lang], "", "", "", "z = 6*x**2\nz.sum().backward()"]  # :reset, then it passes
    _, out, controller, shell = play(mini, store, script, lang=lang)
    assert i18n.t("lesson.torch_rebound", lang) in " ".join(out.split())
    assert i18n.t("lesson.reset_done", lang) in out
    assert i18n.t("lesson.task_pass", lang) in out
    assert controller.index == 3 and shell.namespace["torch"].__name__ in ("torch", "autograd_tui.engine")


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_deleting_a_lesson_variable_is_said_plainly_and_reset_recovers(mini, tmp_path, lang) -> None:
    store = ProgressStore(tmp_path / "progress.json")
    script = ["", "", "", "del x", "print('ok')", ":reset", YES[lang], "", "", "", "x"]
    _, out, controller, shell = play(mini, store, script, lang=lang)
    assert i18n.t("lesson.name_missing", lang, name="x") in " ".join(out.split())
    after_reset = out[out.index(i18n.t("lesson.reset_done", lang)):]
    assert ">>> x" not in after_reset and "tensor([1., 2.], requires_grad=True)\n" in after_reset
    assert "NameError" not in after_reset                                     # x is back
    assert "x" in shell.namespace


def test_a_function_from_an_earlier_input_shows_no_wrong_line_in_its_traceback() -> None:
    ns: dict = {}
    run_code("def g(n):\n    return 1 / n", ns)
    result = run_code("g(0)", ns)
    assert result.error == ('Traceback (most recent call last):\n'
                            '  File "<stdin>", line 1, in <module>\n'
                            '    g(0)\n'
                            '  File "<stdin>", line 2, in g\n'
                            'ZeroDivisionError: division by zero\n')


# ------------------------------------------------------------------------------------------
# Progress and state
# ------------------------------------------------------------------------------------------

def test_what_was_salvaged_from_a_damaged_file_survives_the_first_save(tmp_path) -> None:
    """Was a bug: the damaged file was moved aside, then the first save started from nothing."""
    path = tmp_path / "progress.json"
    path.write_text('{"version": 1, "language": "tr", "lessons": {"a": {"step": 3, "total": 9, '
                    '"done": false}, "b": {"step": 1, "total": 2, "done": true}, "c": {"st',
                    encoding="utf-8")
    store = ProgressStore(path)
    assert [k for k, _ in store.take_notices()] == ["progress.corrupt"]
    store.save_lesson("d", step=1, total=4)
    again = ProgressStore(path)
    assert again.take_notices() == []
    assert {k: v.step for k, v in again.lessons().items()} == {"a": 3, "b": 1, "d": 1}
    assert again.language() == "tr"
    assert len(list(tmp_path.glob("progress.json.corrupt-*"))) == 1


DAMAGED = [
    '{"version": 1, "lessons": {"mini": {"step": 2, "total": 5, "done": false}}, "language": "tr"',
    '{"version": 1, "lessons": {"mini": {"step": "two"}, "other": {"step": 1, "total": 3}}}',
    '{"version": 7, "lessons": []}', '{"version": 1, "lessons": {"a": {"step": 1' + "9" * 5000 + "}}}",
    "\x00\x01\x02", "[]", "null", "1e999", '"just a string"', "{" * 100000, "\ufeff{}", "{}",
]


@pytest.mark.parametrize("content", DAMAGED)
def test_any_damaged_progress_file_is_moved_aside_reported_once_and_replaced(tmp_path, content) -> None:
    path = tmp_path / "progress.json"
    path.write_text(content, encoding="utf-8")
    store = ProgressStore(path)
    assert [k for k, _ in store.take_notices()] == ["progress.corrupt"]
    assert [p.read_text(encoding="utf-8") for p in tmp_path.glob("progress.json.corrupt-*")] == [content]
    assert store.save_lesson("mini", step=1, total=5)
    again = ProgressStore(path)
    assert again.take_notices() == [] and again.lesson("mini").step == 1


@pytest.mark.parametrize("content", [DAMAGED[0], DAMAGED[1], DAMAGED[4]])
def test_a_damaged_progress_file_is_told_once_in_the_tutor_and_the_lesson_runs(env, content) -> None:
    state = Path(env["XDG_STATE_HOME"]) / "autograd-tui"
    state.mkdir(parents=True)
    (state / "progress.json").write_text(content, encoding="utf-8")
    first = tutor(["--lang", "en", "--lessons", str(DATA), "lesson", "mini"], "\n\n:quit\n", env)
    second = tutor(["--lang", "en", "--lessons", str(DATA), "lesson", "mini"], ":quit\n", env)
    told = i18n.t("progress.corrupt", "en", path="@").split("@")[0].strip()
    assert first.returncode == 0 and second.returncode == 0
    assert " ".join(first.stdout.split()).count(told) == 1
    assert told not in " ".join(second.stdout.split())
    assert len(list(state.glob("progress.json.corrupt-*"))) == 1
    data = json.loads((state / "progress.json").read_text(encoding="utf-8"))
    assert data["lessons"]["mini"]["step"] >= 2
    no_tutor_traceback(first.stdout + first.stderr + second.stdout + second.stderr)


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_an_unwritable_state_directory_warns_once_and_the_tutor_runs(env, tmp_path, lang) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    env = dict(env, XDG_STATE_HOME=str(blocker))
    proc = tutor(["--lang", lang, "--lessons", str(DATA), "lesson", "mini"],
                 "\n\n\n:skip\n:lang en\n:lang tr\n:quit\n", env)
    assert proc.returncode == 0, proc.stderr
    flat = " ".join(proc.stdout.split())
    warning = i18n.t("progress.unwritable", lang, path="@", error="@").split("@")[0].strip()
    assert flat.count(warning) == 1
    assert i18n.t("lesson.skipped", lang) in flat             # the lesson went on regardless
    assert i18n.t("app.bye", "tr") not in flat and i18n.t("app.bye", "en") not in flat
    assert i18n.t("app.bye_unsaved", "tr") in flat            # the last :lang was tr
    no_tutor_traceback(proc.stdout + proc.stderr)


WRITER = textwrap.dedent("""\
    import sys
    from autograd_tui.tutor.progress import ProgressStore
    store = ProgressStore(sys.argv[1])
    entry = store.lesson("mini")
    step = entry.step if entry else 0
    # one whole save first: on a loaded machine the first kill could come before any write
    step += 1
    store.save_lesson("mini", step=step, total=10**9)
    print("ready", flush=True)
    while True:
        step += 1
        store.save_lesson("mini", step=step, total=10**9)
        store.save_lesson("other-" + str(step % 7), step=step, total=10**9)
""")


def test_kill_minus_nine_mid_write_leaves_the_previous_good_state(tmp_path) -> None:
    path = tmp_path / "progress.json"
    seen = 0
    for delay in (0.05, 0.11, 0.17, 0.23, 0.31):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE,
                                text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(delay)                     # somewhere in the middle of a write
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        proc.stdout.close()
        data = json.loads(path.read_text(encoding="utf-8"))    # always a whole, valid file
        store = ProgressStore(path)
        assert store.take_notices() == []
        step = store.lesson("mini").step
        assert step >= seen                  # never older than what a previous run saved
        seen = step
        assert data["version"] == 1
    assert seen > 0


# ------------------------------------------------------------------------------------------
# The terminal (what needs no pseudo-terminal; see tests/e2e/test_keys.py for the rest)
# ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("args, stdin", [
    (["lessons"], ""),
    (["lessons", "--json"], ""),
    (["demo", "03", "--auto"], ""),
    (["export", "03", "--format", "py"], ""),
    (["repl"], "print('x')\n"),
    (["--lessons", str(DATA), "lesson", "mini"], "\n\n"),
    (["--lang", "tr"], ":quit\n"),
])
def test_a_closed_stdout_ends_quietly(env, args, stdin) -> None:
    """`autograd-tui … | head -1`: the reader is gone before anything is written."""
    proc = subprocess.Popen([sys.executable, "-m", "autograd_tui", *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdout.close()                      # like head(1) leaving
    _, raw_err = proc.communicate(stdin.encode(), timeout=120)
    err = raw_err.decode("utf-8", "replace")
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert proc.returncode in (0, 1)


@pytest.mark.parametrize("redirect", ["<&-", ">&-", "2>&-", "<&- >&- 2>&-"])
def test_closed_standard_streams_are_not_a_crash(env, redirect) -> None:
    command = (f"exec '{sys.executable}' -m autograd_tui --lessons '{DATA}' lesson mini {redirect}")
    proc = subprocess.run(["sh", "-c", command], capture_output=True, text=True, env=env, timeout=120,
                          input="" if "<&-" not in redirect else None)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    no_tutor_traceback(proc.stdout + proc.stderr)
    assert "internal" not in (proc.stdout + proc.stderr).lower()


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_an_unexpected_failure_in_a_command_is_one_sentence(tmp_path, monkeypatch, capsys, lang) -> None:
    """`lessons > /dev/full`, or a bug: one sentence and the log's path, never a traceback."""
    from autograd_tui import commands

    monkeypatch.setenv("AUTOGRAD_TUI_STATE_DIR", str(tmp_path / "state"))

    def broken(args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(commands, "cmd_lessons", broken)
    assert cli_main(["--lang", lang, "lessons"]) == 1
    captured = capsys.readouterr()
    log = tmp_path / "state" / "errors.log"
    assert captured.err.strip() == i18n.t("app.fatal_error", lang, path=str(log))
    assert "No space left on device" in log.read_text(encoding="utf-8")


def test_progress_past_the_end_or_at_a_vanished_step_resumes_inside_the_lesson(mini, tmp_path) -> None:
    store = ProgressStore(tmp_path / "progress.json")
    store.save_lesson("mini", step=999, total=999, step_id="no-such-step")
    _, out, controller, _ = play(mini, store, [":quit"])
    assert controller.index == len(mini.steps) - 1
    store.save_lesson("mini", step=1, total=5, step_id="quiz")       # the id wins over the index
    _, out, controller, _ = play(mini, store, [":quit"])
    assert controller.index == 3


def test_demo_and_export_say_when_a_lesson_folder_gave_no_lesson(tmp_path, capsys) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "bad.yaml").write_text("id: [unclosed", encoding="utf-8")
    assert cli_main(["--lessons", str(folder), "--lang", "en", "demo", "mini", "--auto"]) == 2
    err = capsys.readouterr().err
    assert i18n.t("app.external_none_broken", "en", dir=str(folder)) in err
    assert "Lessons loaded from" not in err
    assert cli_main(["--lessons", str(folder), "--lang", "tr", "export", "01-background"]) == 0
    err = capsys.readouterr().err
    assert i18n.t("app.external_none_broken", "tr", dir=str(folder)) in err


def test_external_lesson_folders_are_named_before_their_code_runs(tmp_path, capsys) -> None:
    """Safety (trust model): demo --auto and export run lesson code from --lessons DIR."""
    assert cli_main(["--lessons", str(DATA), "--lang", "en", "demo", "mini", "--auto"]) == 0
    err = capsys.readouterr().err
    assert i18n.t("app.external_lessons", "en", dir=str(DATA)) in err
    assert cli_main(["--lessons", str(DATA), "--lang", "tr", "export", "mini", "--format", "py"]) == 0
    assert i18n.t("app.external_lessons", "tr", dir=str(DATA)) in capsys.readouterr().err


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_check_of_an_empty_lesson_folder_never_says_lessons_were_loaded(tmp_path, capsys, lang) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert cli_main(["--lang", lang, "check", "--lessons", str(empty), str(DATA / "mini.yaml")]) == 1
    captured = capsys.readouterr()
    loaded = i18n.t("app.external_lessons", lang, dir=str(empty))
    assert loaded.split(str(empty))[0] not in captured.err
    assert i18n.t("check.empty_folder", lang, name=str(empty)) in captured.out
    # a folder that has lessons is still named before its code runs
    assert cli_main(["--lang", lang, "check", "--lessons", str(DATA), str(DATA / "mini.yaml")]) == 0
    assert i18n.t("app.external_lessons", lang, dir=str(DATA)) in capsys.readouterr().err
