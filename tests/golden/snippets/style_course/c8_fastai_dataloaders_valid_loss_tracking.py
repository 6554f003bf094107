# fastai-style fit loop with a train/valid split from randperm, tracking valid loss and accuracy per epoch.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(42)
X = torch.randn(150, 4)
w_true = torch.tensor([1.5, -2.0, 0.5, 0.0])
y = (X @ w_true + 0.3 * torch.randn(150) > 0).long()
idx = torch.randperm(len(X))
train_idx, valid_idx = idx[:120], idx[120:]
train_dl = DataLoader(TensorDataset(X[train_idx], y[train_idx]), batch_size=32, shuffle=True)
valid_dl = DataLoader(TensorDataset(X[valid_idx], y[valid_idx]), batch_size=64)
model = nn.Sequential(nn.Linear(4, 10), nn.ReLU(), nn.Linear(10, 2))
opt = torch.optim.Adam(model.parameters(), lr=0.02)
loss_func = nn.CrossEntropyLoss()
for epoch in range(4):
    model.train()
    for xb, yb in train_dl:
        loss = loss_func(model(xb), yb)
        loss.backward()
        opt.step()
        opt.zero_grad()
    model.eval()
    with torch.no_grad():
        tot_loss, tot_acc, count = 0., 0., 0
        for xb, yb in valid_dl:
            pred = model(xb)
            n = len(xb)
            count += n
            tot_loss += loss_func(pred, yb).item() * n
            tot_acc += (pred.argmax(dim=1) == yb).float().sum().item()
    print(epoch, f"{tot_loss / count:.3f}", f"{tot_acc / count:.3f}")
print(len(train_dl), len(valid_dl), train_idx[:5])
