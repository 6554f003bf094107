# A small classifier on synthetic Gaussian blobs: train/test loops with SGD+momentum, accuracy per epoch.
import torch
from torch import nn
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(0)
centers = torch.tensor([[2.0, 2.0], [-2.0, 0.0], [0.0, -2.5]])
y = torch.arange(3).repeat_interleave(40)
X = centers[y] + torch.randn(120, 2)
perm = torch.randperm(120)
X, y = X[perm], y[perm]
train_dl = DataLoader(TensorDataset(X[:90], y[:90]), batch_size=16, shuffle=True)
test_dl = DataLoader(TensorDataset(X[90:], y[90:]), batch_size=16)
model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 3))
loss_fn = nn.CrossEntropyLoss()
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)

def train(dl):
    model.train()
    for batch, (xb, yb) in enumerate(dl):
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()
        opt.zero_grad()
    return loss.item()

def test(dl):
    model.eval()
    correct, total_loss = 0, 0.0
    with torch.no_grad():
        for xb, yb in dl:
            pred = model(xb)
            total_loss += loss_fn(pred, yb).item()
            correct += (pred.argmax(1) == yb).type(torch.float).sum().item()
    return correct / len(dl.dataset), total_loss / len(dl)

for epoch in range(4):
    last = train(train_dl)
    acc, tl = test(test_dl)
    print(f"epoch {epoch+1}: last batch loss {last:>7f}  test acc {100*acc:>0.1f}%  avg loss {tl:>8f}")
