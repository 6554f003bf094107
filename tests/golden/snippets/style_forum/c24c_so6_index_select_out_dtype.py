# Q: index_select and gather into preallocated outputs
import torch

x = torch.arange(6.0).reshape(2, 3)
out = torch.empty(0)
print(torch.index_select(x, 1, torch.tensor([2, 0]), out=out), out.shape)
print(torch.gather(x, 1, torch.tensor([[0], [2]]), out=torch.empty(2, 1)))
for f in (lambda: torch.index_select(x, 0, torch.tensor([1]), out=torch.empty(0, dtype=torch.float64)),
          lambda: torch.gather(x, 1, torch.tensor([[0]]), out=torch.empty(1, 1, dtype=torch.int64)),
          lambda: torch.take(x, torch.tensor([5, 0]))):
    try:
        print(f())
    except RuntimeError as e:
        print("RuntimeError:", e)
