# Q: 'NoneType' object has no attribute 'zero_' on the first iteration
import torch

w = torch.tensor([1.0], requires_grad=True)
try:
    w.grad.zero_()
except AttributeError as e:
    print(e)
for it in range(2):
    if w.grad is not None:
        w.grad.zero_()
    (3 * w).sum().backward()
    print(it, w.grad)
