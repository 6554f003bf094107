# Inference tensors cannot be saved for backward or modified in-place outside inference mode.
import torch

with torch.inference_mode():
    t = torch.ones(2)
print(t.is_inference(), t.requires_grad)
w = torch.ones(2, requires_grad=True)
try:
    (w * t).sum().backward()
    print(w.grad)
    (w * w).sum()
    torch.exp(t.requires_grad_())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.add_(1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.clone().is_inference())
