# the critic's Wasserstein estimate and its sign convention
import torch

critic_real = torch.tensor([0.8, 1.1, 0.9])
critic_fake = torch.tensor([-0.2, 0.1, 0.0])
w_est = critic_real.mean() - critic_fake.mean()
loss_critic = -w_est
loss_gen = -critic_fake.mean()
print(w_est, loss_critic, loss_gen)
print(torch.stack([critic_real, critic_fake]).mean(dim=1))
