# Quickstart-style training on synthetic 28x28 "images": train/test loops with the tutorial's printing.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

g = torch.Generator().manual_seed(0)
X = torch.rand(96, 1, 28, 28, generator=g)
y = (X.mean(dim=(1, 2, 3)) > 0.5).long() + 2 * (X[:, 0, 0, 0] > 0.5).long()
train_dataloader = DataLoader(TensorDataset(X[:64], y[:64]), batch_size=16)
test_dataloader = DataLoader(TensorDataset(X[64:], y[64:]), batch_size=16)

class NeuralNetwork(nn.Module):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(nn.Linear(28 * 28, 32), nn.ReLU(), nn.Linear(32, 4))

    def forward(self, x):
        return self.linear_relu_stack(self.flatten(x))

torch.manual_seed(0)
model = NeuralNetwork()
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=1e-1)

def train(dataloader):
    size = len(dataloader.dataset)
    model.train()
    for batch, (Xb, yb) in enumerate(dataloader):
        loss = loss_fn(model(Xb), yb)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        if batch % 2 == 0:
            loss, current = loss.item(), (batch + 1) * len(Xb)
            print(f"loss: {loss:>7f}  [{current:>5d}/{size:>5d}]")

def test(dataloader):
    model.eval()
    test_loss, correct = 0, 0
    with torch.no_grad():
        for Xb, yb in dataloader:
            pred = model(Xb)
            test_loss += loss_fn(pred, yb).item()
            correct += (pred.argmax(1) == yb).type(torch.float).sum().item()
    test_loss /= len(dataloader)
    correct /= len(dataloader.dataset)
    print(f"Test Error: \n Accuracy: {(100*correct):>0.1f}%, Avg loss: {test_loss:>8f} \n")

for t in range(2):
    print(f"Epoch {t+1}\n-------------------------------")
    train(train_dataloader)
    test(test_dataloader)
print("Done!")
