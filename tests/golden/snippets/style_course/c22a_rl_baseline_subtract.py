import torch

returns = torch.tensor([3.0, 2.5, 1.0, 0.2, -0.4])
baseline = returns.mean()
adv = returns - baseline
print(baseline)
print(adv)
print(adv.sum())
log_probs = torch.tensor([-0.7, -0.2, -1.1, -0.05, -2.3], requires_grad=True)
loss = -(log_probs * adv).mean()
loss.backward()
print(loss)
print(log_probs.grad)
