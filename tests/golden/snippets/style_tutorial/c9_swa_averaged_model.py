# Stochastic weight averaging: AveragedModel, SWALR, and update_bn on a loader.
import torch
import torch.nn as nn
from torch.optim.swa_utils import SWALR, AveragedModel, update_bn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
X = torch.randn(128, 4)
y = X @ torch.tensor([[1.0], [-1.0], [2.0], [0.5]])
loader = DataLoader(TensorDataset(X, y), batch_size=32, shuffle=True)
model = nn.Sequential(nn.Linear(4, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Linear(16, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.05)
swa_model = AveragedModel(model)
swa_sched = SWALR(opt, swa_lr=0.01, anneal_epochs=2)
for epoch in range(6):
    for xb, yb in loader:
        opt.zero_grad()
        nn.functional.mse_loss(model(xb), yb).backward()
        opt.step()
    if epoch >= 3:
        swa_model.update_parameters(model)
        swa_sched.step()
    print(epoch, opt.param_groups[0]["lr"], swa_model.n_averaged)
update_bn(loader, swa_model)
swa_model.eval()
with torch.no_grad():
    print(nn.functional.mse_loss(swa_model(X), y).item() < 5)
print(type(swa_model.module).__name__, list(swa_model.state_dict().keys())[:3])
