# Concise linear regression, textbook style: dataset and loader from the utils, a one-layer model
# with in-place init, MSE and SGD; then the closed-form least-squares solution for comparison.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(2)
w_true = torch.tensor([-1.2, 0.8])
feats = torch.normal(0, 1, (300, 2))
targets = (feats @ w_true + 5.0 + torch.normal(0, 0.01, (300,))).reshape(-1, 1)
loader = DataLoader(TensorDataset(feats, targets), batch_size=10, shuffle=True)
xb0, yb0 = next(iter(loader))
print(xb0.shape, yb0.shape)
layer = nn.Linear(2, 1)
nn.init.normal_(layer.weight, std=0.01)
nn.init.zeros_(layer.bias)
mse = nn.MSELoss()
opt = torch.optim.SGD(layer.parameters(), lr=0.03)
for ep in range(3):
    for xb, yb in loader:
        opt.zero_grad()
        mse(layer(xb), yb).backward()
        opt.step()
    with torch.no_grad():
        print(f'epoch {ep + 1}, loss {mse(layer(feats), targets):f}')
print(layer.weight.data, layer.bias.data)
design = torch.cat([feats, torch.ones(300, 1)], dim=1).double()
coef = torch.linalg.lstsq(design, targets.double()).solution
print(coef.squeeze(), coef.dtype)
