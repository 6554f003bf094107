# GAN lecture: why fake.detach() matters — which networks receive gradients from each loss.
import torch
import torch.nn as nn

torch.manual_seed(31)
G = nn.Linear(2, 3)
D = nn.Linear(3, 1)
z = torch.randn(4, 2)
fake = G(z)
d_loss = nn.functional.binary_cross_entropy_with_logits(D(fake.detach()), torch.zeros(4, 1))
d_loss.backward()
print("G grad after D step:", G.weight.grad)
print("D grad:", D.weight.grad)
D.zero_grad()
g_loss = nn.functional.binary_cross_entropy_with_logits(D(fake), torch.ones(4, 1))
g_loss.backward()
print(G.weight.grad)
print(D.weight.grad)
print(d_loss.item(), g_loss.item())
sat = torch.log(1 - torch.sigmoid(D(fake))).mean()
nonsat = -torch.log(torch.sigmoid(D(fake))).mean()
print(sat.item(), nonsat.item())
print(fake.requires_grad, fake.detach().requires_grad, fake.is_leaf)
