# A small network with GELU and SiLU trained for a few steps, as course notebooks do.
import torch
import torch.nn as nn

torch.manual_seed(0)
X = torch.randn(64, 4)
y = (X[:, :1] * 2 - X[:, 1:2]).tanh()
model = nn.Sequential(nn.Linear(4, 16), nn.GELU(), nn.Linear(16, 16), nn.SiLU(), nn.Linear(16, 1))
print(model)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(20):
    loss = ((model(X) - y) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 5 == 0:
        print(step, f"{loss.item():.4f}")
print(model[1](torch.tensor([-1.0, 0.0, 1.0])), model[3](torch.tensor([-1.0, 0.0, 1.0])))
