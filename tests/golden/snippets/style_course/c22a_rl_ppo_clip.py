import torch

old_log_probs = torch.tensor([-1.0, -0.5, -2.0, -0.3])
new_log_probs = torch.tensor([-0.8, -0.9, -1.0, -0.3], requires_grad=True)
advantages = torch.tensor([1.0, -1.0, 2.0, 0.5])
ratio = torch.exp(new_log_probs - old_log_probs)
clip_eps = 0.2
surr1 = ratio * advantages
surr2 = torch.clamp(ratio, 1 - clip_eps, 1 + clip_eps) * advantages
loss = -torch.min(surr1, surr2).mean()
loss.backward()
print(ratio)
print(surr2)
print(loss)
print(new_log_probs.grad)
