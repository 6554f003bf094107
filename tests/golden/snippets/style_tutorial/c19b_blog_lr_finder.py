# A tiny learning-rate finder
import torch
import torch.nn as nn

torch.manual_seed(0)
X = torch.randn(32, 4)
y = X @ torch.tensor([[1.0], [-1.0], [0.5], [2.0]])
for lr in [1e-3, 1e-2, 1e-1, 1.0]:
    torch.manual_seed(1)
    model = nn.Linear(4, 1)
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for _ in range(10):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(X), y)
        loss.backward()
        opt.step()
    print(f"lr={lr:<6} final loss={loss.item():.4e}")
