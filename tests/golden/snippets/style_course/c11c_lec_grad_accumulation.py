# Lecture: gradient accumulation - 4 micro-batches of 8 give the same gradient as one batch of 32.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(5, 1)
X = torch.randn(32, 5)
y = X @ torch.tensor([[1.0], [-2.0], [0.5], [0.0], [3.0]]) + 0.1
loss_fn = nn.MSELoss()

loss_fn(model(X), y).backward()
full_w = model.weight.grad.clone()
full_b = model.bias.grad.clone()
model.zero_grad()
for i in range(4):
    xb, yb = X[i * 8:(i + 1) * 8], y[i * 8:(i + 1) * 8]
    loss = loss_fn(model(xb), yb) / 4
    loss.backward()
    print(f"micro-batch {i} loss {loss.item():.6f} running |grad| {model.weight.grad.norm().item():.6f}")
print(full_w)
print(model.weight.grad)
print((full_w - model.weight.grad).abs().max().item(), (full_b - model.bias.grad).abs().max().item())
opt = torch.optim.SGD(model.parameters(), lr=0.1)
opt.step()
print(model.weight.data, model.bias.data)
