# Anomaly scores from an autoencoder's per-sample reconstruction error
import torch
from torch import nn

torch.manual_seed(909)
normal = torch.randn(40, 1) @ torch.tensor([[1.0, 2.0, -1.0]]) + 0.05 * torch.randn(40, 3)
ae = nn.Sequential(nn.Linear(3, 1), nn.Linear(1, 3))
opt = torch.optim.Adam(ae.parameters(), lr=0.05)
for _ in range(100):
    opt.zero_grad(); nn.functional.mse_loss(ae(normal), normal).backward(); opt.step()
test = torch.cat([normal[:3], torch.tensor([[1.0, -2.0, 1.0], [0.0, 3.0, 3.0]])])
with torch.no_grad():
    scores = ((ae(test) - test) ** 2).mean(dim=1)
    threshold = ((ae(normal) - normal) ** 2).mean(dim=1).max()
print(scores.round(decimals=3), f"threshold {threshold:.4f}")
print((scores > threshold).tolist(), scores.argmax().item())
