# Q: what does torch.max(x, dim) return?
import torch

x = torch.tensor([[1.0, 5.0, 2.0], [7.0, 0.0, 3.0]])
result = torch.max(x, dim=1)
print(result)
print(type(result).__name__, result.values, result.indices)
values, idx = x.min(0)
print(values, idx)
print(torch.max(x), x.max().item())
print(x.argmax(), x.argmax(dim=0, keepdim=True))
print(torch.max(x, torch.tensor(2.5)))
print(x.median(dim=1))
