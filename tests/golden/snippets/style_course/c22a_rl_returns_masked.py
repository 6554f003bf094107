import torch

rewards = torch.tensor([1.0, 1.0, 1.0, 1.0, 1.0, 1.0])
dones = torch.tensor([False, False, True, False, False, True])
gamma = 0.5
out = torch.zeros_like(rewards)
running = torch.tensor(0.0)
for t in reversed(range(len(rewards))):
    running = rewards[t] + gamma * running * (~dones[t]).float()
    out[t] = running
print(out)
print(dones.dtype, (~dones).float())
