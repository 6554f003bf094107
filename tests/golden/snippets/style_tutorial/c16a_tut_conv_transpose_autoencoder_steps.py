# A tiny convolutional autoencoder: Conv2d down, ConvTranspose2d up, MSE reconstruction
import torch
from torch import nn

torch.manual_seed(1692)
enc = nn.Sequential(nn.Conv2d(1, 2, 3, stride=2, padding=1), nn.ReLU())
dec = nn.Sequential(nn.ConvTranspose2d(2, 1, 3, stride=2, padding=1, output_padding=1), nn.Sigmoid())
imgs = (torch.rand(4, 1, 6, 6) > 0.5).float()
opt = torch.optim.Adam([*enc.parameters(), *dec.parameters()], lr=0.05)
for step in range(4):
    code = enc(imgs)
    recon = dec(code)
    loss = nn.functional.binary_cross_entropy(recon, imgs)
    opt.zero_grad(); loss.backward(); opt.step()
    print(step, tuple(code.shape), tuple(recon.shape), loss.item())
