# Q: my loss becomes inf then nan. A: the learning rate is too high for unnormalised features.
import torch
import torch.nn as nn

torch.manual_seed(26)
x = torch.rand(20, 1) * 100
y = 3 * x + 7
model = nn.Linear(1, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.01)
for step in range(8):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    print(step, loss.item())
print(torch.isnan(model.weight).any().item(), torch.isfinite(model.weight).all().item())
xn = (x - x.mean()) / x.std()
torch.manual_seed(26)
model = nn.Linear(1, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(40):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(xn), y)
    loss.backward()
    opt.step()
print(f"normalised: {loss.item():.3f}")
