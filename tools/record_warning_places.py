"""Records where real PyTorch 2.13's warnings point in an interactive session.

    .venv-torch/bin/python tools/record_warning_places.py

``python -i`` prints a warning as ``<stdin>:LINE: UserWarning: ...`` when it points at the
line typed, and as ``/.../site-packages/torch/...py:LINE: ...`` when PyTorch raises it from its
own files. The tutor prints the first form and, for the second, the warning without a place.
Each statement below runs after the set-up lines in a fresh ``python -i``; its warnings (place
``"stdin"`` or ``"library"``, kind, opening words) go to ``tests/data/warning_places.json``.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "warning_places.json"

SETUP = [
    "import torch, os, torch.nn as nn, torch.nn.functional as F, torch.optim as optim",
    "x = torch.ones(3, requires_grad=True); y = x * 2",
]

STATEMENTS = [
    "y.grad",
    "torch.tensor(x)",
    "optim.SGD([x, x], lr=0.1)",
    "s = optim.lr_scheduler.StepLR(optim.SGD([x], lr=0.1), 1); s.get_lr()",
    "s = optim.lr_scheduler.StepLR(optim.SGD([x], lr=0.1), 1); s.step()",
    "s = optim.lr_scheduler.StepLR(optim.SGD([x], lr=0.1), 1); s.step(1)",
    "nn.InstanceNorm1d(3)(torch.ones(2, 4, 5))",
    "nn.init.trunc_normal_(torch.empty(3), mean=10.)",
    "F.upsample(torch.ones(1, 1, 2), scale_factor=2)",
    "torch.nn.utils.clip_grad_norm_((p for p in []), 1.0)",
    "torch.nn.utils.clip_grad_norm([x], 1.0)",
    "torch.set_float32_matmul_precision('bad')",
    "torch.distributions.Normal(0., 1.).sample_n(2)",
    "torch.autograd.gradcheck(lambda a: a * 2, (torch.ones(2, requires_grad=True),))",
    "F.mse_loss(torch.ones(3, 1), torch.ones(3))",
    "nn.MSELoss()(torch.ones(3, 1), torch.ones(3))",
    "F.mse_loss(torch.ones(3), torch.ones(3), size_average=True)",
    "F.dropout2d(torch.ones(2, 3))",
    "F.kl_div(torch.ones(2, 2), torch.ones(2, 2))",
    "nn.KLDivLoss()(torch.ones(2, 2), torch.ones(2, 2))",
    "torch.set_default_tensor_type(torch.FloatTensor)",
    "nn.RNN(2, 2, dropout=0.5)",
    "F.softmax(torch.ones(2, 2))",
    "with torch.autograd.detect_anomaly(): pass\n",
    "os.environ['TORCH_HUB'] = 'hub'; torch.hub.get_dir()",
    "torch.meshgrid(torch.ones(2), torch.ones(2))",
    "m = torch.empty(2, device='meta'); nn.init.normal(torch.empty(3))",
    "m = torch.empty(2, device='meta'); F.gumbel_softmax(torch.ones(2, 3), eps=1e-3)",
    "m = torch.empty(2, device='meta'); x.sum().item() + float(torch.ones(1, requires_grad=True))",
    "nn.LSTM(2, 3, proj_size=1)(torch.ones(1, 2))",
    "torch.chain_matmul(torch.eye(2), torch.eye(2))",
    "torch.lu(torch.eye(2))",
    "torch.lu_solve(torch.ones(2, 1), *torch.linalg.lu_factor(torch.eye(2)))",
    "torch.triangular_solve(torch.ones(2, 1), torch.eye(2))",
    "torch.cuda.memory_cached()",
    "nn.Softmax()(torch.ones(2, 2))",
    "nn.LogSoftmax()(torch.ones(2, 2))",
    "nn.Softmin()(torch.ones(2, 2))",
    "F.softmin(torch.ones(2, 2))",
    "import torch.utils.checkpoint as cp; cp.checkpoint(torch.sin, x)",
    "import torch.utils.checkpoint as cp; cp.checkpoint(torch.sin, torch.ones(2), use_reentrant=True)",
    "import torch.utils.checkpoint as cp; cp.checkpoint_sequential([nn.ReLU()], 1, x)",
]

_WARNING = re.compile(r"^(?:>>> |\.\.\. )*(\S+?):\d+: (\w*Warning): (.{1,40})", re.MULTILINE)


def warnings_of(statement: str) -> list[dict]:
    """Each warning the statement gives: its place ("stdin" or "library"), kind, and opening words."""
    source = "\n".join([*SETUP, statement, ""])
    done = subprocess.run([sys.executable, "-i"], input=source, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "PYTHONWARNINGS": "default"}, check=False)
    found = [{"place": "stdin" if where == "<stdin>" else "library", "category": category, "starts": start}
             for where, category, start in _WARNING.findall(done.stderr)]
    if not found:
        raise SystemExit(f"{statement!r} gave no warning:\n{done.stderr}")
    return found


def main() -> None:
    cases: list[dict] = [{"code": s, "warnings": warnings_of(s)} for s in STATEMENTS]
    OUT.write_text(json.dumps({"setup": SETUP, "cases": cases}, indent=1, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    shown = [w for c in cases for w in c["warnings"]]
    print(f"{len(cases)} statements, {len(shown)} warnings: {sum(w['place'] == 'stdin' for w in shown)} at "
          f"<stdin>, the rest in PyTorch's files -> {OUT}")


if __name__ == "__main__":
    main()
