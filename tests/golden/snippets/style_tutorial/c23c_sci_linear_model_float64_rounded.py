# A float64 linear model trained by SGD on exact data; printed rounded.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.linspace(-1, 1, 11, dtype=torch.float64).unsqueeze(1)
y = 3 * x - 0.5
model = nn.Linear(1, 1).double()
opt = torch.optim.SGD(model.parameters(), lr=0.3)
for _ in range(200):
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print(round(model.weight.item(), 4), round(model.bias.item(), 4), loss.item() < 1e-10)
print(model.weight.dtype, model(x).dtype)
