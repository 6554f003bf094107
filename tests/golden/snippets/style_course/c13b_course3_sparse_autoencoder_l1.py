# Course lab: sparse autoencoder — an L1 penalty on hidden activations, sparsity measured per epoch.
import torch
import torch.nn as nn

torch.manual_seed(93)
data = torch.relu(torch.randn(64, 10))
enc, dec = nn.Linear(10, 16), nn.Linear(16, 10)
opt = torch.optim.Adam(list(enc.parameters()) + list(dec.parameters()), lr=0.01)
lam = 0.05
for epoch in range(8):
    h = torch.relu(enc(data))
    recon = dec(h)
    mse = nn.functional.mse_loss(recon, data)
    l1 = h.abs().mean()
    loss = mse + lam * l1
    opt.zero_grad()
    loss.backward()
    opt.step()
    dead = (h.sum(0) == 0).sum().item()
    print(f"{epoch}: mse {mse.item():.5f} l1 {l1.item():.5f} zeros {(h == 0).float().mean().item():.4f} dead {dead}")
print(h[0])
print(enc.bias.grad.norm())
