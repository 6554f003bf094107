# Quickstart shape: a Flatten + Linear/ReLU stack trained on random 28x28 "images" with a shuffled DataLoader.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(2)
images = torch.rand(96, 1, 28, 28)
labels = torch.randint(0, 10, (96,))
train_dataloader = DataLoader(TensorDataset(images[:64], labels[:64]), batch_size=16, shuffle=True)
test_dataloader = DataLoader(TensorDataset(images[64:], labels[64:]), batch_size=16)
for X, y in test_dataloader:
    print(f"Shape of X [N, C, H, W]: {X.shape}", f"Shape of y: {y.shape} {y.dtype}")
    break
model = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 64), nn.ReLU(), nn.Linear(64, 10))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=1e-2)
for epoch in range(2):
    size = len(train_dataloader.dataset)
    model.train()
    for batch, (X, y) in enumerate(train_dataloader):
        loss = loss_fn(model(X), y)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        if batch % 2 == 0:
            print(f"loss: {loss.item():>7f}  [{(batch + 1) * len(X):>5d}/{size:>5d}]")
    model.eval()
    test_loss, correct = 0, 0
    with torch.no_grad():
        for X, y in test_dataloader:
            pred = model(X)
            test_loss += loss_fn(pred, y).item()
            correct += (pred.argmax(1) == y).type(torch.float).sum().item()
    print(f"Test Error: \n Accuracy: {(100 * correct / 32):>0.1f}%, Avg loss: {test_loss / len(test_dataloader):>8f} \n")
