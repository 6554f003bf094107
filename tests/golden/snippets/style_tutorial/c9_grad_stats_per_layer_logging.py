# Logging gradient statistics per layer during training (mean, std, max abs, norm ratio to weights).
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.Tanh(), nn.Linear(16, 16), nn.Tanh(), nn.Linear(16, 1))
x = torch.randn(64, 8)
y = (x[:, :2].sum(1, keepdim=True) > 0).float()
opt = torch.optim.SGD(model.parameters(), lr=0.5)
loss_fn = nn.BCEWithLogitsLoss()
for step in range(3):
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    print(f"step {step} loss {loss.item():.4f}")
    for name, p in model.named_parameters():
        if p.ndim == 2:
            g = p.grad
            print(f"  {name:9s} mean {g.mean().item():+.2e} std {g.std().item():.2e} "
                  f"max {g.abs().max().item():.2e} ratio {(g.norm() / p.norm()).item():.2e}")
    opt.step()
acts = {}
for i, layer in enumerate(model):
    if isinstance(layer, nn.Tanh):
        layer.register_forward_hook(lambda m, inp, out, i=i: acts.__setitem__(i, out.detach()))
model(x)
for i, a in acts.items():
    print(i, f"mean {a.mean().item():+.4f} std {a.std().item():.4f} saturated {(a.abs() > 0.97).float().mean().item():.4f}")
