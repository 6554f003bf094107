# Quickstart train() and test() on a random stand-in for FashionMNIST.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(13)
X, Y = torch.rand(64, 1, 4, 4), torch.randint(0, 3, (64,))
dataloader = DataLoader(TensorDataset(X, Y), batch_size=16)
model = nn.Sequential(nn.Flatten(), nn.Linear(16, 8), nn.ReLU(), nn.Linear(8, 3))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=1e-1)
size = len(dataloader.dataset)
for t in range(2):
    print(f"Epoch {t+1}\n-------------------------------")
    model.train()
    for batch, (X, y) in enumerate(dataloader):
        loss = loss_fn(model(X), y)
        loss.backward(); optimizer.step(); optimizer.zero_grad()
        if batch % 2 == 0:
            loss, current = loss.item(), (batch + 1) * len(X)
            print(f"loss: {loss:>7f}  [{current:>5d}/{size:>5d}]")
    model.eval()
    test_loss, correct = 0, 0
    with torch.no_grad():
        for X, y in dataloader:
            pred = model(X)
            test_loss += loss_fn(pred, y).item()
            correct += (pred.argmax(1) == y).type(torch.float).sum().item()
    print(f"Accuracy: {(100*correct/size):>0.1f}%, Avg loss: {test_loss/len(dataloader):>8f}")
