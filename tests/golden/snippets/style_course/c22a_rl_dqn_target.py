import torch
import torch.nn as nn

torch.manual_seed(0)
q_net = nn.Linear(4, 3)
target_net = nn.Linear(4, 3)
target_net.load_state_dict(q_net.state_dict())
states = torch.randn(5, 4)
actions = torch.tensor([0, 2, 1, 1, 0])
rewards = torch.tensor([1.0, 0.0, -1.0, 0.5, 1.0])
next_states = torch.randn(5, 4)
dones = torch.tensor([0.0, 0.0, 1.0, 0.0, 1.0])
q = q_net(states).gather(1, actions.unsqueeze(1)).squeeze(1)
with torch.no_grad():
    next_q = target_net(next_states).max(1)[0]
target = rewards + 0.99 * next_q * (1 - dones)
loss = nn.functional.mse_loss(q, target)
print(q)
print(target)
print(loss.item())
print(q.grad_fn, target.requires_grad)
