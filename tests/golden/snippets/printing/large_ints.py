import torch

print(torch.tensor([1, 10, 100000000]))
print(torch.tensor([2 ** 40, -(2 ** 40)]))
print(torch.tensor([[1, 2], [300, 4000]]))
print(torch.tensor(9223372036854775807))
