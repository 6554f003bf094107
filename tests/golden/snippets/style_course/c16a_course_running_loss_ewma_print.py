# Smoothing a noisy minibatch loss with an exponential moving average
import torch
from torch import nn

torch.manual_seed(1678)
X = torch.randn(64, 5)
y = X @ torch.randn(5, 1)
model = nn.Linear(5, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
smooth = None
for step in range(8):
    idx = torch.randint(0, 64, (8,))
    loss = nn.functional.mse_loss(model(X[idx]), y[idx])
    opt.zero_grad()
    loss.backward()
    opt.step()
    smooth = loss.item() if smooth is None else 0.9 * smooth + 0.1 * loss.item()
    print(f"{step:2d} {loss.item():.6f} {smooth:.6f}")
