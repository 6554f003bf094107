# Optimization tutorial: train_loop / test_loop functions over random data with hyperparameters set up front.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

learning_rate = 5e-2
batch_size = 8
epochs = 3
torch.manual_seed(33)
X = torch.randn(40, 6)
Y = (X[:, 0] + X[:, 1] > 0).long()
train_loader = DataLoader(TensorDataset(X[:32], Y[:32]), batch_size=batch_size, shuffle=True)
test_loader = DataLoader(TensorDataset(X[32:], Y[32:]), batch_size=batch_size)
model = nn.Sequential(nn.Linear(6, 16), nn.Tanh(), nn.Linear(16, 2))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)


def train_loop(dataloader, model, loss_fn, optimizer):
    model.train()
    for batch, (x, y) in enumerate(dataloader):
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
    return loss.item()


for t in range(epochs):
    last = train_loop(train_loader, model, loss_fn, optimizer)
    with torch.no_grad():
        pred = model(X[32:])
        print(f"Epoch {t + 1} last batch loss {last:>7f} test loss {loss_fn(pred, Y[32:]).item():>8f}")
        print((pred.argmax(1) == Y[32:]).type(torch.float).sum().item())
print("Done!")
