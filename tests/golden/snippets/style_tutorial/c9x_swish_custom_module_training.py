# Defining an activation as an nn.Module (x * sigmoid(x)) and comparing with nn.SiLU in training.
import torch
import torch.nn as nn

class Swish(nn.Module):
    def forward(self, x):
        return x * torch.sigmoid(x)

torch.manual_seed(2)
x = torch.linspace(-3, 3, 7)
print(Swish()(x))
print(nn.SiLU()(x))
print(torch.allclose(Swish()(x), nn.SiLU()(x)))
X = torch.randn(100, 2)
y = (X[:, 0] * X[:, 1] > 0).long()
for act in (Swish(), nn.SiLU()):
    torch.manual_seed(0)
    net = nn.Sequential(nn.Linear(2, 12), act, nn.Linear(12, 2))
    opt = torch.optim.Adam(net.parameters(), lr=0.05)
    for step in range(40):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(net(X), y)
        loss.backward()
        opt.step()
    acc = (net(X).argmax(1) == y).float().mean().item()
    print(type(act).__name__, f"{loss.item():.4f}", acc)
