# Exercise 1.B: keyword arguments that belong to different overloads
import torch

x = torch.tensor([[1.0, 5.0], [3.0, 2.0]])
calls = [lambda: torch.max(x, dim=1, other=x), lambda: torch.sum(x, dim=0, dtype=torch.float64),
         lambda: torch.std(x, dim=0, unbiased=False, correction=1), lambda: torch.clamp(x, min=2.0, max=torch.tensor(4.0)),
         lambda: torch.full((2,), 1.0, dtype=torch.int64), lambda: torch.arange(0, 5, step=2, dtype=torch.float32),
         lambda: torch.linspace(0, 1, steps=3, out=torch.empty(3)), lambda: torch.randint(5, size=(2,), low=1),
         lambda: torch.topk(x, k=1, dim=0, largest=False), lambda: torch.var(x, 0, True, unbiased=True)]
for f in calls:
    try:
        print(f())
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, str(e).splitlines()[0])
