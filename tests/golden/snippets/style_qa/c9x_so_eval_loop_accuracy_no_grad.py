# Q: how to compute validation loss and accuracy correctly: eval(), no_grad, sum over batches, divide by dataset size.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
X = torch.randn(50, 6)
y = (X[:, 0] > 0).long() + (X[:, 1] > 0).long()
ds = TensorDataset(X, y)
loader = DataLoader(ds, batch_size=16)
model = nn.Sequential(nn.Linear(6, 16), nn.ReLU(), nn.Dropout(0.2), nn.Linear(16, 3))
criterion = nn.CrossEntropyLoss(reduction="sum")

def evaluate(model, loader):
    model.eval()
    total_loss, correct = 0.0, 0
    with torch.no_grad():
        for xb, yb in loader:
            out = model(xb)
            total_loss += criterion(out, yb).item()
            correct += (out.argmax(1) == yb).sum().item()
    model.train()
    n = len(loader.dataset)
    return total_loss / n, correct / n

print(evaluate(model, loader))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(5):
    for xb, yb in loader:
        loss = criterion(model(xb), yb) / len(xb)
        opt.zero_grad()
        loss.backward()
        opt.step()
    vl, acc = evaluate(model, loader)
    print(f"epoch {epoch}: val loss {vl:.4f} acc {acc:.2%}")
print(model.training, len(loader), len(loader.dataset))
