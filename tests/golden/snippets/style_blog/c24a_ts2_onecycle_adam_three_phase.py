# OneCycleLR with Adam cycles beta1; three_phase and linear annealing
import torch

p = torch.nn.Parameter(torch.zeros(1))
o = torch.optim.Adam([p], lr=1e-3)
s = torch.optim.lr_scheduler.OneCycleLR(o, max_lr=0.01, total_steps=8, three_phase=True, anneal_strategy='linear')
rows = []
for _ in range(7):
    rows.append((round(s.get_last_lr()[0], 7), round(o.param_groups[0]['betas'][0], 4)))
    o.step()
    s.step()
print(rows)
try:
    torch.optim.lr_scheduler.OneCycleLR(o, max_lr=0.01)
except ValueError as e:
    print(e)
try:
    torch.optim.lr_scheduler.OneCycleLR(o, max_lr=0.01, total_steps=5, anneal_strategy='exp')
except ValueError as e:
    print(e)
