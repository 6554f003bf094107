import torch

print(torch.tensor([1, 2, 3]).sum())
print(torch.tensor([1, 2, 3], dtype=torch.int32).sum())
print(torch.tensor([True, True, False]).sum())
print(torch.tensor([0.5, 0.25], dtype=torch.float64).sum())
print(torch.tensor([1, 2]).sum(dtype=torch.float32))
print(torch.tensor([]).sum())
