# A small autoencoder with a sigmoid output and BCE reconstruction loss, printed each epoch.
import torch
from torch import nn

torch.manual_seed(21)
data = (torch.rand(64, 12) > 0.6).float()
encoder = nn.Sequential(nn.Linear(12, 6), nn.Tanh(), nn.Linear(6, 3))
decoder = nn.Sequential(nn.Linear(3, 6), nn.Tanh(), nn.Linear(6, 12), nn.Sigmoid())
params = list(encoder.parameters()) + list(decoder.parameters())
opt = torch.optim.Adam(params, lr=0.02)
loss_fn = nn.BCELoss()
for epoch in range(8):
    perm = torch.randperm(64)
    total = 0.0
    for i in range(0, 64, 16):
        batch = data[perm[i:i + 16]]
        recon = decoder(encoder(batch))
        loss = loss_fn(recon, batch)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item()
    print(f"epoch {epoch}: {total / 4:.5f}")
with torch.no_grad():
    code = encoder(data[:3])
    print(code)
    print((decoder(code) > 0.5).int())
    print(data[:3].int())
    acc = ((decoder(encoder(data)) > 0.5).float() == data).float().mean()
    print("bit accuracy", acc.item())
print(sum(p.numel() for p in params))
