# OneCycleLR stepped once per batch inside a DataLoader loop
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(1680)
X = torch.randn(24, 3)
y = X @ torch.tensor([[1.0], [-1.0], [0.5]])
loader = DataLoader(TensorDataset(X, y), batch_size=8)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.3, epochs=3, steps_per_epoch=len(loader))
for epoch in range(3):
    for xb, yb in loader:
        loss = nn.functional.mse_loss(model(xb), yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
        g = opt.param_groups[0]
        print(epoch, round(g["lr"], 10), round(g["momentum"], 10), loss.item())
