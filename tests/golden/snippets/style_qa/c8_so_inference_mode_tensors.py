# Q: "Inference tensors cannot be saved for backward": tensors made under inference_mode used in training.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
with torch.inference_mode():
    x = torch.randn(4, 3)
    y = model(x)
print(x.is_inference(), y.requires_grad, torch.is_inference_mode_enabled())
w = torch.ones(3, requires_grad=True)
try:
    (x * w).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
x2 = x.clone()
(x2 * w).sum().backward()
print(w.grad, x2.is_inference())
try:
    x.add_(1)
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    z = model(torch.randn(2, 3))
print(z.requires_grad, z.is_inference())
with torch.set_grad_enabled(False):
    print(torch.is_grad_enabled(), model(torch.randn(1, 3)).grad_fn)
print(torch.is_grad_enabled())
