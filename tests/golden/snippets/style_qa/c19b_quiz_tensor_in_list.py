# Quiz 49: `in` with tensors
import torch

t = torch.tensor([1, 2, 3])
print(2 in t)
print(5 in t)
print(torch.tensor(3) in t)
print(torch.tensor([1, 2]) in t)
l = [torch.tensor(1), torch.tensor(2)]
try:
    print(torch.tensor(2) in l)
except RuntimeError as e:
    print(e)
print(torch.isin(torch.tensor([0, 2, 4]), t))
