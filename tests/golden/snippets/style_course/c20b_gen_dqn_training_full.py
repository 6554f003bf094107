# DQN updates on random transitions, printing raw losses and Q-values
import torch
import torch.nn as nn

torch.manual_seed(112)
q = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 2))
tgt = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 2))
tgt.load_state_dict(q.state_dict())
opt = torch.optim.Adam(q.parameters(), lr=1e-3)
S, S2 = torch.randn(32, 4), torch.randn(32, 4)
A = torch.randint(0, 2, (32,))
R = torch.randn(32)
D = (torch.rand(32) < 0.1).float()
for step in range(4):
    with torch.no_grad():
        y = R + 0.99 * (1 - D) * tgt(S2).max(1).values
    loss = nn.functional.smooth_l1_loss(q(S).gather(1, A[:, None]).squeeze(1), y)
    opt.zero_grad(); loss.backward()
    nn.utils.clip_grad_norm_(q.parameters(), 10.0)
    opt.step()
    print(step, loss.item())
print(q(S[:2]))
