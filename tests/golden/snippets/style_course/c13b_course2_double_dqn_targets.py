# Deep RL course: DQN vs Double-DQN targets on a fixed batch, and a Polyak-averaged target network via lerp_.
import copy
import torch
import torch.nn as nn

torch.manual_seed(64)
online = nn.Linear(3, 4)
target = copy.deepcopy(online)
with torch.no_grad():
    for p in target.parameters():
        p.add_(0.1 * torch.randn_like(p))
s2 = torch.randn(5, 3)
r = torch.tensor([1.0, 0.0, -1.0, 0.5, 0.0])
done = torch.tensor([0.0, 0.0, 1.0, 0.0, 1.0])
gamma = 0.9
with torch.no_grad():
    q_next_target = target(s2)
    dqn = r + gamma * (1 - done) * q_next_target.max(dim=1).values
    best = online(s2).argmax(dim=1, keepdim=True)
    ddqn = r + gamma * (1 - done) * q_next_target.gather(1, best).squeeze(1)
print(q_next_target.argmax(1), best.squeeze(1))
print(dqn)
print(ddqn)
print((dqn >= ddqn).all())
before = target.weight.clone()
with torch.no_grad():
    for pt, po in zip(target.parameters(), online.parameters()):
        pt.lerp_(po, 0.05)
print(torch.allclose(target.weight, before + 0.05 * (online.weight - before)))
print(target.bias)
