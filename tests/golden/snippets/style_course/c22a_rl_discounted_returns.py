import torch

episode_rewards = torch.tensor([0.0, 0.0, 1.0, 0.0, 5.0, -2.0])
gamma = 0.8
out = torch.empty_like(episode_rewards)
acc = torch.zeros(())
for idx in range(episode_rewards.numel() - 1, -1, -1):
    acc = episode_rewards[idx] + gamma * acc
    out[idx] = acc
print(out)
print(out[0].item(), acc.shape)
normalised = (out - out.mean()) / out.std()
print(normalised)
