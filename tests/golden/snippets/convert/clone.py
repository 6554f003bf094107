import torch

a = torch.tensor([1., 2., 3.])
b = a.clone()
b[0] = 100.
print(a)
print(b)
x = torch.tensor([1., 2.], requires_grad=True)
c = x.clone()
print(c)
print(c.is_leaf, c.requires_grad)
print(torch.clone(a).dtype)
