# Linear regression the PyTorch way (nn.Linear + optim)
import torch
from torch import nn

torch.manual_seed(1)
hours = torch.linspace(0, 1, 20).reshape(-1, 1)
score = 2 * hours - 1
reg = nn.Linear(in_features=1, out_features=1)
mse = nn.MSELoss()
sgd = torch.optim.SGD(reg.parameters(), lr=0.5)
for epoch in range(1, 101):
    sgd.zero_grad()
    cost = mse(reg(hours), score)
    cost.backward()
    sgd.step()
    if epoch % 25 == 0:
        print(f"[{epoch:>3}/100] cost={cost.item():.6f}")
print(f"slope={reg.weight.item():.4f} intercept={reg.bias.item():.4f}")
print(reg.state_dict())
