# Stopping when the loss becomes NaN/inf with a too-large learning rate
import math
import torch
from torch import nn

torch.manual_seed(1)
X = torch.randn(32, 3) * 10
y = X.sum(1, keepdim=True)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for epoch in range(50):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X), y)
    if not math.isfinite(loss.item()):
        print(f"epoch {epoch}: loss is {loss.item()}, stopping")
        break
    loss.backward()
    opt.step()
    print(f"epoch {epoch}: {loss.item():.4g}")
print(torch.isnan(model.weight).any(), model.weight)
