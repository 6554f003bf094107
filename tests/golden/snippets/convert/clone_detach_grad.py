import torch

x = torch.tensor([1., 2.], requires_grad=True)
c = x.clone()
c.sum().backward()
print(x.grad)
d = x.detach()
print(d.requires_grad)
e = x.detach().clone().requires_grad_(True)
print(e, e.is_leaf)
print(x.clone().detach().grad_fn)
