# Q: only one element tensors can be converted to Python scalars (torch.tensor of tensors)
import torch

rows = [torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])]
try:
    torch.tensor(rows)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
print(torch.stack(rows))
zero_dims = [torch.tensor(1.5), torch.tensor(2.5)]
print(torch.tensor(zero_dims))
print(torch.tensor([z.item() for z in zero_dims]))
