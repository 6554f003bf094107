# Q: clip_grad_norm_ with an infinite gradient
import torch
from torch import nn

p = nn.Parameter(torch.tensor([1.0, 2.0]))
p.grad = torch.tensor([float('inf'), 1.0])
try:
    nn.utils.clip_grad_norm_([p], max_norm=1.0, error_if_nonfinite=True)
except RuntimeError as e:
    print(e)
print(nn.utils.clip_grad_norm_([p], max_norm=1.0), p.grad)
q = nn.Parameter(torch.tensor([0.5]))
q.grad = torch.tensor([-7.0])
nn.utils.clip_grad_value_([q], clip_value=2.0)
print(q.grad)
