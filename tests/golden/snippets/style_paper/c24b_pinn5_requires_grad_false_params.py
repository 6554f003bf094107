# freezing the network and optimising only the PDE coefficient
import torch
import torch.nn as nn

torch.manual_seed(152)
net = nn.Linear(1, 1).double().requires_grad_(False)
c = nn.Parameter(torch.tensor(1.0, dtype=torch.float64))
opt = torch.optim.SGD([c], lr=0.1)
loss = (net(torch.ones(1, 1, dtype=torch.float64)) * c).pow(2).sum()
loss.backward()
opt.step()
print(net.weight.grad, c.grad is not None)
print(sum(p.requires_grad for p in net.parameters()))
