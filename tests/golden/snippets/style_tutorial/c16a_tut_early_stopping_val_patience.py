# Early stopping on validation loss with patience 2; best state kept by deepcopy
import copy
import torch
from torch import nn

torch.manual_seed(1633)
Xtr, Xva = torch.randn(30, 2), torch.randn(10, 2)
f = lambda x: (x[:, :1] * x[:, 1:]) 
ytr, yva = f(Xtr), f(Xva)
model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 1))
opt = torch.optim.Adam(model.parameters(), lr=0.2)
best, best_state, bad = float("inf"), None, 0
for epoch in range(30):
    opt.zero_grad()
    nn.functional.mse_loss(model(Xtr), ytr).backward()
    opt.step()
    with torch.no_grad():
        val = nn.functional.mse_loss(model(Xva), yva).item()
    if val < best:
        best, best_state, bad = val, copy.deepcopy(model.state_dict()), 0
    else:
        bad += 1
    print(epoch, val, bad)
    if bad >= 2:
        break
model.load_state_dict(best_state)
print(best, nn.functional.mse_loss(model(Xva), yva).item())
