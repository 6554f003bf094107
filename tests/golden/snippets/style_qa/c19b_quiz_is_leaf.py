# Quiz 18: which of these are leaves?
import torch

a = torch.rand(2, requires_grad=True)
b = torch.rand(2, requires_grad=True) * 2
c = torch.rand(2) * 2
d = (torch.rand(2) * 2).requires_grad_()
e = a.detach()
f = a.to(torch.float64)
g = a.float()
for name, t in zip("abcdefg", [a, b, c, d, e, f, g]):
    print(name, t.is_leaf, t.requires_grad, t.grad_fn)
