# Quantile regression with the pinball loss for several quantiles on heteroscedastic synthetic data.
import torch

g = torch.Generator().manual_seed(0)
x = torch.linspace(0, 1, 80).unsqueeze(1)
y = 2 * x + (0.2 + x) * torch.randn(80, 1, generator=g)

def pinball(pred, target, q):
    err = target - pred
    return torch.maximum(q * err, (q - 1) * err).mean()

for q in [0.1, 0.5, 0.9]:
    torch.manual_seed(0)
    model = torch.nn.Linear(1, 1)
    opt = torch.optim.Adam(model.parameters(), lr=0.05)
    for epoch in range(300):
        opt.zero_grad()
        loss = pinball(model(x), y, q)
        loss.backward()
        opt.step()
    cover = (y <= model(x)).float().mean().item()
    print(f"q={q}: loss {loss.item():.5f} w {model.weight.item():.4f} b {model.bias.item():.4f} coverage {cover:.3f}")
print(torch.quantile(y, torch.tensor([0.1, 0.5, 0.9])), y.median(), torch.nanquantile(y.flatten(), 0.25))
print(torch.quantile(y.flatten(), 0.3, interpolation="lower"), torch.quantile(y.flatten(), 0.3, interpolation="midpoint"))
