# float32 softplus, ELU, SELU, CELU, Mish, tanh-approximated GELU and LogSigmoid: PyTorch computes
# whole vector blocks with SLEEF's exp/log1p/expm1/tanh and the rest of each run with the C
# library's (LogSigmoid: SLEEF's everywhere); tolist() shows every bit.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(70) * 3
grid = torch.randn(6, 11) * 3
layers = {
    "softplus": F.softplus,
    "softplus beta=2": lambda t: F.softplus(t, beta=2.0, threshold=5.0),
    "elu": F.elu,
    "selu": torch.nn.SELU(),
    "celu": lambda t: F.celu(t, alpha=0.7),
    "mish": torch.nn.Mish(),
    "gelu tanh": torch.nn.GELU(approximate="tanh"),
    "logsigmoid": F.logsigmoid,
}
for name, f in layers.items():
    print(name, f(x).tolist())
    print(name, "transposed", f(grid.t()).tolist())
    print(name, "strided", f(x[::3]).tolist())
