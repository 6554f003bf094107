# Why the discriminator step uses fake.detach(): the generator gets no gradient from it
import torch
from torch import nn

torch.manual_seed(11)
gen = nn.Linear(2, 3)
disc = nn.Linear(3, 1)
z = torch.randn(4, 2)
fake = gen(z)
loss_d = nn.functional.binary_cross_entropy_with_logits(disc(fake.detach()), torch.zeros(4, 1))
loss_d.backward()
print(gen.weight.grad, disc.weight.grad is not None)
print(fake.detach().requires_grad, fake.requires_grad, fake.grad_fn)
disc.zero_grad()
loss_g = nn.functional.binary_cross_entropy_with_logits(disc(fake), torch.ones(4, 1))
loss_g.backward()
print(gen.weight.grad.shape, disc.weight.grad.abs().sum() > 0)
print(round(loss_d.item(), 4), round(loss_g.item(), 4))
