# Q: does .float() / .to() copy? Same object when nothing changes; copy=True; clone vs detach vs new_tensor.
import torch

x = torch.ones(3)
print(x.float() is x, x.to(torch.float32) is x, x.to(torch.float64) is x)
y = x.to(torch.float32, copy=True)
y[0] = 5
print(x, y)
z = x.float()
z[1] = 7
print(x)
c = x.clone()
d = x.detach()
c[2] = -1
d[2] = -2
print(x, c)
n = x.new_tensor([1, 2])
print(n.dtype, x.new_zeros(2, 2).dtype, x.new_ones(1).shape)
i = torch.tensor([1, 2])
print(i.to(x).dtype, i.type(torch.float64).dtype, i.type())
print(i.long() is i, i.int() is i, i.to("cpu") is i)
w = torch.ones(2, requires_grad=True)
print(w.float() is w, w.double().requires_grad, w.double().is_leaf)
