# get_total_norm and clip_grads_with_norm_: clipping in two steps
import torch
import torch.nn as nn

a = nn.Parameter(torch.zeros(2))
b = nn.Parameter(torch.zeros(2))
a.grad = torch.tensor([3.0, 0.0])
b.grad = torch.tensor([0.0, 4.0])
grads = [p.grad for p in (a, b)]
total = nn.utils.get_total_norm(grads, norm_type=2.0)
print(total)
nn.utils.clip_grads_with_norm_([a, b], max_norm=2.5, total_norm=total)
print(a.grad, b.grad)
print(nn.utils.get_total_norm(grads, norm_type=1.0))
print(nn.utils.get_total_norm([p.grad for p in (a, b)], norm_type=float('inf')))
