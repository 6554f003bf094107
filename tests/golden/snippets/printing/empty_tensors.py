import torch

print(torch.tensor([]))
print(torch.zeros(0, 3))
print(torch.tensor([], dtype=torch.int64))
print(torch.tensor([], dtype=torch.float64))
print(torch.zeros(2, 0, 4))
print(torch.tensor([], dtype=torch.bool))
print(torch.zeros(0, requires_grad=True))
print(torch.ones(3, 0, dtype=torch.int32))
