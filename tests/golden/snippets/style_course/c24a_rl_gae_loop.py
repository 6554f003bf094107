# Generalised advantage estimation by hand, with episode ends
import torch

r = torch.tensor([1.0, 1.0, 0.0, 1.0, 0.0, 1.0])
v = torch.tensor([0.5, 0.6, 0.2, 0.8, 0.3, 0.4])
terminal = torch.tensor([0, 0, 1, 0, 0, 1], dtype=torch.bool)
bootstrap = torch.tensor(0.9)
disc, smooth = 0.98, 0.9
advantages = torch.empty(6)
acc = torch.tensor(0.0)
next_vals = torch.cat([v[1:], bootstrap.view(1)])
for step in range(5, -1, -1):
    alive = (~terminal[step]).float()
    td = r[step] + disc * next_vals[step] * alive - v[step]
    acc = td + disc * smooth * alive * acc
    advantages[step] = acc
print(advantages)
print(advantages + v)
print(acc.dtype, acc.shape)
