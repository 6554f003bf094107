# Quiz: what dtype results?
import torch

i = torch.tensor([1, 2])
print((i + 1.5).dtype)
print((i * 2).dtype)
print((i / 2).dtype)
print((i // 2).dtype)
print((i + torch.tensor(1.5, dtype=torch.float64)).dtype)
print((torch.tensor([1.0]) + torch.tensor(1, dtype=torch.float64)).dtype)
print((torch.tensor([1.0]) + torch.tensor([1], dtype=torch.float64)).dtype)
