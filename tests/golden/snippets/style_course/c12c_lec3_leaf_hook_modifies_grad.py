# Lecture: a hook on a leaf that rescales its gradient, and its removal.
import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = w.register_hook(lambda g: g * 100)
(w * w).sum().backward()
print(w.grad)
h.remove()
w.grad.zero_()
(w * w).sum().backward()
print(w.grad)
w.register_hook(lambda g: print("seen", g))
w.register_hook(lambda g: g.clamp(max=3.0))
w.grad = None
(w ** 3).sum().backward()
print(w.grad)
