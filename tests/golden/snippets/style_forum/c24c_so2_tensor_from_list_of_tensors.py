# Q: only one element tensors can be converted to Python scalars (torch.tensor of tensors)
import torch

parts = [torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])]
try:
    torch.tensor(parts)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
print(torch.stack(parts))
scalars = [torch.tensor(1.5), torch.tensor(2.5)]
print(torch.tensor(scalars))
print(torch.tensor([t.item() for t in scalars]))
