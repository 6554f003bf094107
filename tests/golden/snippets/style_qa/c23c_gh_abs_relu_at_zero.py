# Issue: "gradient at exactly 0 is inconsistent between ops" — a table of subgradients at 0.
import torch
import torch.nn.functional as F

pts = torch.tensor([-0.5, 0.0, 0.5], requires_grad=True)
ops = {"abs": torch.abs, "relu6": F.relu6, "leaky": lambda t: F.leaky_relu(t, 0.1), "elu": F.elu, "softsign": F.softsign, "hardshrink": lambda t: F.hardshrink(t, 0.0)}
for label, op in ops.items():
    (g,) = torch.autograd.grad(op(pts).sum(), pts)
    print(f"{label:>10}", [round(v, 4) for v in g.tolist()])
