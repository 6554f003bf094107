# PPO clipped surrogate: ratio, clipping, and which samples are clipped
import torch

logp_old = torch.tensor([-1.2, -0.7, -2.0, -0.3, -0.9])
logp_new = torch.tensor([-1.0, -0.9, -1.5, -0.35, -0.9], requires_grad=True)
A = torch.tensor([1.0, -0.5, 2.0, 0.3, -1.0])
clip_eps = 0.1
r = torch.exp(logp_new - logp_old)
print(r)
unclipped = r * A
clipped = r.clamp(1 - clip_eps, 1 + clip_eps) * A
objective = torch.minimum(unclipped, clipped)
ppo_loss = -objective.mean()
print(round(ppo_loss.item(), 4))
ppo_loss.backward()
print(logp_new.grad)
frac = ((r - 1).abs() > clip_eps).float().mean()
print(frac)
