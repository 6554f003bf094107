# fake.detach() vs generating under no_grad: both stop gradients to G
import torch
import torch.nn as nn

torch.manual_seed(144)
G = nn.Linear(2, 2)
D = nn.Linear(2, 1)
z = torch.randn(3, 2)
with torch.no_grad():
    fake_ng = G(z)
fake_d = G(z).detach()
print(fake_ng.requires_grad, fake_d.requires_grad, torch.equal(fake_ng, fake_d))
D(fake_ng).sum().backward()
print(G.weight.grad, D.weight.grad.shape)
