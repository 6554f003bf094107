# Fitting a line with one outlier: MSELoss versus HuberLoss
import torch
from torch import nn

x = torch.arange(8.0).unsqueeze(1)
y = 2 * x + 1
y[6] = 40.0
for loss_fn in (nn.MSELoss(), nn.HuberLoss(delta=1.0), nn.SmoothL1Loss(beta=0.5)):
    torch.manual_seed(1643)
    model = nn.Linear(1, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    for _ in range(50):
        opt.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        opt.step()
    print(type(loss_fn).__name__, loss.item(), model.weight.item(), model.bias.item())
