# DQN tutorial pieces: a replay memory of Transitions, greedy action, Huber loss, soft target update
import random
from collections import deque, namedtuple
import torch
import torch.nn as nn

Transition = namedtuple("Transition", ("state", "action", "next_state", "reward"))
random.seed(0)
torch.manual_seed(0)
memory = deque([], maxlen=5)
for i in range(7):
    memory.append(Transition(torch.randn(1, 4), torch.tensor([[i % 2]]), torch.randn(1, 4), torch.tensor([1.0])))
batch = Transition(*zip(*random.sample(memory, 3)))
policy_net, target_net = nn.Linear(4, 2), nn.Linear(4, 2)
target_net.load_state_dict(policy_net.state_dict())
state_batch, action_batch = torch.cat(batch.state), torch.cat(batch.action)
state_action_values = policy_net(state_batch).gather(1, action_batch)
with torch.no_grad():
    next_state_values = target_net(torch.cat(batch.next_state)).max(1).values
expected = (next_state_values * 0.99) + torch.cat(batch.reward)
loss = nn.SmoothL1Loss()(state_action_values, expected.unsqueeze(1))
optimizer = torch.optim.AdamW(policy_net.parameters(), lr=1e-2, amsgrad=True)
optimizer.zero_grad()
loss.backward()
torch.nn.utils.clip_grad_value_(policy_net.parameters(), 100)
optimizer.step()
print(len(memory), action_batch.view(-1), loss.item())
print(policy_net(state_batch[:1]).max(1).indices.view(1, 1))
TAU = 0.005
target_sd, policy_sd = target_net.state_dict(), policy_net.state_dict()
for key in policy_sd:
    target_sd[key] = policy_sd[key] * TAU + target_sd[key] * (1 - TAU)
target_net.load_state_dict(target_sd)
print(target_net.bias)
