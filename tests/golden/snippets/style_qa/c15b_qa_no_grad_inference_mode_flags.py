# Q: difference between torch.no_grad() and torch.inference_mode()?
import torch

w = torch.ones(2, requires_grad=True)
with torch.no_grad():
    a = w * 2
    print(torch.is_grad_enabled(), torch.is_inference_mode_enabled())
with torch.inference_mode():
    b = w * 2
    print(torch.is_grad_enabled(), torch.is_inference_mode_enabled())
print(a.requires_grad, a.is_inference(), b.requires_grad, b.is_inference())
c = a * w
print(c.requires_grad, c.grad_fn)
try:
    (b * w).sum().backward()
except RuntimeError as e:
    print(e)
with torch.inference_mode(False):
    print(torch.is_inference_mode_enabled())
