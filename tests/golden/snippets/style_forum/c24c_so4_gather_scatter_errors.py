# Q: gather/scatter index errors
import torch

src = torch.arange(6.0).reshape(2, 3)
for f in (lambda: src.gather(1, torch.tensor([[0], [3]])), lambda: src.gather(1, torch.tensor([[0.0]])),
          lambda: src.gather(1, torch.tensor([0, 1])), lambda: torch.zeros(2, 3).scatter_(1, torch.tensor([[5]]), 1.0),
          lambda: torch.zeros(3).scatter(0, torch.tensor([0, 1]), torch.tensor([1.0]))):
    try:
        print(f())
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
