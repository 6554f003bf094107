# computing discounted returns for a policy-gradient update
import torch

rewards = [1.0, 0.0, 0.0, 1.0, -1.0]
gamma = 0.9
returns = []
G = 0.0
for r in reversed(rewards):
    G = r + gamma * G
    returns.insert(0, G)
returns = torch.tensor(returns)
print(returns)
normed = (returns - returns.mean()) / (returns.std() + 1e-8)
print(normed)
print(normed.mean().abs() < 1e-6, normed.std())
