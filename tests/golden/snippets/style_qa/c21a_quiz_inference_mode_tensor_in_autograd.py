# Quiz: a tensor made in inference_mode is then used with a grad-requiring weight.
import torch

with torch.inference_mode():
    t = torch.ones(3)
print(t.is_inference(), t.requires_grad)
w = torch.ones(3, requires_grad=True)
try:
    (t * w).sum().backward()
    print(w.grad)
except RuntimeError as e:
    print(type(e).__name__, e)
