# A tiny GAN that learns samples from N(4, 1.25) on a single number
import torch
import torch.nn as nn

torch.manual_seed(7)
netG = nn.Sequential(nn.Linear(1, 8), nn.ReLU(), nn.Linear(8, 1))
netD = nn.Sequential(nn.Linear(1, 8), nn.LeakyReLU(0.2), nn.Linear(8, 1), nn.Sigmoid())
adv_loss = nn.BCELoss()
optimizerG = torch.optim.Adam(netG.parameters(), lr=1e-2, betas=(0.5, 0.999))
optimizerD = torch.optim.Adam(netD.parameters(), lr=1e-2, betas=(0.5, 0.999))
real_label, fake_label = torch.full((16, 1), 1.0), torch.full((16, 1), 0.0)
for step in range(6):
    netD.zero_grad()
    real = 4 + 1.25 * torch.randn(16, 1)
    errD_real = adv_loss(netD(real), real_label)
    generated = netG(torch.randn(16, 1))
    errD_fake = adv_loss(netD(generated.detach()), fake_label)
    (errD_real + errD_fake).backward()
    optimizerD.step()
    netG.zero_grad()
    errG = adv_loss(netD(generated), real_label)
    errG.backward()
    optimizerG.step()
    print(f"[{step}/6] Loss_D: {(errD_real + errD_fake).item():.4f} Loss_G: {errG.item():.4f}")
with torch.no_grad():
    samples = netG(torch.randn(200, 1))
print(f"mean {samples.mean():.3f} std {samples.std():.3f}")
