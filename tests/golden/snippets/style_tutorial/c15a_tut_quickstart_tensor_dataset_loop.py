# Quickstart-style train/test loop on a TensorDataset of fake 4x4 "images"
import torch
from torch import nn
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(5)
X = torch.rand(40, 1, 4, 4)
y = (X.mean(dim=(1, 2, 3)) > 0.5).long() + (X[:, 0, 0, 0] > 0.7).long()
train_dl = DataLoader(TensorDataset(X[:32], y[:32]), batch_size=8, shuffle=True)
test_dl = DataLoader(TensorDataset(X[32:], y[32:]), batch_size=4)
model = nn.Sequential(nn.Flatten(), nn.Linear(16, 12), nn.ReLU(), nn.Linear(12, 3))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.3)
for t in range(3):
    print(f"Epoch {t+1}\n-------------------------------")
    model.train()
    for batch, (xb, yb) in enumerate(train_dl):
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        if batch % 2 == 0:
            print(f"loss: {loss.item():>7f}  [{(batch + 1) * len(xb):>3d}/{len(train_dl.dataset):>3d}]")
    model.eval()
    test_loss, correct = 0, 0
    with torch.no_grad():
        for xb, yb in test_dl:
            pred = model(xb)
            test_loss += loss_fn(pred, yb).item()
            correct += (pred.argmax(1) == yb).type(torch.float).sum().item()
    print(f"Test Error: \n Accuracy: {(100*correct/len(test_dl.dataset)):>0.1f}%, Avg loss: {test_loss/len(test_dl):>8f} \n")
print(test_loss)
