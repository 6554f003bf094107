# Adagrad on a linear fit: parameters and optimizer state after a few steps
import torch
from torch import nn

torch.manual_seed(1620)
model = nn.Linear(2, 1)
opt = torch.optim.Adagrad(model.parameters(), lr=0.3)
x = torch.randn(12, 2)
y = x @ torch.tensor([[0.7], [-1.2]]) + 0.3
for step in range(5):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    print(step, loss.item())
state = opt.state[model.weight]
print(sorted(state.keys()), state["step"], state["sum"])
print(model.weight, model.bias)
