# Lottery-ticket style: prune by trained magnitude, rewind survivors to their initial values
import torch
import torch.nn as nn

torch.manual_seed(15)
lin = nn.Linear(4, 2)
init_w = lin.weight.detach().clone()
opt = torch.optim.SGD(lin.parameters(), lr=0.5)
x, y = torch.randn(16, 4), torch.randn(16, 2)
for _ in range(5):
    opt.zero_grad()
    nn.functional.mse_loss(lin(x), y).backward()
    opt.step()
mask = (lin.weight.abs() >= lin.weight.abs().flatten().sort().values[4]).float()
with torch.no_grad():
    lin.weight.copy_(init_w * mask)
print(mask.sum().item(), mask.shape)
print(torch.equal(lin.weight[mask.bool()], init_w[mask.bool()]))
print((lin.weight == 0).sum().item())
