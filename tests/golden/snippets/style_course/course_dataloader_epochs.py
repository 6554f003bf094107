# Epoch losses over a shuffled DataLoader, averaged per epoch.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(10)
X = torch.randn(24, 3)
y = X @ torch.tensor([1.0, -2.0, 0.5]) + 0.3
loader = DataLoader(TensorDataset(X, y), batch_size=6, shuffle=True)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(4):
    total = 0.0
    for xb, yb in loader:
        loss = nn.functional.mse_loss(model(xb).squeeze(-1), yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item() * len(xb)
    print(epoch, total / len(loader.dataset))
print(model.weight.data, model.bias.data)
