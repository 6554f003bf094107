# DQN: replay buffer, sampling a batch, TD target with a target network
import random
from collections import deque
import torch
import torch.nn as nn

random.seed(0)
torch.manual_seed(15)
buffer = deque(maxlen=50)
for i in range(20):
    s = torch.randn(3)
    buffer.append((s, i % 2, float(i % 3 == 0), s + 0.1, i == 19))
q = nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Linear(16, 2))
target = nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Linear(16, 2))
target.load_state_dict(q.state_dict())
batch = random.sample(buffer, 4)
s, a, r, s2, done = zip(*batch)
s, s2 = torch.stack(s), torch.stack(s2)
a, r, done = torch.tensor(a), torch.tensor(r), torch.tensor(done, dtype=torch.float)
q_sa = q(s).gather(1, a.unsqueeze(1)).squeeze(1)
with torch.no_grad():
    y = r + 0.99 * target(s2).max(1).values * (1 - done)
loss = nn.functional.smooth_l1_loss(q_sa, y)
print(a, r, done)
print(q_sa, y)
print(loss)
