# Separate train() and evaluate() functions called once per epoch
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

def train(model, loader, opt):
    model.train()
    total = 0.0
    for xb, yb in loader:
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(xb), yb)
        loss.backward()
        opt.step()
        total += loss.item()
    return total / len(loader)
@torch.no_grad()
def evaluate(model, loader):
    model.eval()
    correct = sum((model(xb).argmax(1) == yb).sum().item() for xb, yb in loader)
    return correct / len(loader.dataset)

torch.manual_seed(1645)
X = torch.randn(30, 4)
y = (X[:, 0] > X[:, 1]).long()
train_dl = DataLoader(TensorDataset(X[:20], y[:20]), batch_size=5, shuffle=True)
test_dl = DataLoader(TensorDataset(X[20:], y[20:]), batch_size=5)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
opt = torch.optim.Adam(model.parameters(), lr=0.02)
for epoch in range(4):
    print(epoch, train(model, train_dl, opt), evaluate(model, test_dl))
