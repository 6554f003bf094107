# The dtype appears in the repr when it is not the default.
import torch

print(torch.tensor([0.1, 0.2], dtype=torch.float64))
print(torch.tensor([0.1, 0.2], dtype=torch.float16))
print(torch.tensor([0.1, 0.2], dtype=torch.bfloat16))
print(torch.tensor(1 / 3, dtype=torch.float64))
print(torch.tensor([1.0, 2.0], dtype=torch.float64).sum())
print(torch.zeros(2, 0), torch.zeros(0, dtype=torch.float64))
