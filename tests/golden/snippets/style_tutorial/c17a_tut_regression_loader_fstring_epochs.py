# Linear regression with a DataLoader; losses printed with an aligned f-string
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(99)
X = torch.rand(40, 1) * 10
y = 2.5 * X - 1.0 + torch.randn(40, 1) * 0.5
loader = DataLoader(TensorDataset(X, y), batch_size=10, shuffle=True)
model = nn.Linear(1, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.01)
for epoch in range(4):
    total = 0.0
    for xb, yb in loader:
        pred = model(xb)
        loss = nn.functional.mse_loss(pred, yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item() * len(xb)
    print(f"Epoch [{epoch + 1:>2}/4], Loss: {total / len(X):>8.4f}")
w, b = model.weight.item(), model.bias.item()
print(f"learned y = {w:.3f}x + {b:.3f}")
