# Quiz 57: torch.max with two tensors vs a dim
import torch

a = torch.tensor([1, 5, 3])
b = torch.tensor([4, 2, 6])
print(torch.max(a, b))
print(torch.max(a, 0))
print(torch.maximum(a, b))
try:
    torch.max(a, 1)
except IndexError as err:
    print(err)
print(torch.max(a.float(), torch.tensor(2.5)))
