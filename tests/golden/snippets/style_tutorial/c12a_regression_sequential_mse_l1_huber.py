# Regression with nn.Sequential trained once each with MSELoss, L1Loss and HuberLoss on data with outliers.
import torch
import torch.nn as nn

g = torch.Generator().manual_seed(12)
X = torch.linspace(-2, 2, 40).unsqueeze(1)
y = 1.5 * X - 0.7 + 0.1 * torch.randn(40, 1, generator=g)
y[::9] += 4.0

for crit in [nn.MSELoss(), nn.L1Loss(), nn.HuberLoss(delta=0.5), nn.SmoothL1Loss(beta=0.5)]:
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(1, 1))
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for epoch in range(60):
        opt.zero_grad()
        loss = crit(model(X), y)
        loss.backward()
        opt.step()
    w, b = model[0].weight.item(), model[0].bias.item()
    print(f"{type(crit).__name__:14s} loss={loss.item():.5f} w={w:.4f} b={b:.4f}")
print(nn.HuberLoss(delta=0.5), nn.SmoothL1Loss())
pred = torch.tensor([0.0, 1.0, 3.0])
tgt = torch.tensor([0.2, 2.0, 0.0])
print(nn.HuberLoss(reduction="none", delta=1.0)(pred, tgt))
print(nn.SmoothL1Loss(reduction="none", beta=2.0)(pred, tgt))
print(nn.L1Loss(reduction="sum")(pred, tgt), nn.MSELoss(reduction="none")(pred, tgt))
