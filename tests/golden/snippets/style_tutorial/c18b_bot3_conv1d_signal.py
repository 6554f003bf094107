"""Detecting a bump in a 1-D signal with Conv1d."""
import torch
import torch.nn as nn

torch.manual_seed(0)
signals = torch.randn(16, 1, 20) * 0.3
labels = torch.zeros(16)
signals[::2, 0, 8:12] += 2.0
labels[::2] = 1.0

model = nn.Sequential(nn.Conv1d(1, 4, kernel_size=5, padding=2), nn.ReLU(),
                      nn.AdaptiveMaxPool1d(1), nn.Flatten(), nn.Linear(4, 1))
opt = torch.optim.Adam(model.parameters(), lr=0.05)
for epoch in range(20):
    opt.zero_grad()
    loss = nn.functional.binary_cross_entropy_with_logits(model(signals).squeeze(1), labels)
    loss.backward()
    opt.step()
print(f"final loss {loss.item():.6f}")
print(model(signals).squeeze(1)[:4].detach())
