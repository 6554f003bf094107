import torch

h = torch.tensor([1.5, 2.25, 1000.0], dtype=torch.float16)
print(h)
print(h.dtype)
print(h + 1)
print(h.float())
print(torch.tensor([0.1], dtype=torch.float16).item())
