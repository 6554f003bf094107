# Q: "Inference tensors cannot be saved for backward" - tensors made under inference_mode vs no_grad.
import torch

w = torch.ones(3, requires_grad=True)
with torch.inference_mode():
    x = torch.arange(3.)
with torch.no_grad():
    xn = torch.arange(3.)
print(x.is_inference(), xn.is_inference(), x.requires_grad)
y = (w * xn).sum()
y.backward()
print(w.grad)
try:
    y = (w * x).sum()
    y.backward()
except RuntimeError as e:
    print(e)
try:
    x.requires_grad_()
except RuntimeError as e:
    print(e)
try:
    x.add_(1)
except RuntimeError as e:
    print(e)
x2 = x.clone()
print(x2.is_inference())
(w * x2).sum().backward()
print(w.grad)

@torch.no_grad()
def evaluate(t):
    return t * w
print(evaluate(torch.ones(3)).requires_grad, torch.is_grad_enabled(), torch.is_inference_mode_enabled())
with torch.set_grad_enabled(False):
    print((w * 2).requires_grad)
