# discriminator step must detach the generator's output
import torch
import torch.nn as nn

torch.manual_seed(0)
gen = nn.Linear(2, 3)
disc = nn.Linear(3, 1)
noise = torch.randn(4, 2)
fake = gen(noise)
d_out = disc(fake.detach())
d_out.mean().backward()
print(gen.weight.grad)
print(disc.weight.grad is not None)
print(fake.requires_grad, fake.detach().requires_grad, fake.detach().grad_fn)
d_out2 = disc(fake)
d_out2.mean().backward()
print(gen.weight.grad is not None, gen.weight.grad.shape)
