# Quickstart-style loop on synthetic data: losses printed at full precision via .item().
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
X = torch.randn(96, 10)
y = (X[:, 0] + X[:, 1] > 0).long()
train_ds = TensorDataset(X[:64], y[:64])
test_ds = TensorDataset(X[64:], y[64:])
g = torch.Generator().manual_seed(1)
train_dl = DataLoader(train_ds, batch_size=16, shuffle=True, generator=g)
test_dl = DataLoader(test_ds, batch_size=16)

model = nn.Sequential(nn.Linear(10, 16), nn.ReLU(), nn.Linear(16, 2))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

def train(dataloader):
    size = len(dataloader.dataset)
    model.train()
    for batch, (xb, yb) in enumerate(dataloader):
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        print(f"loss: {loss.item()}  [{(batch + 1) * len(xb):>3d}/{size:>3d}]")

def test(dataloader):
    model.eval()
    test_loss, correct = 0, 0
    with torch.no_grad():
        for xb, yb in dataloader:
            pred = model(xb)
            test_loss += loss_fn(pred, yb).item()
            correct += (pred.argmax(1) == yb).type(torch.float).sum().item()
    test_loss /= len(dataloader)
    correct /= len(dataloader.dataset)
    print(f"Test Error: Accuracy: {100 * correct:>0.1f}%, Avg loss: {test_loss:>8f}")
    print("raw avg loss:", test_loss)

for t in range(3):
    print(f"Epoch {t + 1}\n-------------------------------")
    train(train_dl)
    test(test_dl)
print("Done!")
