# A tiny undercomplete autoencoder on synthetic low-rank data: reconstruction MSE and code statistics.
import torch
from torch import nn

torch.manual_seed(4)
Z = torch.randn(128, 2)
X = torch.tanh(Z @ torch.randn(2, 8))
enc = nn.Sequential(nn.Linear(8, 4), nn.ReLU(), nn.Linear(4, 2))
dec = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 8))
params = list(enc.parameters()) + list(dec.parameters())
print(sum(p.numel() for p in params))
opt = torch.optim.Adam(params, lr=0.02)
for epoch in range(150):
    code = enc(X)
    recon = dec(code)
    loss = nn.functional.mse_loss(recon, X)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 30 == 0:
        print(f"epoch {epoch:3d}  mse {loss.item():.6f}")
with torch.no_grad():
    code = enc(X)
    print(code.mean(0), code.std(0))
    err = ((dec(code) - X) ** 2).mean(1)
    print(err.topk(3).indices, err.max() > err.mean())
