# Q: clip the gradient of one tensor with a hook
import torch

w = torch.tensor([3.0, -4.0, 0.5], requires_grad=True)
w.register_hook(lambda g: g.clamp(-1.0, 1.0))
loss = (w ** 2).sum()
loss.backward()
print(w.grad)
v = torch.tensor([3.0, -4.0], requires_grad=True)
(v ** 2).sum().backward()
print(torch.nn.utils.clip_grad_norm_([v], max_norm=1.0))
print(v.grad)
