# Regression with outliers: MSE vs L1 vs Huber losses, trained with SGD; the fitted slopes differ.
import torch
import torch.nn as nn

torch.manual_seed(1)
x = torch.linspace(0, 1, 30).unsqueeze(1)
y = 2 * x + 1 + 0.05 * torch.randn(30, 1)
y[[5, 17, 25]] += torch.tensor([[4.0], [-3.0], [5.0]])
results = {}
for name, loss_fn in [("mse", nn.MSELoss()), ("l1", nn.L1Loss()), ("huber", nn.HuberLoss(delta=0.5))]:
    torch.manual_seed(0)
    model = nn.Linear(1, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for epoch in range(300):
        opt.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        opt.step()
    results[name] = (model.weight.item(), model.bias.item(), loss.item())
for k, (w, b, l) in results.items():
    print(f"{k:6s} w={w:.4f} b={b:.4f} final loss={l:.4f}")
residuals = (y - (2 * x + 1)).squeeze()
print(residuals.abs().topk(3).indices.sort().values)
