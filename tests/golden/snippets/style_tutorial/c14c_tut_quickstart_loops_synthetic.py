# Quickstart-style train/evaluate functions, but on a synthetic 3-class table instead of images.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(8)
X = torch.randn(120, 4)
y = (X[:, 0] + 2 * X[:, 1] > 0).long() + (X[:, 2] > 1).long()
train_loader = DataLoader(TensorDataset(X[:96], y[:96]), batch_size=16, shuffle=True)
eval_loader = DataLoader(TensorDataset(X[96:], y[96:]), batch_size=16)
clf = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))
criterion, sgd = nn.CrossEntropyLoss(), torch.optim.SGD(clf.parameters(), lr=0.1)

def run_epoch(loader):
    for i, (inputs, labels) in enumerate(loader):
        batch_loss = criterion(clf(inputs), labels)
        batch_loss.backward()
        sgd.step()
        sgd.zero_grad()
        print(f"loss: {batch_loss.item():>7f}  [{(i + 1) * len(inputs):>3d}/{len(loader.dataset):>3d}]")

def evaluate(loader):
    clf.eval()
    total, hits = 0.0, 0
    with torch.no_grad():
        for inputs, labels in loader:
            logits = clf(inputs)
            total += criterion(logits, labels).item()
            hits += (logits.argmax(dim=1) == labels).sum().item()
    print(f"Accuracy: {100 * hits / len(loader.dataset):>0.1f}%, Avg loss: {total / len(loader):>8f}")

for epoch in range(3):
    print(f"Epoch {epoch + 1}")
    run_epoch(train_loader)
    evaluate(eval_loader)
