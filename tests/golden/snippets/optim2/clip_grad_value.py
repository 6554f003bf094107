import torch
from torch import nn
from torch.nn.utils import clip_grad_value_, clip_grad_norm_

w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
(w ** 3).sum().backward()
print(w.grad)
print(clip_grad_value_([w], clip_value=5.0))
print(w.grad)
b = torch.zeros(2, requires_grad=True)
print(clip_grad_norm_([b], 1.0), clip_grad_norm_([], 1.0))
w.grad = torch.tensor([float("inf"), 1.0, 1.0])
try:
    clip_grad_norm_(w, 1.0, error_if_nonfinite=True)
except RuntimeError as e:
    print(type(e).__name__, e)
print(clip_grad_norm_(w, 1.0), w.grad)
