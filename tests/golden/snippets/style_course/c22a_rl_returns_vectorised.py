import torch

rewards = torch.tensor([1.0, 0.0, 2.0, -1.0, 0.5, 1.0])
gamma = 0.95
T = rewards.shape[0]
discounts = gamma ** torch.arange(T, dtype=torch.float32)
print(discounts)
returns = torch.stack([(rewards[t:] * discounts[: T - t]).sum() for t in range(T)])
print(returns)
flipped = torch.flip(rewards, dims=[0])
print(flipped)
