# Q: "one of the variables needed for gradient computation has been modified by an inplace operation" with sigmoid_ / exp_.
import torch

w = torch.randn(3, requires_grad=True)
x = torch.tensor([0.5, -1.0, 2.0])
s = torch.sigmoid(w * x)
s.mul_(2)
try:
    s.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
e = (w * x).exp()
print(e._version)
e += 1
print(e._version)
try:
    e.sum().backward()
except RuntimeError as err:
    print("RuntimeError:", err)
h = w * x
y = h ** 2
h.add_(1)
try:
    y.sum().backward()
except RuntimeError as err:
    print("RuntimeError:", err)
h = w * x
y = h * 3
h.add_(1)
y.sum().backward()
print(w.grad)
s = torch.sigmoid(w * x)
s = s * 2
s.sum().backward()
print(w.grad)
