# Course pitfall: modifying a tensor autograd saved for backward, then calling backward
import torch

x = torch.tensor([0.2, -0.4, 1.0], requires_grad=True)
s = torch.sigmoid(x)
print(s._version)
s.mul_(2)
print(s._version, s.grad_fn)
loss = s.sum()
loss.backward()
