# hinge GAN losses with F.relu, and the generator's mean critic score
import torch
import torch.nn.functional as F

d_real = torch.tensor([1.5, 0.2, -0.4])
d_fake = torch.tensor([-1.2, 0.3, 2.0])
loss_d = F.relu(1.0 - d_real).mean() + F.relu(1.0 + d_fake).mean()
loss_g = -d_fake.mean()
print(loss_d, loss_g)
print(torch.clamp(1 - d_real, min=0))
print(F.softplus(-d_real).mean(), F.softplus(d_fake).mean())
