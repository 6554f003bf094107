# DCGAN: weights_init by class name, a small ConvTranspose2d generator, BCELoss with label tensors.
import torch
import torch.nn as nn

def weights_init(m):
    classname = m.__class__.__name__
    if classname.find('Conv') != -1:
        nn.init.normal_(m.weight.data, 0.0, 0.02)
    elif classname.find('BatchNorm') != -1:
        nn.init.normal_(m.weight.data, 1.0, 0.02)
        nn.init.constant_(m.bias.data, 0)

nz, ngf, nc = 4, 8, 1

class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.main = nn.Sequential(
            nn.ConvTranspose2d(nz, ngf * 2, 4, 1, 0, bias=False),
            nn.BatchNorm2d(ngf * 2),
            nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 2, nc, 4, 2, 1, bias=False),
            nn.Tanh(),
        )

    def forward(self, input):
        return self.main(input)

torch.manual_seed(999)
netG = Generator()
netG.apply(weights_init)
print(netG)
fixed_noise = torch.randn(3, nz, 1, 1)
fake = netG(fixed_noise)
print(fake.shape, fake.min().item() >= -1, fake.max().item() <= 1)
print(netG.main[1].weight[:4], netG.main[1].bias[:4])
criterion = nn.BCELoss()
real_label, fake_label = 1., 0.
label = torch.full((3,), real_label, dtype=torch.float)
print(label)
output = torch.sigmoid(fake.view(3, -1).mean(1))
errG = criterion(output, label)
errG.backward()
print(errG.item(), output.mean().item())
print(netG.main[0].weight.grad.shape)
