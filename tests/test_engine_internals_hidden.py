"""The engine's own helpers (its internal submodules, the names its modules import) are no
attributes of the modules learners reach as ``torch.X``: getattr and hasattr answer as PyTorch's,
checked against the names recorded from PyTorch 2.13 (``torch_names.json``)."""
from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import autograd_tui.engine as torch
from autograd_tui.engine.missing import recorded_names

LEARNER_MODULES = ("torch", "torch.nn", "torch.nn.functional", "torch.nn.init", "torch.nn.utils", "torch.optim",
                   "torch.optim.lr_scheduler", "torch.autograd", "torch.autograd.graph", "torch.autograd.forward_ad",
                   "torch.linalg", "torch.utils", "torch.utils.data", "torch.distributions", "torch.func",
                   "torch.special", "torch.nn.utils.rnn", "torch.nn.utils.parametrizations",
                   "torch.nn.utils.parametrize", "torch.nn.utils.prune",
                   "torch.optim.swa_utils", "torch.utils.checkpoint", "torch.autograd.function",
                   "torch.autograd.functional", "torch.random", "torch.amp", "torch.testing", "torch.serialization",
                   "torch.distributions.normal", "torch.distributions.constraints", "torch.nn.parameter",
                   "torch.utils.data.dataset", "torch.utils.data.dataloader", "torch.hub", "torch.return_types",
                   "torch.functional", "torch.storage", "torch.cuda", "torch.cpu", "torch.accelerator", "torch.nn.grad",
                   "torch.quasirandom")


def _engine_module(torch_name: str):
    return importlib.import_module("autograd_tui.engine" + torch_name[len("torch"):])


@pytest.mark.parametrize("torch_name", LEARNER_MODULES)
def test_every_public_attribute_is_a_name_of_pytorchs_module(torch_name):
    # what the engine loads as it runs (lazy submodules, nn, data loading) binds nothing new either
    x = torch.randn(3, requires_grad=True)
    torch.nn.functional.relu(torch.nn.Linear(3, 2)(x)).sum().backward()
    module = _engine_module(torch_name)
    real = recorded_names()[torch_name]
    extra = sorted(name for name in vars(module) if not name.startswith("_") and name not in real)
    assert extra == []


@pytest.mark.parametrize("expr, missing", [
    ("torch", "graph"), ("torch", "functions"), ("torch", "parity"), ("torch", "derivatives"), ("torch", "vision"),
    ("torch.nn", "_kernels"), ("torch.nn.functional", "make"), ("torch.nn.functional", "no_grad"),
    ("torch.linalg", "stack"), ("torch.func", "tree_flatten"), ("torch.autograd", "is_anomaly_enabled"),
    ("torch.autograd", "strict_bool"), ("torch.optim", "adam"), ("torch.nn.utils", "hooked_norms"),
    ("torch.utils.data", "collate"), ("torch.nn.init", "np"),
])
def test_an_engine_helper_raises_pytorchs_plain_attribute_error(expr, missing):
    module = _engine_module(expr)
    assert not hasattr(module, missing)
    with pytest.raises(AttributeError) as info:
        getattr(module, missing)
    assert str(info.value) == f"module '{expr}' has no attribute '{missing}'"


def test_pytorchs_own_submodules_stay_attributes():
    for name in ("nn", "optim", "autograd", "linalg", "functional", "utils", "special", "distributions", "_tensor"):
        assert hasattr(torch, name), name
    assert hasattr(torch.optim, "lr_scheduler") and hasattr(torch.nn.modules, "linear")
    assert type(torch.nn).__name__ == type(torch.autograd).__name__ == "module"


IMPORTS = """
import torch
import torch.nn.utils.prune as prune
print(hasattr(torch.nn.utils, 'prune'), prune.l1_unstructured.__name__)
from torch.optim import adam
print(adam.Adam is torch.optim.Adam, hasattr(torch.optim, 'adam'))
for stmt in ('import torch.graph', 'import torch.nn._kernels'):
    try:
        exec(stmt)
    except ModuleNotFoundError as e:
        print(e)
"""


def test_imports_by_torch_name_follow_pytorch():
    """``import torch.nn.utils.prune`` binds it as Python binds a submodule; ``from torch.optim import
    adam`` imports the module PyTorch has there; the engine's internal modules are no torch modules."""
    out = subprocess.run([sys.executable, "-c", "from autograd_tui import torch_alias; torch_alias.install()\n"
                          + IMPORTS], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["True l1_unstructured", "True False", "No module named 'torch.graph'",
                                "No module named 'torch.nn._kernels'"]


def test_dir_of_a_tensor_and_of_its_class_lists_no_engine_field():
    from autograd_tui.engine.missing import tensor_private_names

    real = recorded_names()["torch.Tensor"] | tensor_private_names()
    t = torch.ones(2, requires_grad=True) * 2
    assert [name for name in dir(t) if name not in real] == []
    assert [name for name in dir(torch.Tensor) if name not in real] == []
    assert {"_data", "_vc", "__slots__"}.isdisjoint(dir(t))
    t._mine = 1  # a learner's own attribute stays listed
    assert "_mine" in dir(t)


def test_dir_of_a_node_lists_pytorchs_names_and_saved_values_only():
    x = torch.ones(3, requires_grad=True)
    y = (x * 2).exp()
    node, leaf = y.grad_fn, y.grad_fn.next_functions[0][0].next_functions[0][0]
    public = ["metadata", "name", "next_functions", "register_hook", "register_prehook", "requires_grad"]
    assert [name for name in dir(node) if not name.startswith("__")] == ["_raw_saved_result", "_saved_result"] + public
    assert [name for name in dir(leaf) if not name.startswith("__")] == public + ["variable"]
    assert node.requires_grad is True and node._saved_result is not None


NAMES = """
import torch
import torch.nn as nn
from torch.optim import adam
from autograd_tui.engine import graph, nn as engine_nn
print(torch.__name__, nn.__name__, adam.__name__, graph.__name__, engine_nn is nn)
print(repr(torch).startswith("<module 'torch' from '"), repr(torch).endswith("engine/__init__.py'>"))
import autograd_tui.engine.nn._kernels as kernels
print(kernels.__name__, vars(torch)["__name__"], nn.Linear.forward.__module__)
for stmt in ('from torch import graph', 'from torch.nn import _kernels'):
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__)
from autograd_tui import torch_alias
torch_alias.uninstall()
import sys
print(sorted(k for k in sys.modules if k.split('.')[0] in ('torch', 'torchvision')))
"""


def test_modules_show_pytorchs_names_and_the_engine_still_imports_its_own():
    """``torch.__name__`` is ``torch`` (and its repr PyTorch's shape, with the engine's real file), while
    an import statement that names the engine still finds its internal modules, one that names torch
    does not, and uninstalling the alias forgets every torch name."""
    out = subprocess.run([sys.executable, "-c", "from autograd_tui import torch_alias; torch_alias.install()\n"
                          + NAMES], capture_output=True, text=True, check=True).stdout
    # the app may load the engine before the learner's `import torch`: the names are the same
    late = subprocess.run([sys.executable, "-c", "import inspect\nimport autograd_tui.engine.optim\n"
                           "from autograd_tui import torch_alias\ntorch_alias.install()\nimport torch\n"
                           "import torch.optim as optim\n"
                           "print(inspect.getmodule(optim.Adam).__name__, optim.__name__)"],
                          capture_output=True, text=True, check=True).stdout
    assert late.split() == ["torch.optim.adam", "torch.optim"]
    assert out.splitlines() == ["torch torch.nn torch.optim.adam autograd_tui.engine.graph True", "True True",
                                "autograd_tui.engine.nn._kernels autograd_tui.engine torch.nn.modules.linear",
                                "ImportError", "ImportError", "[]"]


@pytest.mark.parametrize("torch_name", LEARNER_MODULES)
def test_no_public_function_or_class_names_an_engine_module(torch_name):
    """``torch.add.__module__`` is ``torch``, ``torch.linalg.det``'s ``torch._C._linalg``: what a public
    function or class says of its module is PyTorch's, never one of the engine's own modules."""
    module = _engine_module(torch_name)
    leaks = sorted(name for name, value in vars(module).items()
                   if not name.startswith("_") and callable(value)
                   and str(getattr(value, "__module__", "")).startswith("autograd_tui"))
    assert leaks == []


def test_pytorchs_builtins_look_like_builtins():
    """Each name PyTorch 2.13 has as a C builtin (recorded in torch_modules.json) that the engine has is
    shown as one: its repr, type name, qualname, and no signature, as in PyTorch; calling it still works."""
    import inspect
    import json
    from pathlib import Path

    recorded = json.loads((Path(torch.__file__).parent / "torch_modules.json").read_text())["builtins"]
    seen = 0
    for torch_name in ("torch", "torch.nn.functional", "torch.linalg"):
        module = _engine_module(torch_name)
        for prefix, names in recorded[torch_name].items():
            for name in names:
                value = vars(module).get(name)
                if value is None:
                    continue
                seen += 1
                assert type(value).__name__ == "builtin_function_or_method", (torch_name, name)
                assert value.__qualname__ == prefix + value.__name__
                assert repr(value).startswith(f"<built-in {'method' if prefix else 'function'} {value.__name__}")
                with pytest.raises(ValueError, match="^no signature found for builtin <built-in "):
                    inspect.signature(value)
    assert seen > 400
    assert torch.add(torch.ones(2), 1, alpha=2).tolist() == [3.0, 3.0]
    assert torch.linalg.det(torch.eye(2)).item() == 1.0
