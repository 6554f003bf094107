# fastai-like fit loop printing an epoch table: train_loss, valid_loss, accuracy, with DataLoaders.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(42)
X = torch.randn(200, 5)
y = (X[:, 0] - X[:, 1] + 0.5 * X[:, 2] > 0).long()
train_ds = TensorDataset(X[:160], y[:160])
valid_ds = TensorDataset(X[160:], y[160:])
train_dl = DataLoader(train_ds, batch_size=32, shuffle=True)
valid_dl = DataLoader(valid_ds, batch_size=64)
model = nn.Sequential(nn.Linear(5, 16), nn.ReLU(), nn.Linear(16, 2))
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
loss_func = nn.CrossEntropyLoss()
print(f"{'epoch':<6}{'train_loss':<12}{'valid_loss':<12}{'accuracy':<10}")
for epoch in range(4):
    model.train()
    tot, n = 0.0, 0
    for xb, yb in train_dl:
        loss = loss_func(model(xb), yb)
        loss.backward()
        opt.step()
        opt.zero_grad()
        tot += loss.item() * len(xb)
        n += len(xb)
    model.eval()
    with torch.no_grad():
        vl, correct, m = 0.0, 0, 0
        for xb, yb in valid_dl:
            out = model(xb)
            vl += loss_func(out, yb).item() * len(xb)
            correct += (out.argmax(1) == yb).sum().item()
            m += len(xb)
    print(f"{epoch:<6}{tot / n:<12.6f}{vl / m:<12.6f}{correct / m:<10.6f}")
print(len(train_dl), len(valid_dl), len(train_ds))
