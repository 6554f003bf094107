# Quiz: is a slice of a leaf a leaf? What is its _base?
import torch

x = torch.arange(6.0, requires_grad=True)
v = x[1:4]
print(v.is_leaf, v._base is x, v.grad_fn)
r = x.view(2, 3)
print(r._base is x, r.is_leaf)
print(x._base)
c = x.reshape(3, 2).contiguous()
print(c._base is x)
