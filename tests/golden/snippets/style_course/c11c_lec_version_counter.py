# Lecture: autograd's version counter - why in-place ops after saving a tensor break backward.
import torch

x = torch.tensor([0.5, 1.0, 1.5], requires_grad=True)
y = x + 1
print("version after add:", y._version)
z = y * 2
y.add_(1)
print("version after add_:", y._version)
z.sum().backward()
print(x.grad)

x.grad = None
y = x.exp()
w = y.sum() * y
y.mul_(2)
print(y._version)
try:
    w.sum().backward()
except RuntimeError as e:
    print(e)
t = torch.zeros(3)
print(t._version)
t[0] = 1
t += 1
t.zero_()
print(t._version)
