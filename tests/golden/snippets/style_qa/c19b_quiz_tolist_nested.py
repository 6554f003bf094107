# Quiz 76: tolist() of 0-d, 1-d and 2-d tensors
import torch

print(torch.tensor(3).tolist(), type(torch.tensor(3).tolist()))
print(torch.tensor([1.5]).tolist())
print(torch.arange(4).view(2, 2).tolist())
print(torch.tensor([True, False]).tolist())
print(torch.tensor([0.1, 0.2]).tolist())
print(torch.zeros(2, 0).tolist(), torch.tensor([]).tolist())
print(list(torch.arange(3)))
