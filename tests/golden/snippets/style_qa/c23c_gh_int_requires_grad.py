# requires_grad on integer tensors: the errors, and the float fix.
import torch

try:
    torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as e:
    print("RuntimeError:", e)
t = torch.arange(3)
try:
    t.requires_grad_()
except RuntimeError as e:
    print("RuntimeError:", e)
f = t.float().requires_grad_()
print(f, f.dtype)
print((f * 2).long().requires_grad, (f * 2).long().grad_fn)
