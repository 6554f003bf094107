import torch
from torch import optim

w = torch.tensor([[1.0, -1.0], [0.5, 2.0]], requires_grad=True)
opt = optim.AdamW([w], lr=0.05)
print(opt)
for step in range(5):
    opt.zero_grad()
    loss = (w.sum(dim=1) ** 2).sum()
    loss.backward()
    opt.step()
print(w)
print(opt.state[w]["exp_avg"])
print(opt.state[w]["exp_avg_sq"])
