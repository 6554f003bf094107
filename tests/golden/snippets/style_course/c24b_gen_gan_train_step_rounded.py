# alternating updates of a 1-D GAN with Adam, losses printed to 3 decimals
import torch
import torch.nn as nn

torch.manual_seed(7)
netG = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1))
netD = nn.Sequential(nn.Linear(1, 8), nn.ReLU(), nn.Linear(8, 1))
criterion = nn.BCEWithLogitsLoss()
optimG = torch.optim.Adam(netG.parameters(), lr=1e-2)
optimD = torch.optim.Adam(netD.parameters(), lr=1e-2)
ones, zeros = torch.ones(16, 1), torch.zeros(16, 1)
for it in range(3):
    data = 2.0 + 0.5 * torch.randn(16, 1)
    generated = netG(torch.randn(16, 1))
    optimD.zero_grad()
    errD = criterion(netD(data), ones) + criterion(netD(generated.detach()), zeros)
    errD.backward()
    optimD.step()
    optimG.zero_grad()
    errG = criterion(netD(generated), ones)
    errG.backward()
    optimG.step()
    print(it, "D %.3f G %.3f" % (errD.item(), errG.item()))
