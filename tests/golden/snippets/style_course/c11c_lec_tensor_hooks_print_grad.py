# Lecture: tensor hooks - watching gradients flow backwards, and changing them on the way.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
h = x * w
h.register_hook(lambda g: print("grad at h:", g))
a = torch.tanh(h)
a.register_hook(lambda g: print("grad at a:", g))
loss = (a ** 2).sum()
loss.backward()
print("x.grad", x.grad)
print("w.grad", w.grad)

x.grad = None
w.grad = None
h = x * w
handle = h.register_hook(lambda g: g * 2)
(torch.tanh(h) ** 2).sum().backward()
print("doubled x.grad", x.grad)
handle.remove()
x.grad = None
h = x * w
h.register_hook(lambda g: g.clamp(-0.1, 0.1))
(torch.tanh(h) ** 2).sum().backward()
print("clamped x.grad", x.grad)
x.register_hook(lambda g: print("leaf hook sees", g))
(x * 3).sum().backward()
print(x.grad)
