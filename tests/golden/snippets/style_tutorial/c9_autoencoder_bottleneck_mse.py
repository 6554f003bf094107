# A small fully connected autoencoder on synthetic low-rank data; reconstruction error per epoch.
import torch
import torch.nn as nn

torch.manual_seed(0)
latent = torch.randn(256, 2)
mixing = torch.randn(2, 10)
data = torch.tanh(latent @ mixing) + 0.05 * torch.randn(256, 10)

class AutoEncoder(nn.Module):
    def __init__(self, d_in=10, d_code=2):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(d_in, 16), nn.ReLU(), nn.Linear(16, d_code))
        self.decoder = nn.Sequential(nn.Linear(d_code, 16), nn.ReLU(), nn.Linear(16, d_in))

    def forward(self, x):
        z = self.encoder(x)
        return self.decoder(z), z

model = AutoEncoder()
print(model)
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
crit = nn.MSELoss()
for epoch in range(30):
    perm = torch.randperm(len(data))
    for i in range(0, len(data), 64):
        batch = data[perm[i:i + 64]]
        recon, _ = model(batch)
        loss = crit(recon, batch)
        opt.zero_grad()
        loss.backward()
        opt.step()
    if epoch % 10 == 9:
        with torch.no_grad():
            full, codes = model(data)
            print(f"epoch {epoch + 1}: mse {crit(full, data).item():.5f} code std {codes.std(0)}")
with torch.no_grad():
    recon, code = model(data[:2])
print(code)
print((recon - data[:2]).abs().max())
