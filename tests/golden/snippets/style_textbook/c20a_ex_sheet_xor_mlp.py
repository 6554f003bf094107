# Exercise: a 2-4-1 MLP learns XOR
import torch
import torch.nn as nn

torch.manual_seed(2)
X = torch.tensor([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])
y = torch.tensor([[0.], [1.], [1.], [0.]])
net = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1), nn.Sigmoid())
opt = torch.optim.Adam(net.parameters(), lr=0.05)
for _ in range(300):
    opt.zero_grad()
    loss = nn.functional.binary_cross_entropy(net(X), y)
    loss.backward()
    opt.step()
print(f"{loss.item():.5f}")
print(net(X).detach().round(decimals=2).flatten())
print(sum(p.numel() for p in net.parameters()))
