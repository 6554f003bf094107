import torch

rewards = torch.tensor([10.0, -5.0, 0.0, 200.0, -1.0])
print(torch.sign(rewards))
print(rewards.clamp(-1, 1))
print(torch.tanh(rewards / 10))
print(rewards / (rewards.abs().max() + 1e-8))
print(torch.clip(rewards, min=-2.0, max=2.0))
