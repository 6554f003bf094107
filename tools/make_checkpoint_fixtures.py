"""Writes the checkpoint fixtures of tests/test_serialization.py with real PyTorch 2.13.

    .venv-torch/bin/python tools/make_checkpoint_fixtures.py

Into ``tests/data/checkpoints/`` it writes small ``torch.save`` files and ``expected.json``,
which holds what real PyTorch reads back from each (values, dtypes, shapes), so the test suite
can check the engine's ``torch.load`` without torch. It also writes two *malicious* checkpoints
whose pickle calls ``builtins.exec`` or ``os.system`` when loaded naively; the tests assert the
engine refuses them and that their payload (creating a marker file in the current directory)
never runs.
"""
from __future__ import annotations

import collections
import json
import os
import sys
from pathlib import Path

import torch
from torch import nn, optim

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "checkpoints"
MARKER = "autograd-tui-pwned-marker"


class _ExecPayload:
    def __reduce__(self):
        return (exec, (f"open({MARKER!r}, 'w').write('pwned')",))


class _SystemPayload:
    def __reduce__(self):
        return (os.system, (f"touch {MARKER}",))


def describe(obj):
    """A JSON picture of a loaded object: enough to compare the engine's load with PyTorch's."""
    if isinstance(obj, nn.Parameter):
        return {"parameter": describe(obj.data), "requires_grad": obj.requires_grad}
    if isinstance(obj, torch.Tensor):
        return {"tensor": obj.detach().tolist(), "dtype": str(obj.dtype), "shape": list(obj.shape),
                "requires_grad": obj.requires_grad}
    if isinstance(obj, torch.Size):
        return {"size": list(obj)}
    if isinstance(obj, torch.dtype):
        return {"dtype": str(obj)}
    if isinstance(obj, dict):
        return {"dict": type(obj).__name__, "items": [[k, describe(v)] for k, v in obj.items()]}
    if isinstance(obj, (list, tuple)):
        return {type(obj).__name__: [describe(v) for v in obj]}
    if isinstance(obj, set):
        return {"set": sorted(describe(v)["value"] for v in obj)}
    return {"value": obj}


def main() -> int:
    if not torch.__version__.startswith("2.13"):
        print("make_checkpoint_fixtures: run it with .venv-torch/bin/python (PyTorch 2.13)", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(0)
    fixtures = {}

    fixtures["linear_state_dict.pt"] = nn.Linear(3, 2).state_dict()

    model = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2), nn.ReLU(), nn.Flatten(), nn.Linear(2, 1))
    model(torch.randn(2, 1, 3, 3))  # one training step moves the running statistics
    fixtures["small_cnn_state_dict.pt"] = model.state_dict()

    base = torch.arange(12.0).reshape(3, 4)
    fixtures["views.pt"] = {"base": base, "row": base[1], "cols": base[:, 1:3], "t": base.t(),
                            "expanded": torch.tensor([[1.0], [2.0]]).expand(2, 3)}

    fixtures["dtypes.pt"] = {
        "float32": torch.tensor([1.5, -2.25]), "float64": torch.tensor([[0.1, 0.2]], dtype=torch.float64),
        "float16": torch.tensor([0.5, 65504.0], dtype=torch.float16), "int64": torch.tensor([1, -2, 3]),
        "int32": torch.tensor([7], dtype=torch.int32), "int8": torch.tensor([-5], dtype=torch.int8),
        "uint8": torch.tensor([250], dtype=torch.uint8), "bool": torch.tensor([True, False]),
        "scalar": torch.tensor(3.0), "empty": torch.zeros(0, 2), "requires_grad": torch.ones(2, requires_grad=True),
    }

    fixtures["mixed.pt"] = {
        "epoch": 7, "name": "run", "history": [0.5, 0.25], "pair": (1, None), "flags": {1, 2},
        "size": torch.Size([2, 3]), "dtype": torch.float64, "param": nn.Parameter(torch.tensor([1.0, 2.0])),
        "ordered": collections.OrderedDict([("b", torch.tensor(1)), ("a", torch.tensor(2))]),
    }

    params = [nn.Parameter(torch.tensor([1.0, -1.0])), nn.Parameter(torch.tensor([[0.5]]))]
    adam = optim.Adam(params, lr=0.01)
    (params[0].pow(2).sum() + params[1].sum()).backward()
    adam.step()
    fixtures["adam_state.pt"] = adam.state_dict()

    expected = {}
    for name, obj in fixtures.items():
        torch.save(obj, OUT / name)
        expected[name] = describe(torch.load(OUT / name))

    torch.save({"weights": torch.ones(2), "payload": _ExecPayload()}, OUT / "malicious_exec.pt")
    torch.save({"weights": torch.ones(2), "payload": _SystemPayload()}, OUT / "malicious_os_system.pt")
    expected["_marker"] = MARKER
    (OUT / "expected.json").write_text(json.dumps(expected, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"make_checkpoint_fixtures: wrote {len(fixtures) + 2} checkpoints to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
