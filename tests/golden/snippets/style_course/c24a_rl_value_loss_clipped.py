# PPO's clipped value loss next to the plain one
import torch

old_v = torch.tensor([0.5, 1.0, -0.2, 0.0])
new_v = torch.tensor([0.9, 0.95, -0.6, 0.1], requires_grad=True)
targets = torch.tensor([1.0, 1.0, 0.0, 0.3])
cr = 0.2
clipped_v = old_v + torch.clamp(new_v - old_v, -cr, cr)
unclipped_err = (new_v - targets) ** 2
clipped_err = (clipped_v - targets) ** 2
vf_loss = 0.5 * torch.maximum(unclipped_err, clipped_err).mean()
print(clipped_v)
print(unclipped_err, clipped_err)
print(vf_loss)
vf_loss.backward()
print(new_v.grad)
