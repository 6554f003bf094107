# Updating the attacked input outside no_grad fails: it is a leaf that requires grad
import torch

x = torch.ones(3, requires_grad=True)
(x * 2).sum().backward()
try:
    x += 0.05 * x.grad.sign()
except RuntimeError as e:
    print(e)
try:
    x.clamp_(0, 1)
except RuntimeError as e:
    print(type(e).__name__, e)
x.data += 0.05 * x.grad.sign()
print(x, x.grad)
