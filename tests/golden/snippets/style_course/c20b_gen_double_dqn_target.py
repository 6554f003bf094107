# double DQN target: online net picks, target net evaluates
import torch
import torch.nn as nn

torch.manual_seed(54)
online = nn.Linear(3, 4)
target = nn.Linear(3, 4)
s2 = torch.randn(5, 3)
r = torch.tensor([0.0, 1.0, 0.0, 0.0, 1.0])
done = torch.tensor([0.0, 0.0, 1.0, 0.0, 0.0])
with torch.no_grad():
    best = online(s2).argmax(dim=1, keepdim=True)
    dqn_y = r + 0.99 * (1 - done) * target(s2).max(1).values
    ddqn_y = r + 0.99 * (1 - done) * target(s2).gather(1, best).squeeze(1)
print(best.squeeze(1))
print(dqn_y)
print(ddqn_y)
print((dqn_y >= ddqn_y).all())
