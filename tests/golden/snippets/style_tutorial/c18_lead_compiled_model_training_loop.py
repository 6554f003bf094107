import torch
import torch.nn as nn

torch.manual_seed(0)
X = torch.randn(64, 3)
y = X @ torch.tensor([[1.5], [-2.0], [0.5]]) + 0.1
model = nn.Sequential(nn.Linear(3, 16), nn.Tanh(), nn.Linear(16, 1))
model = torch.compile(model)
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
loss_fn = nn.MSELoss()
for epoch in range(30):
    optimizer.zero_grad()
    loss = loss_fn(model(X), y)
    loss.backward()
    optimizer.step()
    if epoch % 10 == 0:
        print(f"epoch {epoch:2d}  loss {loss.item():.4f}")
print(f"final loss {loss.item():.4f}")
print(round(model._orig_mod[0].weight.grad.abs().sum().item(), 3))
with torch.no_grad():
    print(model(torch.tensor([[1.0, 1.0, 1.0]])).round(decimals=2))
print(loss.grad_fn)
