import torch
import torch.nn as nn

torch.manual_seed(55)
m = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
opt = torch.optim.Adam(m.parameters(), lr=0.01, foreach=True)
m(torch.randn(3, 2)).sum().backward()
opt.step()
opt.zero_grad(set_to_none=False)
print([p.grad.abs().sum().item() for p in m.parameters()])
m.zero_grad()
print([p.grad for p in m.parameters()])
print(opt.param_groups[0]["foreach"])
