# Discounted returns computed backwards over one episode, then normalised
import torch

ep_rewards = [1.0, 0.0, 0.0, 1.0, -1.0, 0.5]
gamma = 0.9
rets = []
running = 0.0
for rew in reversed(ep_rewards):
    running = rew + gamma * running
    rets.insert(0, running)
rets = torch.tensor(rets)
print(rets)
print(rets.dtype)
norm = (rets - rets.mean()) / (rets.std() + 1e-8)
print(norm)
print(round(norm.mean().item(), 6), round(norm.std().item(), 4))
print(rets.std(unbiased=False))
