# Practice 10: gradient accumulation over 2 micro-batches equals one full batch
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
X, y = torch.randn(8, 3), torch.randn(8, 1)
nn.functional.mse_loss(model(X), y).backward()
full = model.weight.grad.clone()
model.zero_grad()
for xb, yb in zip(X.split(4), y.split(4)):
    (nn.functional.mse_loss(model(xb), yb) / 2).backward()
print(full)
print(model.weight.grad)
print(torch.allclose(full, model.weight.grad, atol=1e-6))
