# Three Gaussian blobs: random_split, train/val loaders, accuracy each epoch
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(404)
centers = torch.tensor([[0.0, 3.0], [3.0, -2.0], [-3.0, -2.0]])
y = torch.randint(0, 3, (90,))
X = centers[y] + torch.randn(90, 2)
train_ds, val_ds = random_split(TensorDataset(X, y), [72, 18])
train_dl = DataLoader(train_ds, batch_size=16, shuffle=True)
val_dl = DataLoader(val_ds, batch_size=18)
model = nn.Sequential(nn.Linear(2, 10), nn.ReLU(), nn.Linear(10, 3))
opt = torch.optim.Adam(model.parameters(), lr=0.05)
for epoch in range(4):
    model.train()
    for xb, yb in train_dl:
        loss = nn.functional.cross_entropy(model(xb), yb)
        opt.zero_grad(); loss.backward(); opt.step()
    model.eval()
    correct = 0
    with torch.no_grad():
        for xb, yb in val_dl:
            correct += (model(xb).argmax(dim=1) == yb).sum().item()
    print(f"epoch {epoch}: last train loss {loss.item():.4f}, val acc {correct}/{len(val_ds)} = {100 * correct / len(val_ds):.1f}%")
