import torch
import torch.nn as nn

torch.manual_seed(21)
disc = nn.Sequential(nn.Linear(3, 6), nn.Softplus(), nn.Linear(6, 1))
pts = torch.randn(5, 3, requires_grad=True)
scores = disc(pts)
dx, = torch.autograd.grad(scores, pts, grad_outputs=torch.ones_like(scores), create_graph=True)
print(tuple(dx.shape), dx.grad_fn is not None)
r1 = 0.5 * dx.pow(2).sum(dim=1).mean()
print(f"R1 penalty {r1.item():.6f}")
r1.backward()
for name, p in disc.named_parameters():
    print(name, None if p.grad is None else f"{p.grad.norm().item():.6f}")
print(pts.grad.shape)
