# Discounted returns with a matrix of gamma powers instead of a loop
import torch

rewards = torch.tensor([1.0, 2.0, 0.0, 1.0], dtype=torch.float64)
gamma = 0.5
T = rewards.numel()
idx = torch.arange(T)
powers = (idx.unsqueeze(0) - idx.unsqueeze(1)).clamp(min=0)
mask = torch.triu(torch.ones(T, T, dtype=torch.bool))
disc = torch.where(mask, gamma ** powers.double(), torch.zeros((), dtype=torch.float64))
print(disc)
print(disc @ rewards)
print(powers)
