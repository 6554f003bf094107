# Q: can I turn off requires_grad on an intermediate result?
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
h = w * 3
try:
    h.requires_grad_(False)
except RuntimeError as e:
    print(e)
try:
    h.requires_grad = False
except RuntimeError as e:
    print(e)
h2 = h.detach()
print(h2.requires_grad, h.requires_grad_(True) is h)
w.requires_grad_(False)
print(w.requires_grad, (w * 3).requires_grad)
