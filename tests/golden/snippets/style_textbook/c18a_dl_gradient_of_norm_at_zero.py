# Subgradients at the kink: abs, relu, norm and sqrt at zero
import torch

x = torch.zeros(3, requires_grad=True)
for name, f in [("abs", lambda t: t.abs().sum()), ("relu", lambda t: t.relu().sum()),
                ("norm", lambda t: t.norm()), ("sqrt", lambda t: t.sqrt().sum()),
                ("clamp", lambda t: t.clamp(min=0).sum())]:
    x.grad = None
    f(x).backward()
    print(f"{name:<6} {x.grad}")
