# Course notebook: a tiny autoencoder (8 -> 3 -> 8) on synthetic low-rank data, printing reconstruction loss.
import torch
from torch import nn

torch.manual_seed(0)
basis = torch.randn(3, 8)
data = torch.randn(64, 3) @ basis
print(data.shape, torch.linalg.matrix_rank(data).item())

class AutoEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(8, 6), nn.ReLU(), nn.Linear(6, 3))
        self.decoder = nn.Sequential(nn.Linear(3, 6), nn.ReLU(), nn.Linear(6, 8))
    def forward(self, x):
        return self.decoder(self.encoder(x))

model = AutoEncoder()
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(100):
    recon = model(data)
    loss = nn.functional.mse_loss(recon, data)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 25 == 0:
        print(f"epoch {epoch:3d} loss {loss.item():.5f}")
with torch.no_grad():
    code = model.encoder(data[:2])
print(code.shape, code.requires_grad)
print(sum(p.numel() for p in model.encoder.parameters()), sum(p.numel() for p in model.decoder.parameters()))
