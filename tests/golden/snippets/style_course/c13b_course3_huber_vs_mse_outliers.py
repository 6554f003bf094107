# Robust regression exercise: line fit with a few outliers under MSE, L1 and Huber losses.
import torch
import torch.nn as nn

torch.manual_seed(98)
x = torch.linspace(-1, 1, 30).unsqueeze(1)
y = 2 * x + 0.5 + 0.05 * torch.randn_like(x)
y[[3, 17, 25]] += torch.tensor([[4.0], [-5.0], [6.0]])
for name, crit in [("mse", nn.MSELoss()), ("l1", nn.L1Loss()), ("huber", nn.HuberLoss(delta=0.5)),
                   ("smoothl1", nn.SmoothL1Loss(beta=0.5))]:
    lin = nn.Linear(1, 1)
    with torch.no_grad():
        lin.weight.fill_(0.0)
        lin.bias.fill_(0.0)
    opt = torch.optim.SGD(lin.parameters(), lr=0.1)
    for _ in range(200):
        loss = crit(lin(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(f"{name:8s} w={lin.weight.item():.5f} b={lin.bias.item():.5f} loss={loss.item():.5f}")
r = torch.tensor([-2.0, -0.5, 0.0, 0.3, 1.0])
print(nn.HuberLoss(reduction="none", delta=0.5)(r, torch.zeros(5)))
print(nn.SmoothL1Loss(reduction="none", beta=0.5)(r, torch.zeros(5)))
