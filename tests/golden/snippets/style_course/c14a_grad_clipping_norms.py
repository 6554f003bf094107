# Exploding gradients in an RNN-ish loop: clip_grad_norm_ returns the pre-clip total norm; clip_grad_value_ clamps.
import torch
import torch.nn as nn

torch.manual_seed(1401)
cell = nn.Linear(3, 3)
readout = nn.Linear(3, 1)
h = torch.randn(2, 3) * 4
for _ in range(6):
    h = torch.tanh(cell(h)) * 3
objective = readout(h).sum() ** 2
objective.backward()
params = list(cell.parameters()) + list(readout.parameters())
print(objective.item(), [round(q.grad.norm().item(), 4) for q in params])
before = torch.nn.utils.clip_grad_norm_(params, max_norm=2.0)
after = torch.linalg.vector_norm(torch.cat([q.grad.flatten() for q in params]))
print(before, after)
for q in params:
    q.grad = None
objective = readout(torch.tanh(cell(h.detach()))).sum() ** 2
objective.backward()
torch.nn.utils.clip_grad_value_(cell.parameters(), 0.25)
print(cell.weight.grad, readout.weight.grad)
print(torch.nn.utils.clip_grad_norm_(params, 1e-3, norm_type=1.0), cell.bias.grad)
