import torch
import torch.nn.functional as F

# which node does each in-place activation leave, and what does it keep?
x = torch.tensor([-2.0, 0.5, 3.0], requires_grad=True)
weights = torch.tensor([1.0, 2.0, 3.0])
cases = {
    "threshold_": lambda y: F.threshold_(y, 0.0, 2.0),
    "threshold inplace": lambda y: F.threshold(y, 1.0, -5.0, inplace=True),
    "torch.threshold_": lambda y: torch.threshold_(y, 0.0, 2.0),
    "celu_": lambda y: F.celu_(y, 2.0),
    "selu_": lambda y: F.selu_(y),
    "elu_": lambda y: F.elu_(y),
    "celu": lambda y: F.celu(y, 2.0),
    "elu": lambda y: F.elu(y),
    "selu": lambda y: F.selu(y),
}
for name, fn in cases.items():
    x.grad = None
    z = fn(x * 1)
    (z * weights).sum().backward()
    node = z.grad_fn
    saved = {a: getattr(node, a) for a in sorted(dir(node)) if a.startswith("_saved") and a not in ("_saved_self", "_saved_result")}
    print(name, type(node).__name__, saved, x.grad)
print(F.celu_, F.selu_ is not None, torch.nn.init.dirac(torch.empty(2, 2, 3)))
