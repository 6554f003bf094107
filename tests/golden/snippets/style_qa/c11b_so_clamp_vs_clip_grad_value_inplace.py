# Q: clamp the gradients myself vs clip_grad_value_ vs clip_grad_norm_: returned values and in-place effects.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(8, 4) * 10
loss = model(x).pow(2).mean()
loss.backward()
print(model.weight.grad)
g = [p.grad.clone() for p in model.parameters()]
total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(total, torch.linalg.vector_norm(torch.cat([t.flatten() for t in g])))
print(model.weight.grad.norm(), model.bias.grad)
for p, old in zip(model.parameters(), g):
    p.grad = old.clone()
out = nn.utils.clip_grad_value_(model.parameters(), clip_value=0.5)
print(out, model.weight.grad)
for p, old in zip(model.parameters(), g):
    p.grad = old.clone()
with torch.no_grad():
    for p in model.parameters():
        p.grad.clamp_(-0.5, 0.5)
print(model.weight.grad)
print(nn.utils.clip_grad_norm_(model.parameters(), 1.0, norm_type="inf"))
