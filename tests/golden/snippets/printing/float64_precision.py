import torch

print(torch.tensor([1 / 3], dtype=torch.float64))
print(torch.tensor([1e-5, 1.], dtype=torch.float64))
print(torch.tensor(123456.789, dtype=torch.float64))
print(torch.tensor([0.1, 0.2], dtype=torch.float64) + torch.tensor([0.2, 0.1], dtype=torch.float64))
