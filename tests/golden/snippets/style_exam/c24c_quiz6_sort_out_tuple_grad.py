# Quiz F4: sort and topk into out tuples
import torch

x = torch.tensor([3.0, 1.0, 2.0])
vals, idx = torch.empty(0), torch.empty(0, dtype=torch.long)
r = torch.sort(x, descending=True, out=(vals, idx))
print(type(r).__name__, r.values is vals, vals, idx)
r2 = torch.topk(x, 2, out=(torch.empty(0), torch.empty(0, dtype=torch.long)))
print(r2)
try:
    torch.sort(x, out=(torch.empty(0), torch.empty(0)))
except RuntimeError as e:
    print("RuntimeError:", e)
