import torch

a = torch.tensor(2.)
b = torch.tensor(3.)
print(a * b)
print(a + 1)
print(a * torch.tensor([1., 2.]))
print(a ** b)
print(a / b)
print(torch.tensor(5) - torch.tensor(7))
