# Autoencoder course lab: compress 6-D synthetic data lying near a 2-D plane; reconstruction error per epoch.
import torch
import torch.nn as nn

torch.manual_seed(30)
latent = torch.randn(100, 2)
mixing = torch.randn(2, 6)
data = latent @ mixing + 0.05 * torch.randn(100, 6)

model = nn.Sequential(
    nn.Linear(6, 4), nn.ELU(), nn.Linear(4, 2),
    nn.Linear(2, 4), nn.ELU(), nn.Linear(4, 6),
)
opt = torch.optim.Adam(model.parameters(), lr=0.02)
for epoch in range(10):
    perm = torch.randperm(100)
    total = 0.0
    for i in range(0, 100, 25):
        batch = data[perm[i:i + 25]]
        loss = nn.functional.mse_loss(model(batch), batch)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item() * len(batch)
    print(epoch, round(total / 100, 6))
encoder = model[:3]
codes = encoder(data[:4])
print(codes)
print(codes.requires_grad, codes.grad_fn)
print(nn.functional.mse_loss(model(data), data, reduction="none").mean(1)[:5])
