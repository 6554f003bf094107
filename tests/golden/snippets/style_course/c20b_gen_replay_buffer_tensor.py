# a circular replay buffer stored in preallocated tensors
import torch

torch.manual_seed(79)
cap, ptr, size = 5, 0, 0
states = torch.zeros(cap, 2)
rewards = torch.zeros(cap)
for i in range(7):
    states[ptr] = torch.tensor([i, -i], dtype=torch.float32)
    rewards[ptr] = i * 0.5
    ptr = (ptr + 1) % cap
    size = min(size + 1, cap)
print(states, rewards, ptr, size)
idx = torch.randint(0, size, (3,))
print(idx, states[idx], rewards[idx])
