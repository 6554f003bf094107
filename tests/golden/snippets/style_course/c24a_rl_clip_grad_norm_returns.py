# clip_grad_norm_ returns the norm before clipping
import torch
import torch.nn as nn

w = nn.Parameter(torch.tensor([3.0, 4.0]))
b = nn.Parameter(torch.tensor([0.0]))
(w * torch.tensor([1.0, 1.0])).sum().backward()
w.grad = torch.tensor([3.0, 4.0])
b.grad = torch.tensor([12.0])
total = nn.utils.clip_grad_norm_([w, b], max_norm=1.0)
print(total)
print(w.grad, b.grad)
total2 = nn.utils.clip_grad_norm_([w, b], max_norm=1.0)
print(total2)
inf_norm = nn.utils.clip_grad_norm_([w, b], max_norm=10.0, norm_type='inf')
print(inf_norm)
