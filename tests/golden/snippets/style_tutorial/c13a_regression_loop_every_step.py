# The simplest training loop, printing loss.item() at every step (what learners paste first).
import torch
import torch.nn as nn

torch.manual_seed(42)
x = torch.linspace(-1, 1, 20).unsqueeze(1)
y = 3 * x - 0.5 + 0.05 * torch.randn(20, 1)
model = nn.Linear(1, 1)
criterion = nn.MSELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.1)
for step in range(12):
    pred = model(x)
    loss = criterion(pred, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print(f"step {step + 1:2d}  loss = {loss.item()}")
print("w", model.weight.item(), "b", model.bias.item())
print(model.weight.grad, model.bias.grad)
