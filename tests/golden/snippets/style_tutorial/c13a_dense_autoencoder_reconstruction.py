# A dense autoencoder compresses 8-dimensional points lying near a 2-D plane; reconstruction error per epoch.
import torch
import torch.nn as nn

torch.manual_seed(70)
latent = torch.randn(64, 2)
mixing = torch.randn(2, 8)
data = latent @ mixing + 0.01 * torch.randn(64, 8)
model = nn.Sequential(nn.Linear(8, 4), nn.Tanh(), nn.Linear(4, 2), nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 8))
encoder, decoder = model[:3], model[3:]
opt = torch.optim.Adam(model.parameters(), lr=0.02)
for epoch in range(40):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(data), data)
    loss.backward()
    opt.step()
    if epoch % 10 == 0 or epoch == 39:
        print(f"epoch {epoch:2d} mse {loss.item():.5f}")
with torch.no_grad():
    z = encoder(data[:3])
    rec = decoder(z)
print(z.shape, rec.shape, type(encoder).__name__)
print(((rec - data[:3]) ** 2).mean(dim=1) < 1.0)
print(encoder)
