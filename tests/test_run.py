"""`autograd-tui run FILE.py`: behaves like `python FILE.py`, with torch on the embedded engine."""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
# The article's blocks up to the gradient check, and its requires_grad=False block: their
# expected output was recorded from real PyTorch (tests/golden, tools/record_golden.py).
ARTICLE_OK = "article/06_check_grads"
ARTICLE_ERROR = "article/07_requires_grad_false"


def recorded(name: str) -> dict:
    return json.loads((GOLDEN / "expected" / f"{name}.json").read_text(encoding="utf-8"))


def run(args, cwd=None, **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "autograd_tui", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=120, **kwargs)


def write(tmp_path: Path, name: str, source: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return path


def test_the_article_runs_and_prints_what_pytorch_prints():
    script = GOLDEN / "snippets" / f"{ARTICLE_OK}.py"
    result = run(["run", str(script)])
    assert result.returncode == 0, result.stderr
    assert result.stdout == recorded(ARTICLE_OK)["stdout"]


def test_the_article_error_block_ends_with_pytorchs_error():
    script = GOLDEN / "snippets" / f"{ARTICLE_ERROR}.py"
    result = run(["run", str(script)])
    expected = recorded(ARTICLE_ERROR)
    assert result.returncode == 1
    assert result.stdout == expected["stdout"]
    assert result.stderr.strip().splitlines()[-1] == expected["error"]


def test_an_error_ends_like_python_with_the_scripts_frames(tmp_path):
    script = write(tmp_path, "nograd.py", """\
        import torch
        x = torch.tensor([1., 2.], requires_grad=False)
        z = 6*x**2
        z.backward(gradient=torch.tensor([1., 1.]))
        """)
    result = run(["run", str(script)])
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert f'File "{script}", line 4, in <module>' in result.stderr
    assert lines[-1] == "RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn"
    assert "runpy" not in result.stderr and "autograd_tui/runner.py" not in result.stderr


def test_an_engine_error_shows_only_the_learners_frames_as_pytorchs_cpp_op_would(tmp_path):
    script = write(tmp_path, "bad.py", """\
        import torch

        def f(x):
            return x @ torch.ones(3)

        y = f(torch.ones(2, requires_grad=True))
        """)
    result = run(["run", str(script)])
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    frames = [line for line in lines if line.startswith("  File ")]
    assert frames == [f'  File "{script}", line 6, in <module>', f'  File "{script}", line 4, in f']
    assert lines[-1].startswith("RuntimeError: inconsistent tensor size")


@pytest.mark.parametrize("module, hint", [("torch.onnx", True), ("torch.nn.no_such_module", False)])
def test_a_missing_torch_module_shows_only_the_learners_frame_and_says_whether_pytorch_has_it(tmp_path, module,
                                                                                             hint):
    script = write(tmp_path, "imports.py", f"import torch\nimport {module}\n")
    result = run(["run", str(script)])
    lines = result.stderr.strip().splitlines()
    frames = [line for line in lines if line.startswith("  File ")]
    assert frames == [f'  File "{script}", line 2, in <module>']  # not the finder that routes torch imports
    line = f"{module} exists in real PyTorch but not in the embedded engine; `--backend torch` runs it"
    assert (lines[-2:] == [f"ModuleNotFoundError: No module named '{module}'", line]) if hint else \
        (lines[-1] == f"ModuleNotFoundError: No module named '{module}'")


def test_argv_and_exit_code_pass_through(tmp_path):
    script = write(tmp_path, "argv.py", """\
        import sys
        print(sys.argv)
        sys.exit(int(sys.argv[1]))
        """)
    result = run(["run", str(script), "3", "--lang", "x"])
    assert result.stdout.strip() == repr([str(script), "3", "--lang", "x"])
    assert result.returncode == 3


def test_all_the_torch_import_forms_resolve_to_the_engine(tmp_path):
    script = write(tmp_path, "imports.py", """\
        import torch
        import torch.nn.functional as F
        from torch import nn, optim
        import torch.autograd
        import torchvision
        print(torch.__name__, torch.__file__.endswith("engine/__init__.py"))
        print(torch.autograd.grad is not None, torchvision.__name__)
        """)
    result = run(["run", str(script)])
    assert result.returncode == 0, result.stderr
    # the engine's module shows PyTorch's name, from the engine's own file
    assert result.stdout.splitlines() == ["torch True", "True torchvision"]


def test_a_missing_script_is_reported_like_python(tmp_path):
    result = run(["run", str(tmp_path / "nope.py")])
    assert result.returncode == 2
    assert "can't open file" in result.stderr and "No such file or directory" in result.stderr


def test_a_closed_pipe_ends_quietly(tmp_path):
    script = write(tmp_path, "flood.py", """\
        import torch
        for i in range(20000):
            print(torch.tensor([float(i)]))
        """)
    proc = subprocess.Popen([sys.executable, "-m", "autograd_tui", "run", str(script)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()
    _, err = proc.communicate(timeout=120)
    assert first == b"tensor([0.])\n"
    assert b"Traceback" not in err and b"BrokenPipeError" not in err


@pytest.mark.skipif(importlib.util.find_spec("torch") is not None, reason="real PyTorch is installed here")
def test_backend_torch_without_pytorch_says_so_in_one_line(tmp_path):
    script = write(tmp_path, "t.py", "import torch\n")
    result = run(["--backend", "torch", "run", str(script)])
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "PyTorch" in result.stderr


def test_the_engine_never_imports_the_ui():
    code = ("import sys; import autograd_tui.engine as t; import autograd_tui.engine.autograd; "
            "import autograd_tui.engine.graph; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('rich', 'prompt_toolkit', 'yaml')]; "
            "print(bad)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


def test_run_does_not_load_the_ui_or_numpy_for_an_empty_script(tmp_path):
    script = write(tmp_path, "empty.py", """\
        import sys
        print(sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'prompt_toolkit', 'yaml', 'numpy')))
        """)
    result = run(["run", str(script)])
    assert result.stdout.strip() == "[]", result.stderr


# `python FILE.py` reads the file with the interpreter's file tokenizer; runpy compiles it as
# one string, which words a NUL byte and a bad coding cookie differently. Real Python is the
# oracle: each case runs both ways and must give the same exit status, stdout and stderr.
def python_and_run(tmp_path: Path, source: bytes) -> tuple[tuple, tuple]:
    (tmp_path / "script.py").write_bytes(source)
    results = []
    for command in ([sys.executable, "script.py"], [sys.executable, "-m", "autograd_tui", "run", "script.py"]):
        proc = subprocess.run(command, cwd=tmp_path, capture_output=True, timeout=120)
        results.append((proc.returncode, proc.stdout, proc.stderr))
    return results[0], results[1]


@pytest.mark.skipif(sys.version_info < (3, 11), reason="Python 3.10 read on past a NUL byte")
@pytest.mark.parametrize("source", [
    b'print("hi")\nx = 1\x00 + 2\nprint(x)\n',      # nothing runs, not even the first line
    b"\x00print(1)\n",
    b"x = (\n\x00\n",                              # an unclosed bracket: the NUL comes first
    b"print 'x'\n\x00\n",                          # so does a parser error on an earlier line
    b'x = """abc\n\x00\n',
    b'x = "abc\n\x00\n',                           # a tokenizer error on an earlier line comes first
    b"if 1:\n  x = 1\n y = 2\n\x00\n",
    b"x = 1\n  y = 2\n\x00\n",                      # and an unexpected indent
    b'# coding: latin-1\nx = "\xe9"\x00\n',       # the line is shown in the file's encoding
    b"x = 1 # \xff\x00\n",                          # without a cookie, the bad byte is named first
    b"\x00\nx = 1 # \xff\n",
    b"x = 1\r\ny\x00 = 2\r\n",
    b"print(1)\r\x00\r",
    b"  \t  x\x00 = 2\n",
])
def test_a_nul_byte_is_reported_exactly_as_python(tmp_path, source):
    python, ours = python_and_run(tmp_path, source)
    assert ours == python
    assert python[0] == 1 and b"Error" in python[2]


@pytest.mark.parametrize("source", [
    b'# -*- coding: foo -*-\nprint("hi")\n',
    b"#!/usr/bin/env python\n# vim: set fileencoding=bogus :\nprint(1)\n",
    b"\xef\xbb\xbf# coding: foo\nprint(1)\n",
    b"\xef\xbb\xbf# coding: latin-1\nprint(1)\n",   # a BOM says UTF-8
    b"# coding: hex\nprint(1)\n",                   # a codec, but not of text
    b"# coding: utf-16\nprint(1)\n",
    b"# coding: foo\n\x00\n",                       # the cookie is read before the NUL
    b"# coding: foo\x00\n",
    b"print(1)\n# coding: foo\n",                   # not a cookie on line 2 after code: runs
    b"# coding: Latin_1\nprint('\xe9')\n",        # a usable cookie: runs
])
def test_an_unusable_coding_cookie_is_reported_exactly_as_python(tmp_path, source):
    python, ours = python_and_run(tmp_path, source)
    assert ours == python


@pytest.mark.skipif(sys.version_info < (3, 11), reason="Python 3.10 counted the lines differently")
@pytest.mark.parametrize("source", [
    b"x = 1 # \xff\n",                              # runpy used to run it
    b"print(1)\nx = '\xc3'\n",
    b'x = "abc\n# \xff\n',                         # a tokenizer error on an earlier line comes first
    b"x = = 1\n# \xff\n",                          # a parser error does not
    b"\xef\xbb\xbfx = '\xff'\n",                    # with a BOM, Python's other message
])
def test_a_non_utf8_byte_without_a_cookie_is_reported_exactly_as_python(tmp_path, source):
    python, ours = python_and_run(tmp_path, source)
    assert ours == python
    assert python[0] == 1 and b"Error" in python[2]


def test_the_script_sees_argv_file_and_main_module_as_under_python(tmp_path):
    source = """
        import pickle, sys
        class Point:
            pass
        print(sys.argv, __file__, __name__, __spec__, type(__loader__).__name__)
        print(type(pickle.loads(pickle.dumps(Point()))).__module__)
    """
    write(tmp_path, "where.py", source)
    ours = run(["run", "where.py", "--flag"], cwd=tmp_path)
    python = subprocess.run([sys.executable, "where.py", "--flag"], capture_output=True, text=True, cwd=tmp_path,
                            timeout=60)
    assert ours.returncode == python.returncode == 0, ours.stderr
    assert ours.stdout == python.stdout
    assert "['where.py', '--flag']" in ours.stdout


@pytest.mark.skipif(importlib.util.find_spec("torch") is not None, reason="real PyTorch is installed here")
@pytest.mark.parametrize("lang", ["tr", "en"])
def test_backend_torch_without_pytorch_speaks_the_chosen_language(tmp_path, lang):
    from autograd_tui import i18n
    script = write(tmp_path, "t.py", "import torch\n")
    result = run(["--lang", lang, "--backend", "torch", "run", str(script)])
    assert result.returncode == 1
    assert result.stderr.strip() == i18n.t("app.backend_unavailable", lang)


def test_a_warning_pytorch_raises_in_its_own_files_shows_no_engine_place(tmp_path):
    # nn.MSELoss's size warning comes from torch/nn/modules/loss.py in PyTorch; the engine's file
    # and source line would be internals, so it shows without a place, as the REPL shows it. A
    # warning PyTorch places at the learner's line keeps it.
    script = write(tmp_path, "warns.py", """
        import torch, torch.nn as nn
        nn.MSELoss()(torch.ones(3, 1), torch.ones(3))
        y = torch.ones(2, requires_grad=True) * 2
        y.grad
    """)
    done = run(["run", str(script)])
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines[0].startswith("UserWarning: Using a target size (torch.Size([3])) that is different"), lines
    assert "autograd_tui" not in done.stderr
    assert lines[1].startswith(f"{script}:5: UserWarning: The .grad attribute of a Tensor that is not a leaf")
    assert lines[2].strip() == "y.grad"


@pytest.mark.parametrize("lang,required", [("en", "required: FILE.py"), ("tr", "gerekli: DOSYA.py")])
def test_run_without_a_script_asks_for_the_script_only(lang, required):
    # the script's own arguments are optional; argparse used to ask for "FILE.py, ARGS"
    proc = run(["--lang", lang, "run"])
    assert proc.returncode == 2
    last = proc.stderr.strip().splitlines()[-1]
    assert last.endswith(required), last
