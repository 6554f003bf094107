# Q: my cross-entropy by hand gives nan
import torch

probs = torch.tensor([1.0, 0.0, 0.5], requires_grad=True)
target = torch.tensor([1.0, 0.0, 1.0])
loss = -(target * torch.log(probs) + (1 - target) * torch.log(1 - probs)).mean()
print(loss)
loss.backward()
print(probs.grad)
# fix: clamp
p = probs.detach().clamp(1e-7, 1 - 1e-7).requires_grad_()
loss2 = -(target * p.log() + (1 - target) * (1 - p).log()).mean()
print(loss2)
