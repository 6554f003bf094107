# clip_grad_norm_ with foreach, and its norm dtype for float64 parameters
import torch
import torch.nn as nn

a = nn.Parameter(torch.zeros(3, dtype=torch.float64))
b = nn.Parameter(torch.zeros(2, dtype=torch.float64))
a.grad = torch.tensor([1.0, 2.0, 2.0], dtype=torch.float64)
b.grad = torch.tensor([0.0, 4.0], dtype=torch.float64)
n = nn.utils.clip_grad_norm_([a, b], max_norm=1.0, foreach=True)
print(n, n.dtype)
print(a.grad, b.grad)
print(nn.utils.clip_grad_norm_([a, b], 10.0, norm_type=1.0, foreach=False))
print(nn.utils.clip_grad_value_([a, b], 0.1, foreach=True))
print(a.grad)
