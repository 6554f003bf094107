# PReLU on an int tensor, conv weights with the wrong number of dims, size(dim=...) keywords, sampler floats.
import torch
import torch.nn.functional as F

w = torch.randn(2, 3)
calls = {
    "PReLU int": lambda: torch.nn.PReLU()(torch.tensor([1, -2])),
    "prelu double": lambda: F.prelu(torch.tensor([1.0, -2.0], dtype=torch.float64), torch.tensor([0.25])),
    "prelu int weight": lambda: F.prelu(torch.tensor([1.0, -2.0]), torch.tensor([1])),
    "conv2d 3-d weight": lambda: F.conv2d(torch.randn(1, 1, 5, 5), torch.randn(1, 3, 3)),
    "conv2d 2-d weight": lambda: F.conv2d(torch.randn(1, 1, 5, 5), torch.randn(3, 3)),
    "conv2d 5-d weight": lambda: F.conv2d(torch.randn(1, 1, 5, 5), torch.randn(1, 1, 1, 3, 3), padding=1),
    "conv1d 4-d weight": lambda: F.conv1d(torch.randn(1, 1, 5), torch.randn(1, 1, 3, 3)),
    "size(dim=(0,))": lambda: w.size(dim=(0,)), "size((0,))": lambda: w.size((0,)),
    "size(dim=1.0)": lambda: w.stride(dim=1.0), "size(foo=1)": lambda: w.size(foo=1),
    "normal_": lambda: w.normal_("a"), "normal_ std": lambda: w.normal_(std=None),
    "uniform_": lambda: torch.nn.init.uniform_(w, b="x"), "exponential_": lambda: w.exponential_([1.0]),
}
for name, call in calls.items():
    try:
        call()
        print(name, "ran")
    except (TypeError, RuntimeError, NotImplementedError) as e:
        print(name, type(e).__name__, e)
print(w.size(dim=-1), w.stride(dim=0), w.size(dim=None), F.prelu(torch.tensor([-2.0]), torch.tensor([0.5])))
