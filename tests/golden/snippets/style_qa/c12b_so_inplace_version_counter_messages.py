# Q: "one of the variables needed for gradient computation has been modified by an inplace operation" - which one?
import torch

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a.exp()
c = b.sum() * 2
b.add_(1)
print(b._version)
try:
    c.backward()
    print('ok, exp output not needed by sum?', a.grad)
except RuntimeError as e:
    print(e)
a.grad = None
b = a.exp()
d = (b * b).sum()
b.mul_(2)
try:
    d.backward()
except RuntimeError as e:
    print(e)
x = torch.randn(2, 3, generator=torch.Generator().manual_seed(0)).requires_grad_()
s = torch.sigmoid(x)
loss = s.pow(2).sum()
s[0, 0] = 0.0
try:
    loss.backward()
except RuntimeError as e:
    print(e)
t = torch.tanh(x)
t2 = t.clone()
t2.zero_()
(t.sum() + t2.sum()).backward()
print(x.grad.shape, t._version, t2._version)
