# Q: add vs add_ (in-place), and which methods return new tensors; the trailing underscore convention.
import torch

a = torch.ones(3)
b = a.add(1)
print(a, b)
c = a.add_(1)
print(a, c, c is a)
a.mul_(torch.tensor([1., 2., 3.])).sub_(1)
print(a)
a.clamp_(max=3).neg_()
print(a)
x = torch.arange(4.)
x.zero_()
print(x)
x.fill_(7).div_(2)
print(x, x.dtype)
i = torch.arange(4)
try:
    i.div_(2)
except RuntimeError as e:
    print("RuntimeError:", e)
i.floor_divide_(2)
print(i)
t = torch.tensor([3.0, 1.0, 2.0])
s = t.sort()
print(t, s.values)
t.unsqueeze_(0)
print(t.shape, t.t_().shape)
