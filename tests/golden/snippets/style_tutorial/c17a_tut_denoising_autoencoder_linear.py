# Denoising autoencoder: corrupt the input with noise, reconstruct the clean one
import torch
from torch import nn

torch.manual_seed(2024)
clean = torch.sigmoid(torch.randn(64, 10) @ torch.randn(10, 10))

class DenoisingAE(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(10, 4), nn.ReLU())
        self.decoder = nn.Sequential(nn.Linear(4, 10), nn.Sigmoid())

    def forward(self, x):
        return self.decoder(self.encoder(x))

model = DenoisingAE()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
loss_fn = nn.MSELoss()
for epoch in range(1, 9):
    noisy = clean + 0.1 * torch.randn_like(clean)
    recon = model(noisy)
    loss = loss_fn(recon, clean)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if epoch % 2 == 0:
        print(f"epoch {epoch:2d}  loss {loss.item():.5f}")
print(model.encoder(clean[:2]).shape, recon.dtype)
