# A convolutional autoencoder (Conv2d down, ConvTranspose2d up) on synthetic blobs; reconstruction MSE per epoch.
import torch
import torch.nn as nn

torch.manual_seed(9)
yy, xx = torch.meshgrid(torch.arange(8.0), torch.arange(8.0), indexing="ij")
centers = torch.randint(2, 6, (16, 2)).float()
imgs = torch.exp(-((yy - centers[:, 0, None, None]) ** 2 + (xx - centers[:, 1, None, None]) ** 2) / 4).unsqueeze(1)
print(imgs.shape, imgs.max().item())
enc = nn.Sequential(nn.Conv2d(1, 4, 3, stride=2, padding=1), nn.ReLU(), nn.Conv2d(4, 8, 3, stride=2, padding=1), nn.ReLU())
dec = nn.Sequential(nn.ConvTranspose2d(8, 4, 2, stride=2), nn.ReLU(), nn.ConvTranspose2d(4, 1, 2, stride=2), nn.Sigmoid())
z = enc(imgs)
print(z.shape, dec(z).shape)
params = list(enc.parameters()) + list(dec.parameters())
opt = torch.optim.Adam(params, lr=0.02)
for epoch in range(6):
    opt.zero_grad()
    recon = dec(enc(imgs))
    loss = nn.functional.mse_loss(recon, imgs)
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 6))
print(sum(p.numel() for p in params))
