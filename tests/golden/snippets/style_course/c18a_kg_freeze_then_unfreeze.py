# Train the head only, then unfreeze the body with a smaller learning rate
import torch
from torch import nn

torch.manual_seed(2)
body = nn.Sequential(nn.Linear(4, 8), nn.ReLU())
head = nn.Linear(8, 1)
X, y = torch.randn(50, 4), torch.randn(50, 1)
for p in body.parameters():
    p.requires_grad_(False)
opt = torch.optim.Adam(head.parameters(), lr=0.05)
for _ in range(20):
    opt.zero_grad(); loss = nn.functional.mse_loss(head(body(X)), y); loss.backward(); opt.step()
print(f"head only: {loss.item():.5f}", body[0].weight.grad)
for p in body.parameters():
    p.requires_grad_(True)
opt = torch.optim.Adam([{"params": head.parameters()}, {"params": body.parameters(), "lr": 0.005}], lr=0.05)
for _ in range(20):
    opt.zero_grad(); loss = nn.functional.mse_loss(head(body(X)), y); loss.backward(); opt.step()
print(f"all layers: {loss.item():.5f}", [g["lr"] for g in opt.param_groups])
