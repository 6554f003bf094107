# Quiz 83: float16 overflow and printing
import torch

h = torch.tensor([60000.0, 70000.0, 1e-8, 0.1], dtype=torch.float16)
print(h)
print(h.float())
print(torch.tensor(65504.0, dtype=torch.float16) * 2)
print(torch.finfo(torch.float16).max, torch.finfo(torch.float16).eps)
print(torch.tensor([1.0, 2.0], dtype=torch.bfloat16) / 3)
print((torch.tensor(0.1, dtype=torch.float16) + 0.2).item())
