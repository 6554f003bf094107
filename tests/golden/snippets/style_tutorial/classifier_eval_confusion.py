# Training a small classifier on blobs, then evaluating with model.eval(), no_grad and a confusion matrix.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(42)
centers = torch.tensor([[2.0, 2.0], [-2.0, 2.0], [0.0, -2.0]])
X = torch.cat([c + 0.8 * torch.randn(30, 2) for c in centers])
y = torch.arange(3).repeat_interleave(30)
loader = DataLoader(TensorDataset(X, y), batch_size=16, shuffle=True)
model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 3))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(5):
    model.train()
    total, correct, running = 0, 0, 0.0
    for xb, yb in loader:
        pred = model(xb)
        loss = loss_fn(pred, yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        running += loss.item() * len(xb)
        correct += (pred.argmax(1) == yb).type(torch.float).sum().item()
        total += len(xb)
    print(f"epoch {epoch + 1}: loss {running / total:>7f}  acc {100 * correct / total:>0.1f}%")
model.eval()
with torch.no_grad():
    preds = model(X).argmax(dim=1)
confusion = torch.bincount(y * 3 + preds, minlength=9).reshape(3, 3)
print(confusion)
print(confusion.diag().sum().item() / confusion.sum().item())
