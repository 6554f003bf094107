# autograd.grad for a subset of parameters (the critic's last layer only)
import torch
import torch.nn as nn

torch.manual_seed(127)
critic = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
out = critic(torch.ones(4, 2)).mean()
gw, gb = torch.autograd.grad(out, [critic[2].weight, critic[2].bias])
print(gw.shape, gb)
print(critic[0].weight.grad)
try:
    torch.autograd.grad(out, critic[0].weight)
except RuntimeError as e:
    print("RuntimeError:", str(e)[:90])
