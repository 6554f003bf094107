# Autograd tutorial: exclusion from the DAG, frozen parameters, and which grads get computed.
import torch
from torch import nn, optim

x = torch.rand(5, 5, generator=torch.Generator().manual_seed(0))
y = torch.rand(5, 5, generator=torch.Generator().manual_seed(1))
z = torch.rand((5, 5), requires_grad=True, generator=torch.Generator().manual_seed(2))
a = x + y
print(f"Does `a` require gradients?: {a.requires_grad}")
b = x + z
print(f"Does `b` require gradients?: {b.requires_grad}")
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 6), nn.ReLU(), nn.Linear(6, 4))
for param in model.parameters():
    param.requires_grad = False
model[2] = nn.Linear(6, 10)
optimizer = optim.SGD(model.parameters(), lr=1e-2, momentum=0.9)
out = model(torch.randn(3, 8)).sum()
out.backward()
print([p.grad is None for p in model.parameters()])
print(model[2].bias.grad)
optimizer.step()
print(optimizer.state[model[2].bias]["momentum_buffer"])
print(len(optimizer.state))
print(sum(p.requires_grad for p in model.parameters()))
