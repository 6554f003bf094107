# Quiz F3: can gradients flow through a histogram?
import torch

x = torch.tensor([0.1, 0.7, 0.8], requires_grad=True)
for f in (lambda: torch.histc(x, bins=2, min=0, max=1), lambda: torch.histogram(x, bins=2).hist,
          lambda: torch.bincount(torch.tensor([0, 1, 1]), weights=x)):
    out = f()
    print(out, out.requires_grad, type(out.grad_fn).__name__ if out.grad_fn else None)
    try:
        out.sum().backward()
        print(x.grad)
    except RuntimeError as e:
        print("RuntimeError:", e)
