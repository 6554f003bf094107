# A nan gradient: clip_grad_norm_ with error_if_nonfinite
import torch
import torch.nn as nn

p = nn.Parameter(torch.ones(3))
p.grad = torch.tensor([1.0, float('nan'), 2.0])
n = nn.utils.clip_grad_norm_([p], 1.0)
print(n)
print(p.grad)
p.grad = torch.tensor([1.0, float('inf'), 2.0])
try:
    nn.utils.clip_grad_norm_([p], 1.0, error_if_nonfinite=True)
except RuntimeError as e:
    print(type(e).__name__, e)
