# nn.utils.clip_grad_norm_ with norm_type inf and 1, get_total_norm, clip_grads_with_norm_
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 3), nn.Linear(3, 1))
model(torch.randn(4, 3) * 5).pow(2).sum().backward()
grads = [p.grad.clone() for p in model.parameters()]
print(nn.utils.clip_grad_norm_(model.parameters(), 1.0, norm_type=float('inf')))
for p, g in zip(model.parameters(), grads):
    p.grad = g.clone()
print(nn.utils.clip_grad_norm_(model.parameters(), 2.0, norm_type=1))
print(nn.utils.get_total_norm([p.grad for p in model.parameters()]))
print(model[1].weight.grad)
