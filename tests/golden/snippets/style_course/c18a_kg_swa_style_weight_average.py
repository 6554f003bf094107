# Averaging weights from the last epochs (SWA by hand)
import torch
from torch import nn

torch.manual_seed(4)
X = torch.randn(64, 3); y = X @ torch.tensor([[1.0], [2.0], [-1.0]])
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
snapshots = []
for epoch in range(12):
    opt.zero_grad(); nn.functional.mse_loss(model(X), y).backward(); opt.step()
    if epoch >= 8:
        snapshots.append({k: v.clone() for k, v in model.state_dict().items()})
avg = {k: torch.stack([s[k] for s in snapshots]).mean(0) for k in snapshots[0]}
model.load_state_dict(avg)
print(avg["weight"])
print(f"loss with averaged weights {nn.functional.mse_loss(model(X), y).item():.5f}")
