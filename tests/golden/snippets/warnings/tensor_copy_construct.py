import torch

a = torch.tensor([1., 2.], requires_grad=True)
b = torch.tensor(a)
print(b)
print(b.requires_grad)
c = torch.tensor(torch.ones(2))
print(c)
