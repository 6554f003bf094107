# Autoencoder tutorial shape: encoder/decoder Sequentials, sigmoid output, MSE reconstruction with Adam weight decay.
import torch
import torch.nn as nn

torch.manual_seed(1442)


class AE(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(16, 8), nn.ReLU(), nn.Linear(8, 3))
        self.decoder = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 16), nn.Sigmoid())

    def forward(self, x):
        return self.decoder(self.encoder(x))


model = AE()
loss_function = nn.MSELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2, weight_decay=1e-8)
images = torch.rand(32, 16)
losses = []
for epoch in range(10):
    reconstructed = model(images)
    loss = loss_function(reconstructed, images)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    losses.append(loss.item())
print(losses[::3])
with torch.no_grad():
    codes = model.encoder(images[:2])
print(codes, model(images[:1]).shape)
