# A tiny autoencoder in PyTorch
import torch
import torch.nn as nn

torch.manual_seed(0)
data = torch.rand(32, 8)
encoder = nn.Sequential(nn.Linear(8, 3), nn.ReLU())
decoder = nn.Sequential(nn.Linear(3, 8), nn.Sigmoid())
ae = nn.Sequential(encoder, decoder)
opt = torch.optim.Adam(ae.parameters(), lr=0.01)
for epoch in range(1, 61):
    opt.zero_grad()
    recon = ae(data)
    loss = nn.functional.mse_loss(recon, data)
    loss.backward()
    opt.step()
    if epoch % 20 == 0:
        print(f"epoch {epoch}: reconstruction loss {loss.item():.5f}")
print(encoder(data[:2]).shape, ae)
