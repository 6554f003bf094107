# DCGAN tutorial pieces: a tiny generator/discriminator, label tensors, one discriminator step
import torch
import torch.nn as nn

torch.manual_seed(999)
nz, ngf = 4, 3
netG = nn.Sequential(nn.ConvTranspose2d(nz, ngf * 2, 4, 1, 0, bias=False), nn.BatchNorm2d(ngf * 2), nn.ReLU(True),
                     nn.ConvTranspose2d(ngf * 2, 1, 4, 2, 1, bias=False), nn.Tanh())
netD = nn.Sequential(nn.Conv2d(1, 4, 4, 2, 1, bias=False), nn.LeakyReLU(0.2, inplace=True),
                     nn.Conv2d(4, 1, 4, 1, 0, bias=False), nn.Sigmoid())
criterion = nn.BCELoss()
fixed_noise = torch.randn(2, nz, 1, 1)
real_label, fake_label = 1., 0.
optimizerD = torch.optim.Adam(netD.parameters(), lr=0.0002, betas=(0.5, 0.999))
fake = netG(fixed_noise)
print(fake.shape)
label = torch.full((2,), real_label, dtype=torch.float)
real = torch.rand(2, 1, 8, 8) * 2 - 1
errD_real = criterion(netD(real).view(-1), label)
errD_real.backward()
label.fill_(fake_label)
output = netD(fake.detach()).view(-1)
errD_fake = criterion(output, label)
errD_fake.backward()
optimizerD.step()
print(f"Loss_D: {(errD_real + errD_fake).item():.4f} D(G(z)): {output.mean().item():.4f}")
print(label, netG[0].weight.grad)
