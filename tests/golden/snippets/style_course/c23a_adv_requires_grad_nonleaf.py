# requires_grad_ on a computed tensor: only leaves may change the flag
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
h = w * 3
try:
    h.requires_grad_(False)
except RuntimeError as e:
    print("RuntimeError:", e)
h2 = h.detach()
print(h2.requires_grad, h2.is_leaf)
h2.requires_grad_()
print(h2.requires_grad, h2.is_leaf, h2.grad_fn)
y = (h2 ** 2).sum()
y.backward()
print(h2.grad, w.grad)
