# Look at the 2-d latent codes an autoencoder gives after a few steps
import torch
import torch.nn as nn

torch.manual_seed(5)
data = torch.cat([torch.randn(6, 4) + 2, torch.randn(6, 4) - 2])
encoder = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 2))
decoder = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 4))
params = list(encoder.parameters()) + list(decoder.parameters())
opt = torch.optim.SGD(params, lr=0.05, momentum=0.9)
for _ in range(20):
    opt.zero_grad()
    loss = ((decoder(encoder(data)) - data) ** 2).mean()
    loss.backward()
    opt.step()
print("final loss:", round(loss.item(), 4))
encoder.eval()
with torch.no_grad():
    codes = encoder(data)
print(codes[:3].round(decimals=3))
print(codes.requires_grad, len(params))
