# Trying several activations in the same tabular MLP and printing the final loss
import torch
from torch import nn

X = torch.linspace(-3, 3, 64).unsqueeze(1)
y = torch.sin(X) + 0.3 * X
for name, act in [("relu", nn.ReLU()), ("gelu", nn.GELU()), ("gelu_tanh", nn.GELU(approximate="tanh")),
                  ("silu", nn.SiLU()), ("mish", nn.Mish()), ("elu", nn.ELU()), ("softplus", nn.Softplus())]:
    torch.manual_seed(0)
    net = nn.Sequential(nn.Linear(1, 16), act, nn.Linear(16, 1))
    opt = torch.optim.Adam(net.parameters(), lr=0.03)
    for _ in range(60):
        opt.zero_grad()
        loss = ((net(X) - y) ** 2).mean()
        loss.backward()
        opt.step()
    print(f"{name:<10} {loss.item():.6f}")
