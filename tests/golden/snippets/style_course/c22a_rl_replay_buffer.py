import torch

torch.manual_seed(11)
capacity, obs_dim = 6, 3
states = torch.zeros(capacity, obs_dim)
actions = torch.zeros(capacity, dtype=torch.long)
rewards = torch.zeros(capacity)
ptr, size = 0, 0
for i in range(9):
    states[ptr] = torch.full((obs_dim,), float(i))
    actions[ptr] = i % 3
    rewards[ptr] = i * 0.1
    ptr = (ptr + 1) % capacity
    size = min(size + 1, capacity)
print(ptr, size)
print(states[:, 0])
idx = torch.randint(0, size, (4,))
print(idx)
print(states[idx], actions[idx], rewards[idx])
