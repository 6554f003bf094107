# Lambda-returns computed by iterating over reversed tensors with flip
import torch

rewards = torch.tensor([0.0, 1.0, 0.0, 2.0])
values = torch.tensor([0.5, 0.4, 0.9, 0.3, 0.0])
gamma, lam = 0.9, 0.8
out = torch.zeros(4)
nxt = values[-1]
for i, (r, v_next) in enumerate(zip(rewards.flip(0), values[1:].flip(0))):
    nxt = r + gamma * ((1 - lam) * v_next + lam * nxt)
    out[3 - i] = nxt
print(out)
print(rewards.flip(0), values.flip(-1)[:2])
print(torch.flip(torch.arange(6).view(2, 3), dims=(0, 1)))
