# Tensors made under no_grad and under inference_mode.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    a = w * 2
with torch.inference_mode():
    b = w * 2
print(a.requires_grad, a.is_inference(), a.is_leaf)
print(b.requires_grad, b.is_inference(), b.is_leaf)
c = a * w
print(c.grad_fn.name())
try:
    d = b * w
except RuntimeError as e:
    print(e)
