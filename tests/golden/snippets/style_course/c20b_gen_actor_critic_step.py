# one-step actor-critic with a shared body
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(18)
class AC(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(4, 16)
        self.pi = nn.Linear(16, 2)
        self.v = nn.Linear(16, 1)
    def forward(self, s):
        h = F.relu(self.body(s))
        return F.log_softmax(self.pi(h), -1), self.v(h).squeeze(-1)

net = AC()
opt = torch.optim.Adam(net.parameters(), lr=3e-3)
s, s2 = torch.randn(4), torch.randn(4)
logp, v = net(s)
a = torch.multinomial(logp.exp(), 1).item()
with torch.no_grad():
    _, v2 = net(s2)
td_target = 1.0 + 0.99 * v2
adv = td_target - v
actor = -logp[a] * adv.detach()
critic = adv.pow(2)
(actor + 0.5 * critic).backward()
opt.step()
print(a, round(adv.item(), 4), round(actor.item(), 4), round(critic.item(), 4))
