# Q: how do I do a reverse cumulative sum (returns-to-go)?
import torch

rewards = torch.tensor([1.0, 0.0, 2.0, 3.0])
print(rewards.flip(0).cumsum(0).flip(0))
print(torch.cumsum(rewards, dim=0))
gamma = 0.9
discounts = gamma ** torch.arange(4.0)
print(discounts)
print(torch.stack([(rewards[t:] * discounts[: 4 - t]).sum() for t in range(4)]))
