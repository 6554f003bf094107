# DQN update with a soft (Polyak) target update
import torch
import torch.nn as nn

torch.manual_seed(17)
q = nn.Linear(2, 2)
tgt = nn.Linear(2, 2)
tgt.load_state_dict(q.state_dict())
opt = torch.optim.Adam(q.parameters(), lr=0.01)
tau = 0.1
for step in range(3):
    s, s2 = torch.randn(5, 2), torch.randn(5, 2)
    a = torch.randint(0, 2, (5,))
    r = torch.randn(5)
    with torch.no_grad():
        y = r + 0.9 * tgt(s2).max(dim=1)[0]
    pred = q(s)[torch.arange(5), a]
    loss = nn.MSELoss()(pred, y)
    opt.zero_grad(); loss.backward(); opt.step()
    with torch.no_grad():
        for tp, p in zip(tgt.parameters(), q.parameters()):
            tp.mul_(1 - tau).add_(tau * p)
    print(step, round(loss.item(), 5))
print(tgt.weight)
print(q.weight)
