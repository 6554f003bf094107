import torch

x = torch.randn(3, 4)
for call in (lambda: torch.renorm(x, 0, 0, 1.0),
             lambda: torch.renorm(x, 2, 0, -1),
             lambda: torch.renorm(torch.ones(3), 2, 0, 1.0),
             lambda: torch.renorm(x, 2, 2, 1.0),
             lambda: torch.renorm(x, 2, 0.5, 1.0),
             lambda: torch.renorm(x, 2, 0),
             lambda: torch.renorm(torch.ones(2, 2, dtype=torch.long), 2, 0, 1),
             lambda: torch.renorm(x, 2, 0, 1.0, out=torch.empty(3, 4, dtype=torch.float64)),
             lambda: x.requires_grad_().renorm_(2, 0, 1.0)):
    try:
        call()
    except (RuntimeError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
