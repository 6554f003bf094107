# nn.utils.get_total_norm then nn.utils.clip_grads_with_norm_: the two halves of clip_grad_norm_
import torch
from torch import nn
torch.manual_seed(0)
m = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
(m(torch.randn(5, 3) * 3) ** 2).sum().backward()
params = list(m.parameters())
total = nn.utils.get_total_norm([p.grad for p in params], norm_type=2.0)
print(total)
print(nn.utils.clip_grads_with_norm_(params, 1.0, total))
print(params[0].grad, params[3].grad)
print(torch.stack([p.grad.norm() for p in params]).norm())
print(nn.utils.clip_grads_with_norm_(params, 100.0, total), params[3].grad)
print(nn.utils.clip_grads_with_norm_(params[3], 0.01, torch.tensor(2.0)), params[3].grad)
print(nn.utils.clip_grads_with_norm_([], 1.0, total))
try:
    nn.utils.clip_grads_with_norm_(params, 1.0, 3.0)
except TypeError as e:
    print("TypeError", e)
print(nn.utils.clip_grads_with_norm_.__module__, nn.utils.clip_grads_with_norm_.__name__)
