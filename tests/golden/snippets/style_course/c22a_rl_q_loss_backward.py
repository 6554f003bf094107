import torch
import torch.nn as nn

torch.manual_seed(37)
q_net = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 2))
opt = torch.optim.SGD(q_net.parameters(), lr=0.1)
s = torch.randn(4, 2)
a = torch.tensor([0, 1, 1, 0])
y = torch.tensor([1.0, 0.0, 0.5, -0.5])
for step in range(3):
    q_sa = q_net(s).gather(1, a.view(-1, 1)).view(-1)
    loss = (q_sa - y).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 5))
print(q_sa.grad_fn.name())
