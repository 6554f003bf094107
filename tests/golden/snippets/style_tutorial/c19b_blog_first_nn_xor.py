# Build your first neural network: XOR
import torch
import torch.nn as nn

torch.manual_seed(7)
X = torch.tensor([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])
Y = torch.tensor([[0.], [1.], [1.], [0.]])
net = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1), nn.Sigmoid())
opt = torch.optim.Adam(net.parameters(), lr=0.05)
loss_fn = nn.BCELoss()
for step in range(300):
    opt.zero_grad()
    loss = loss_fn(net(X), Y)
    loss.backward()
    opt.step()
    if step % 100 == 0:
        print(f"step {step}, loss {loss.item():.4f}")
with torch.no_grad():
    print(net(X).round().squeeze())
print(net)
