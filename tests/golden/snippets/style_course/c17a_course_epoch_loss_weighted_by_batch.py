# Epoch loss as a sample-weighted average when the last batch is smaller
import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(88)
X, y = torch.randn(10, 1), torch.randn(10, 1)
w = torch.zeros(1, 1, requires_grad=True)
loader = DataLoader(TensorDataset(X, y), batch_size=4)
running, naive, batches = 0.0, 0.0, 0
for xb, yb in loader:
    loss = ((xb @ w - yb) ** 2).mean()
    running += loss.item() * xb.size(0)
    naive += loss.item()
    batches += 1
print(f"weighted {running / len(loader.dataset):.6f} vs naive {naive / batches:.6f}")
print(f"full {((X @ w - y) ** 2).mean().item():.6f}", len(loader.dataset), batches)
