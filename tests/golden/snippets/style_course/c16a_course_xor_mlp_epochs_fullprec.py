# XOR with a 2-4-1 sigmoid MLP and MSE loss; losses printed at full precision
import torch
from torch import nn

torch.manual_seed(1670)
X = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
y = torch.tensor([[0.0], [1.0], [1.0], [0.0]])
model = nn.Sequential(nn.Linear(2, 4), nn.Sigmoid(), nn.Linear(4, 1), nn.Sigmoid())
opt = torch.optim.SGD(model.parameters(), lr=2.0)
for epoch in range(300):
    loss = nn.functional.mse_loss(model(X), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 50 == 0:
        print(epoch, loss.item())
with torch.no_grad():
    print(model(X).squeeze(1), (model(X) > 0.5).int().squeeze(1).tolist())
