# Sampling a replay buffer and gathering the Q-values of taken actions
import random
from collections import deque
import torch

random.seed(0)
torch.manual_seed(0)
buffer = deque(maxlen=5)
for t in range(7):
    s = torch.full((3,), float(t))
    buffer.append((s, t % 2, float(t) / 10, s + 1, t == 6))
print(len(buffer), buffer[0][1])
batch = random.sample(list(buffer), 3)
states, actions, rewards, next_states, dones = zip(*batch)
states = torch.stack(states)
actions = torch.tensor(actions)
rewards = torch.tensor(rewards)
dones = torch.tensor(dones, dtype=torch.float32)
print(states)
print(actions, rewards, dones)
q_all = states.sum(1, keepdim=True) * torch.tensor([[1.0, -1.0]])
q = q_all.gather(1, actions.unsqueeze(1)).squeeze(1)
print(q)
