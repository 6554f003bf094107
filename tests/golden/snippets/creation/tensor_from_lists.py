import torch

print(torch.tensor([1, 2, 3]))
print(torch.tensor([1., 2., 3.]))
print(torch.tensor([[1, 2], [3, 4]]))
print(torch.tensor([[1.5, 2.0], [3.0, 4.25]]))
print(torch.tensor([True, False, True]))
print(torch.tensor(3.5))
print(torch.tensor(7))
print(torch.tensor([]))
