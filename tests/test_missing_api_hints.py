"""What PyTorch has and the embedded engine lacks raises in PyTorch's naming, with one line saying
real PyTorch has it (``--backend torch``); unknown names raise the plain AttributeError."""
from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

import autograd_tui.engine as torch
from autograd_tui.engine import distributions, nn, optim
from autograd_tui.engine.nn import functional as F
from autograd_tui.engine.optim import lr_scheduler
from autograd_tui.engine.utils import data
from autograd_tui.engine.missing import add_tensor_hint

HINT = "`--backend torch` runs it"
# An ImportError names the module's file, as Python's (and PyTorch's) do: the engine's real file
ENGINE = torch.__file__.rpartition("/")[0]


@pytest.mark.parametrize("module, prefix, name", [
    (nn, "torch.nn", "FractionalMaxPool3d"), (nn, "torch.nn", "CrossMapLRN2d"),
    (F, "torch.nn.functional", "fractional_max_pool3d"),
    (nn.utils, "torch.nn.utils", "convert_conv2d_weight_memory_format"), (nn, "torch.nn", "LinearCrossEntropyLoss"),
    (distributions, "torch.distributions", "CatTransform"),
    (data, "torch.utils.data", "DistributedSampler"),
    (torch.utils, "torch.utils", "tensorboard"),
])
def test_known_pytorch_names_say_where_they_exist(module, prefix, name):
    with pytest.raises(AttributeError) as info:
        getattr(module, name)
    first, second = str(info.value).split("\n")
    assert first == f"module '{prefix}' has no attribute '{name}'"
    assert second == f"{prefix}.{name} exists in real PyTorch but not in the embedded engine; {HINT}"
    assert not hasattr(module, name)


@pytest.mark.parametrize("module, prefix", [(nn, "torch.nn"), (F, "torch.nn.functional"), (optim, "torch.optim"),
                                            (distributions, "torch.distributions"), (data, "torch.utils.data")])
def test_unknown_names_raise_the_plain_attribute_error(module, prefix):
    with pytest.raises(AttributeError, match=rf"^module '{prefix}' has no attribute 'Nonexistent'$"):
        module.Nonexistent  # noqa: B018 - the attribute access is what is tested


def test_the_new_submodules_are_attributes_of_their_parents():
    assert hasattr(torch, "distributions") and hasattr(torch, "utils")
    assert torch.utils.data.DataLoader is data.DataLoader
    assert optim.lr_scheduler.StepLR is lr_scheduler.StepLR
    assert nn.utils.clip_grad_norm_ is nn.utils.clip_grad.clip_grad_norm_


@pytest.mark.parametrize("call", [
    lambda: F.embedding(torch.tensor([0]), torch.zeros(2, 2), scale_grad_by_freq=True, sparse=True),
    lambda: torch.zeros(2, 2).gather(1, torch.zeros(2, 1, dtype=torch.int64), sparse_grad=True),
])
def test_unsupported_options_refuse_rather_than_ignore(call):
    with pytest.raises(NotImplementedError, match=r"--backend torch"):
        call()


@pytest.mark.parametrize("module, prefix, name", [
    (torch, "torch", "geqrf"), (torch.linalg, "torch.linalg", "householder_product"),
    (torch.special, "torch.special", "erfcx"), (torch.autograd, "torch.autograd", "profiler"),
    (optim, "torch.optim", "Muon"), (torch.special, "torch.special", "gammainc"),
])
def test_every_name_recorded_from_pytorch_gets_the_line(module, prefix, name):
    with pytest.raises(AttributeError) as info:
        getattr(module, name)
    assert str(info.value) == (f"module '{prefix}' has no attribute '{name}'\n"
                               f"{prefix}.{name} exists in real PyTorch but not in the embedded engine; {HINT}")
    assert not hasattr(module, name)


@pytest.mark.parametrize("make", [lambda: torch.tensor([1.0]), lambda: nn.Parameter(torch.zeros(2))])
def test_tensor_attributes_of_real_pytorch_get_the_line(make):
    x = make()
    kind = type(x).__name__
    with pytest.raises(AttributeError) as info:
        x.module_load  # noqa: B018 - the attribute access is what is tested
    # Python's own error, as PyTorch's; the line is added where the error is shown
    assert str(info.value) == f"'{kind}' object has no attribute 'module_load'"
    add_tensor_hint(info.value)
    assert str(info.value) == (f"'{kind}' object has no attribute 'module_load'\n"
                               "torch.Tensor.module_load exists in real PyTorch but not in the embedded engine; "
                               f"{HINT}")
    with pytest.raises(AttributeError, match=rf"^'{kind}' object has no attribute 'nonexistent'$"):
        x.nonexistent  # noqa: B018
    assert not hasattr(x, "module_load") and not hasattr(x, "_private") and hasattr(x, "grad")


def test_the_recorded_names_load_only_when_a_name_is_missing():
    code = ("import autograd_tui.engine as torch, sys\n"
            "x = torch.tensor([1.0]); y = (x * 2).sum()\n"
            "assert torch._missing.recorded_names.cache_info().currsize == 0\n")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("expression, last_line", [
    # Python's suggestion, taken from real PyTorch's names as under PyTorch (these lines were
    # printed by torch 2.13's interpreter for the same expressions).
    ("torch.tensor([1.]).frex", "AttributeError: 'Tensor' object has no attribute 'frex'. Did you mean: 'frexp'?"),
    ("torch.nn.functional.gelux",
     "AttributeError: module 'torch.nn.functional' has no attribute 'gelux'. Did you mean: 'gelu'?"),
    ("torch.stf", "AttributeError: module 'torch' has no attribute 'stf'"),
    ("torch.tensor([1.]).nonexistent", "AttributeError: 'Tensor' object has no attribute 'nonexistent'"),
])
def test_did_you_mean_suggests_what_pytorch_suggests(expression, last_line):
    done = subprocess.run([sys.executable, "-c", f"import autograd_tui.engine as torch\n{expression}"],
                          capture_output=True, text=True)
    assert done.stderr.strip().splitlines()[-1] == last_line


def test_a_tensor_attribute_only_pytorch_has_gets_the_line_where_the_error_is_shown(tmp_path):
    script = tmp_path / "module_load.py"
    script.write_text("import torch\nx = torch.ones(2)\ntry:\n    x.module_load\nexcept AttributeError as e:\n"
                      "    print(e)\nx.module_load\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "autograd_tui", "run", str(script)], capture_output=True,
                          text=True, timeout=120)
    assert done.stdout == "'Tensor' object has no attribute 'module_load'\n"   # what PyTorch's own message says
    assert done.stderr.rstrip().endswith(
        "AttributeError: 'Tensor' object has no attribute 'module_load'\n"
        f"torch.Tensor.module_load exists in real PyTorch but not in the embedded engine; {HINT}")
    assert "Did you mean" not in done.stderr   # the name is right: only the engine lacks it
    from autograd_tui.evaluator import run_code
    result = run_code("x.module_load", {"x": torch.ones(2)}, filename="<stdin>")
    # the REPL and lessons show what `run` shows
    assert result.error is not None and result.error.rstrip().endswith(
        f"torch.Tensor.module_load exists in real PyTorch but not in the embedded engine; {HINT}")


@pytest.mark.parametrize("setup, expression, last_line", [
    # the last line torch 2.13's interpreter (Python 3.11) printed for the same lines
    ("x = torch.ones(2, requires_grad=True)", "x.grd",
     "AttributeError: 'Tensor' object has no attribute 'grd'. Did you mean: 'gcd'?"),
    ("x = torch.ones(2, requires_grad=True)", "x.requires_gard",
     "AttributeError: 'Tensor' object has no attribute 'requires_gard'. Did you mean: 'requires_grad'?"),
    ("x = torch.ones(2, requires_grad=True)", "x.stf",
     "AttributeError: 'Tensor' object has no attribute 'stf'. Did you mean: 'std'?"),
    ("", "nn.Linaer", "AttributeError: module 'torch.nn' has no attribute 'Linaer'. Did you mean: 'Linear'?"),
    ("", "lenn", "NameError: name 'lenn' is not defined. Did you mean: 'len'?"),
    ("x = torch.ones(2)\nxx = 1", "x1", "NameError: name 'x1' is not defined. Did you mean: 'x'?"),
    # too far from every name for Python to suggest one
    ("x = torch.ones(2)", "x.gard", "AttributeError: 'Tensor' object has no attribute 'gard'"),
    ("", "torch.tensr", "AttributeError: module 'torch' has no attribute 'tensr'"),
])
def test_repl_and_lesson_errors_add_pythons_suggestion(setup, expression, last_line):
    from autograd_tui.evaluator import run_code

    for filename in ("<stdin>", "<lesson>"):
        namespace = {"torch": torch, "nn": nn}
        run_code(setup, namespace, filename=filename)
        result = run_code(expression, namespace, filename=filename)
        assert result.error is not None and result.error.splitlines()[-1] == last_line


def test_the_suggestion_follows_the_message_and_comes_once():
    from autograd_tui.evaluator import run_code

    namespace = {"torch": torch}
    # inside a function: Python looks for the name among that frame's locals
    result = run_code("def f():\n    weight = 1\n    return weigth\nf()", namespace)
    assert result.error.splitlines()[-1] == "NameError: name 'weigth' is not defined. Did you mean: 'weight'?"
    # a PyTorch-only name gets the engine's line and no suggestion: the name is right
    result = run_code("torch.ones(2).module_load", namespace)
    assert "Did you mean" not in result.error
    assert result.error.rstrip().endswith(HINT)
    # a misspelt one gets Python's suggestion once
    result = run_code("torch.ones(2).grd", namespace)
    assert result.error.count("Did you mean") == 1


def test_the_repl_shows_the_suggestion(tmp_path, monkeypatch):
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    from tutor_support import make_shell

    monkeypatch.setenv("AUTOGRAD_TUI_STATE_DIR", str(tmp_path))
    shell, out = make_shell(lang="en")
    shell.run("import torch\nx = torch.ones(2, requires_grad=True)")
    shell.run("x.requires_gard")
    assert "has no attribute 'requires_gard'. Did you mean: 'requires_grad'?" in out.getvalue()


def test_module_methods_only_pytorch_has_get_the_line():
    layer = nn.Linear(1, 1)
    with pytest.raises(AttributeError) as info:
        layer.xpu  # noqa: B018 - the attribute access is what is tested
    assert str(info.value) == ("'Linear' object has no attribute 'xpu'\n"
                               "torch.nn.Module.xpu exists in real PyTorch but not in "
                               f"the embedded engine; {HINT}")
    with pytest.raises(AttributeError, match=r"^'Linear' object has no attribute 'nonexistent'$"):
        layer.nonexistent  # noqa: B018
    assert not hasattr(layer, "ipu") and hasattr(layer, "register_full_backward_hook")


def test_importing_a_missing_name_names_torch_not_the_engine(tmp_path):
    script = tmp_path / "imports.py"
    script.write_text("from torch.distributions import CatTransform\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "autograd_tui", "run", str(script)], capture_output=True,
                          text=True, timeout=120)
    assert done.stderr.rstrip().endswith(
        "ImportError: cannot import name 'CatTransform' from 'torch.distributions' "
        f"({ENGINE}/distributions/__init__.py)\n"
        f"torch.distributions.CatTransform exists in real PyTorch but not in the embedded engine; {HINT}")
    from autograd_tui.evaluator import run_code
    result = run_code("from autograd_tui.engine.nn import Bogus", {}, filename="<stdin>")  # what torch.nn is
    assert result.error is not None
    assert result.error.rstrip().endswith(
        f"ImportError: cannot import name 'Bogus' from 'torch.nn' ({ENGINE}/nn/__init__.py)")


def test_a_module_attribute_only_pytorch_has_gets_no_did_you_mean():
    # Python would offer a near name (AbsTransform, Transform) for CatTransform, which is spelt right
    # and only missing from the engine
    from autograd_tui.evaluator import run_code
    result = run_code("torch.distributions.CatTransform([], dim=0)", {"torch": torch})
    assert result.error is not None
    assert result.error.rstrip().endswith(
        "AttributeError: module 'torch.distributions' has no attribute 'CatTransform'\n"
        f"torch.distributions.CatTransform exists in real PyTorch but not in the embedded engine; {HINT}")
    assert "Did you mean" not in result.error
    # a misspelt name keeps Python's suggestion
    typo = run_code("torch.distributions.Normalx", {"torch": torch})
    assert typo.error is not None and typo.error.rstrip().endswith("Did you mean: 'Normal'?")


@pytest.mark.parametrize("make,values", [
    (lambda: torch.tensor(1j), 1j), (lambda: torch.tensor([1.0, 2 - 1j]), [1, 2 - 1j]),
    (lambda: torch.tensor([[1, 2], [3j, 4]]), [[1, 2], [3j, 4]]), (lambda: torch.as_tensor(np.array([1j])), [1j]),
    (lambda: torch.from_numpy(np.ones(2) * 1j), [1j, 1j]), (lambda: torch.ones(2) * 1j, [1j, 1j]),
    (lambda: 1j * torch.ones(2), [1j, 1j]), (lambda: torch.ones(2) + (1 + 1j), [2 + 1j, 2 + 1j]),
    (lambda: torch.add(torch.ones(2), 1j), [1 + 1j, 1 + 1j]), (lambda: 1j - torch.ones(2), [-1 + 1j, -1 + 1j]),
    (lambda: torch.ones(2) * np.complex64(2), [2, 2]), (lambda: torch.full((2,), 1j), [1j, 1j]),
])
def test_complex_numbers_make_complex_tensors_keeping_the_imaginary_part(make, values):
    t = make()
    assert t.dtype.is_complex
    np.testing.assert_array_equal(t.numpy(), np.asarray(values))


@pytest.mark.parametrize("src,op", [("x.prod()", "prod"), ("torch.sinh(x)", "sinh"), ("torch.asin(x)", "asin"),
                                    ("x.logsumexp(0)", "logsumexp"), ("2 ** x", "pow"), ("torch.atan(x)", "atan"),
                                    ("torch.trace(torch.outer(x, x))", "trace")])
def test_complex_input_to_an_op_the_engine_has_only_for_real_types_names_the_op(src, op):
    x = torch.tensor([1 + 2j, 3 - 1j])
    with pytest.raises(NotImplementedError, match=f"^{op} of complex tensors is not available in the embedded "
                                                  "engine yet; `--backend torch` runs it$"):
        eval(src, {"x": x, "torch": torch})


@pytest.mark.parametrize("module, prefix, helpers, public", [
    (torch, "torch", ("graph", "functions", "parity", "derivatives", "meta", "settings"), ("nn", "tensor", "conv2d")),
    (F, "torch.nn.functional", ("make", "no_grad", "record", "functools"), ("relu", "cross_entropy")),
    (torch.linalg, "torch.linalg", ("amax", "stack", "full", "Tensor"), ("svd", "inv")),
    (torch.autograd, "torch.autograd", ("is_anomaly_enabled", "annotations"), ("grad", "no_grad", "Function")),
    (torch.func, "torch.func", ("tree_flatten", "contextlib", "F"), ("grad", "vmap")),
])
def test_dir_lists_only_what_real_pytorch_lists(module, prefix, helpers, public):
    """dir() (and so the REPL's completions) shows the module's PyTorch names, not the engine's
    helpers; the names come from the recording of real PyTorch 2.13 (torch_names.json)."""
    from autograd_tui.engine.missing import recorded_names
    from autograd_tui.repl.completer import attribute_candidates

    listed = dir(module)
    real = recorded_names()[prefix]
    assert [name for name in listed if not name.startswith("_") and name not in real] == []
    assert set(public) <= set(listed)
    assert not set(helpers) & set(listed)
    completions = {name for name, _ in attribute_candidates({"m": module}, "m", "")}
    assert set(public) <= completions and not set(helpers) & completions


IMPORTS_OF_MISSING = """
from autograd_tui.backend import activate
activate("embedded")
from autograd_tui.evaluator import run_code
namespace = {}
for stmt in ("import torch", "from torch.nn import Bogus", "from torch import graph", "import torch.utils.benchmark",
             "from torch.utils.benchmark import Timer", "from torchvision import transforms",
             "import torchvision.transforms as T", "from torchvision.transforms import ToTensor",
             "from torchvision import datasets, transforms", "import torchvision; torchvision.utils.make_grid",
             "from torchvision.utils import make_grid", "import torchaudio", "import torchtext"):
    result = run_code(stmt, namespace, filename="<stdin>")
    if result.error is not None:  # the learner's frame only, then the message
        frames, message = result.error.rstrip().split("    " + stmt + "\\n")
        print([line for line in message.splitlines() if not line.strip().startswith("^")] + [frames.count("File")])
"""


def test_imports_of_what_the_engine_lacks_say_so_in_pytorchs_naming():
    """A module or name real PyTorch (or torchvision) has gets the line, a companion library its own;
    an engine helper gets Python's plain ImportError; no engine frame is shown."""
    done = subprocess.run([sys.executable, "-c", IMPORTS_OF_MISSING], capture_output=True, text=True, timeout=300,
                          check=True)
    lines = [eval(line) for line in done.stdout.splitlines()]  # noqa: S307 - the lists printed above
    assert [shown.pop() for shown in lines] == [1] * 12

    def line(owner):
        return f"{owner} exists in real PyTorch but not in the embedded engine; {HINT}"

    assert lines == [
        [f"ImportError: cannot import name 'Bogus' from 'torch.nn' ({ENGINE}/nn/__init__.py)"],
        [f"ImportError: cannot import name 'graph' from 'torch' ({ENGINE}/__init__.py)"],
        ["ModuleNotFoundError: No module named 'torch.utils.benchmark'", line("torch.utils.benchmark")],
        ["ModuleNotFoundError: No module named 'torch.utils.benchmark'", line("torch.utils.benchmark")],
        [f"ImportError: cannot import name 'transforms' from 'torchvision' ({ENGINE}/vision/__init__.py)",
         line("torchvision.transforms")],
        ["ModuleNotFoundError: No module named 'torchvision.transforms'", line("torchvision.transforms")],
        ["ModuleNotFoundError: No module named 'torchvision.transforms'", line("torchvision.transforms")],
        [f"ImportError: cannot import name 'datasets' from 'torchvision' ({ENGINE}/vision/__init__.py)",
         line("torchvision.datasets")],
        ["AttributeError: module 'torchvision' has no attribute 'utils'",
         line("torchvision.utils")],
        ["ModuleNotFoundError: No module named 'torchvision.utils'", line("torchvision.utils")],
        ["ModuleNotFoundError: No module named 'torchaudio'", "torchaudio is a library of PyTorch's own that the "
         "embedded engine does not have; `--backend torch` runs it where it is installed"],
        ["ModuleNotFoundError: No module named 'torchtext'", "torchtext is a library of PyTorch's own that the "
         "embedded engine does not have; `--backend torch` runs it where it is installed"],
    ]


def test_tensorboard_needs_its_package_as_in_pytorch_and_then_names_what_the_engine_lacks(tmp_path):
    """Without the tensorboard package PyTorch's import fails on it, so the engine's does; with it,
    PyTorch has a SummaryWriter and the engine says it lacks one."""
    script = ("import autograd_tui.torch_alias as alias; alias.install()\n"
              "try:\n    from torch.utils.tensorboard import SummaryWriter\n"
              "except ImportError as e:\n    from autograd_tui.engine import missing\n"
              "    missing.add_import_hint(e); print(type(e).__name__, e)\n")
    bare = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True,
                          env={**os.environ, "PYTHONPATH": ""})
    assert bare.stdout == "ModuleNotFoundError No module named 'tensorboard'\n"
    (tmp_path / "tensorboard").mkdir()
    (tmp_path / "tensorboard" / "__init__.py").write_text("__version__ = '2.20.0'\n")
    present = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                             check=True, env={**os.environ, "PYTHONPATH": str(tmp_path)})
    first, second = present.stdout.splitlines()
    assert first.startswith("ImportError cannot import name 'SummaryWriter' from 'torch.utils.tensorboard' (")
    assert second == ("torch.utils.tensorboard.SummaryWriter exists in real PyTorch but not in the embedded "
                      "engine; `--backend torch` runs it")
