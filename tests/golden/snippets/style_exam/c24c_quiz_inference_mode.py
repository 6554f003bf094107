# Quiz 8: inference tensors cannot re-enter autograd
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.inference_mode():
    t = torch.ones(2)
    u = w * 3
print(t.is_inference(), u.is_inference(), u.requires_grad)
try:
    (w * t).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.add_(1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.clone().is_inference())
