import torch

rewards = torch.tensor([[1.0, 0.0, 0.5], [0.0, 0.0, 1.0]])
bootstrap = torch.tensor([2.0, -1.0])
gamma = 0.9
ret = bootstrap.clone()
for t in range(rewards.shape[1] - 1, -1, -1):
    ret = rewards[:, t] + gamma * ret
print(ret)
weights = gamma ** torch.arange(3.0)
print(weights)
print((rewards * weights).sum(1) + gamma ** 3 * bootstrap)
