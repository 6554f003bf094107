"""Early stopping: stop when the validation loss stops improving."""
import torch
import torch.nn as nn

torch.manual_seed(0)
x_train, x_val = torch.randn(40, 2), torch.randn(10, 2)
f = lambda x: (x[:, :1] * 1.5 - x[:, 1:] * 0.5)
y_train, y_val = f(x_train) + 0.1 * torch.randn(40, 1), f(x_val)
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.2)
best, patience, bad = float("inf"), 2, 0
for epoch in range(100):
    opt.zero_grad()
    nn.functional.mse_loss(model(x_train), y_train).backward()
    opt.step()
    with torch.no_grad():
        val = nn.functional.mse_loss(model(x_val), y_val).item()
    if val < best - 1e-4:
        best, bad = val, 0
    else:
        bad += 1
        if bad >= patience:
            print(f"stopping at epoch {epoch}, best val {best:.6f}")
            break
