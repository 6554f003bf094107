# Arguments PyTorch's parser refuses: a str or None where a Number goes, numpy types as dtype=.
import numpy as np
import torch
import torch.nn.functional as F

w = torch.randn(2, 3)
calls = {
    "leaky_relu": lambda: F.leaky_relu(w, "0.1"), "LeakyReLU": lambda: torch.nn.LeakyReLU(negative_slope=None)(w),
    "leaky_relu_": lambda: F.leaky_relu(w.clone(), "a", inplace=True), "elu": lambda: F.elu(w, "1.0"),
    "celu": lambda: F.celu(w, alpha=[1.0]), "softplus": lambda: F.softplus(w, 1, "20"),
    "threshold": lambda: F.threshold(w, "0.1", 0.0), "hardshrink": lambda: F.hardshrink(w, "0.5"),
    "rrelu": lambda: F.rrelu(w, 0.1, "0.3"), "gelu": lambda: F.gelu(w, approximate=1),
    "add alpha": lambda: torch.add(w, w, alpha="2"), "sub alpha": lambda: w.sub(w, alpha=None),
    "fill_": lambda: w.clone().fill_("a"), "fill": lambda: torch.fill(w, None),
    "constant_": lambda: torch.nn.init.constant_(w, "a"), "full": lambda: torch.full((2,), fill_value=None),
    "full_like": lambda: torch.full_like(w, [1.0]), "index_fill_": lambda: w.index_fill_(0, torch.tensor([0]), None),
    "clamp": lambda: torch.clamp(w, "a"), "clamp max": lambda: torch.clamp(w, max="b"),
    "clamp_": lambda: w.clamp_(0, "a"), "type np": lambda: w.type(np.float64), "type str": lambda: w.type("float64"),
    "type int": lambda: w.type(3), "rand": lambda: torch.rand(2, 3, dtype=np.float32),
    "randn": lambda: torch.randn((2,), dtype="float32"), "arange": lambda: torch.arange(0, 3, dtype=np.float32),
    "linspace": lambda: torch.linspace(0, 1, 3, dtype=np.float64), "eye": lambda: torch.eye(2, dtype=np.float32),
    "randint": lambda: torch.randint(0, 3, (2,), dtype=np.int64), "randperm": lambda: torch.randperm(3.0),
    "rand_like": lambda: torch.rand_like(w, dtype=np.float32), "sum": lambda: w.sum(dtype=np.float64),
}
for name, call in calls.items():
    try:
        call()
        print(name, "ran")
    except (TypeError, ValueError, RuntimeError) as e:
        print(name, type(e).__name__, e)
print(torch.rand((2, 3), dtype=float).dtype, torch.arange(3, dtype=int).dtype, w.type(torch.DoubleTensor).dtype)
