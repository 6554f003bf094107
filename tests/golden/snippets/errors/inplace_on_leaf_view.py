import torch

w = torch.tensor([1., 2., 3.], requires_grad=True)
v = w[:2]
print(v)
v.zero_()
