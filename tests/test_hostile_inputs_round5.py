"""Hostile inputs, fifth round: what a new learner and an instructor met trying every command
in both languages (tester19). Each test names the catalogue entry of docs/robustness.md it proves.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from autograd_tui.lessons.loader import load_lesson


@pytest.fixture(autouse=True)
def own_state_dir(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("AUTOGRAD_TUI_STATE_DIR", raising=False)


def run_tutor(args: list[str], tmp_path: Path, stdin: str = "", timeout: float = 120,
              **extra_env: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in ("AUTOGRAD_TUI_STATE_DIR", "NO_COLOR", "LC_ALL", "LC_MESSAGES")}
    env.update(HOME=str(tmp_path / "home"), XDG_STATE_HOME=str(tmp_path / "state"),
               LANG="C.UTF-8", COLUMNS="80", PYTHONIOENCODING="utf-8")
    env.update(extra_env)
    return subprocess.run([sys.executable, "-m", "autograd_tui", *args], input=stdin.encode(),
                          capture_output=True, env=env, timeout=timeout, cwd=tmp_path)


# ------------------------------------------------------------------ YAML errors in Turkish
BROKEN_YAML = {
    "flow_end": ("id: x\ntitle: {tr: a, en: b}\nsteps: [1, 2\n", "'<stream end>'"),
    "block_sequence": ("id: x\nsteps:\n  - a\n - b\n", "'<block sequence start>'"),
    "scalar": ('id: x\ntitle: "a"b\n', "'<scalar>'"),
    "anchor": ("id: x\ntitle: &\n", "'\\n'"),
    "tab": ("id: x\n\ttitle: x\n", "'\\t'"),
    "hex_escape": ('id: x\ntitle: "\\x4"\n', "expected escape sequence"),
    "block_indicator": ("id: x\ntitle: |x\n  a\n", "expected chomping or indentation indicators"),
    "separator": ('id: x\ntitle: "a\n---\n', "found unexpected document separator"),
    "tag": ("id: x\ntitle: !<abc\n", "while parsing a tag"),
}


@pytest.mark.parametrize("name", sorted(BROKEN_YAML))
def test_yaml_errors_in_turkish_carry_none_of_the_librarys_words(tmp_path, name) -> None:
    """robustness.md: "PyYAML's own words in a Turkish message"."""
    text, english = BROKEN_YAML[name]
    path = tmp_path / "f.yaml"
    path.write_text(text, encoding="utf-8")
    (problem,) = load_lesson(path, shown_as="f.yaml").problems
    assert english in problem.text("en")   # English keeps the library's text
    turkish = problem.text("tr")
    assert turkish.startswith("f.yaml:") and "geçersiz YAML" in turkish
    for word in ("<", "while ", "expected", "found", " but "):
        assert word not in turkish, turkish


# ------------------------------------------------------------------ exit statuses
@pytest.mark.parametrize("command", [["lesson"], ["demo", "--auto"], ["export"]])
def test_every_command_that_takes_a_lesson_id_exits_alike(tmp_path, command) -> None:
    """robustness.md: "An unknown lesson id": exit 2 (a bad argument) for `lesson`, `demo` and
    `export` alike (`lesson` said 1)."""
    name, *rest = command
    unknown = run_tutor(["--lang", "tr", name, "no-such-lesson", *rest], tmp_path)
    assert unknown.returncode == 2
    assert "“no-such-lesson” kimlikli bir ders yok" in unknown.stdout.decode() + unknown.stderr.decode()


# ------------------------------------------------------------------ :graph of a node
@pytest.mark.parametrize("lang, words", [("en", "a node of the graph (MulBackward0)"),
                                         ("tr", "hesaplama grafiğinin bir düğümü (MulBackward0)")])
def test_graph_of_a_grad_fn_names_the_tensor_to_give(lang, words) -> None:
    """robustness.md: "`:graph z.grad_fn`": it said there was no graph to draw at all."""
    from tutor_support import make_shell

    from autograd_tui.viz.commands import register

    shell, out = make_shell(lang=lang)
    register(shell.registry)
    shell.run("import torch\nx = torch.ones(2, requires_grad=True)\nz = x * 2")
    shell.handle_command(":graph z.grad_fn")
    text = " ".join(out.getvalue().split())
    assert words in text and text.endswith(("Give z.", "kendisini ver: z.")), text
