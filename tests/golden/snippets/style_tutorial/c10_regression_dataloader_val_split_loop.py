# The typical regression script: random_split into train/val, DataLoaders, a train and a validate function.
import torch
from torch import nn
from torch.utils.data import TensorDataset, DataLoader, random_split

torch.manual_seed(42)
X = torch.rand(100, 3)
y = (X @ torch.tensor([[1.0], [-2.0], [0.5]]) + 0.3 + 0.05 * torch.randn(100, 1))
ds = TensorDataset(X, y)
train_ds, val_ds = random_split(ds, [80, 20], generator=torch.Generator().manual_seed(0))
print(len(train_ds), len(val_ds), train_ds.indices[:5])
train_dl = DataLoader(train_ds, batch_size=16, shuffle=True, generator=torch.Generator().manual_seed(1))
val_dl = DataLoader(val_ds, batch_size=20)
model = nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Linear(16, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss_fn = nn.MSELoss()

def train_one_epoch():
    model.train()
    total = 0.0
    for xb, yb in train_dl:
        opt.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()
        total += loss.item() * len(xb)
    return total / len(train_dl.dataset)

def validate():
    model.eval()
    with torch.no_grad():
        return sum(loss_fn(model(xb), yb).item() for xb, yb in val_dl) / len(val_dl)

for epoch in range(5):
    print(f"epoch {epoch+1} train {train_one_epoch():.6f} val {validate():.6f}")
