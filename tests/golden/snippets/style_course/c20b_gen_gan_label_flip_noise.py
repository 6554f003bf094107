# GAN tricks: one-sided label smoothing and instance noise
import torch
import torch.nn as nn

torch.manual_seed(51)
D = nn.Sequential(nn.Linear(2, 4), nn.LeakyReLU(0.1), nn.Linear(4, 1))
real = torch.randn(6, 2) + 2
fake = torch.randn(6, 2)
real_labels = torch.full((6, 1), 0.9)
fake_labels = torch.zeros(6, 1)
noise = 0.1 * torch.randn_like(real)
crit = nn.BCEWithLogitsLoss()
loss_real = crit(D(real + noise), real_labels)
loss_fake = crit(D(fake + 0.1 * torch.randn_like(fake)), fake_labels)
print(loss_real, loss_fake)
(loss_real + loss_fake).backward()
print(D[2].weight.grad)
