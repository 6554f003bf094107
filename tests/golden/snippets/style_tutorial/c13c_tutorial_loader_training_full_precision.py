import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(17)
X = torch.rand(40, 2) * 4 - 2
y = (X[:, 0] * X[:, 1] > 0).float().unsqueeze(1)
loader = DataLoader(TensorDataset(X, y), batch_size=10, shuffle=True)

model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
loss_fn = nn.BCEWithLogitsLoss()
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for epoch in range(3):
    running = 0.0
    for xb, yb in loader:
        opt.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()
        running += loss.item() * len(xb)
        print("  batch loss", loss.item())
    print(f"epoch {epoch} mean loss {running / len(X)}")
with torch.no_grad():
    acc = ((model(X) > 0).float() == y).float().mean()
print("accuracy", acc)
