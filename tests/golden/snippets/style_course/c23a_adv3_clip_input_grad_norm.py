# clip_grad_norm_ works on any list of tensors with .grad, inputs included
import torch
from torch.nn.utils import clip_grad_norm_

x = torch.tensor([3.0, 4.0], requires_grad=True)
(x * x).sum().backward()
print(x.grad)
total = clip_grad_norm_([x], max_norm=1.0)
print(total, x.grad, x.grad.norm())
y = torch.tensor([0.1, 0.1], requires_grad=True)
(y * 0.5).sum().backward()
print(clip_grad_norm_([y], 1.0), y.grad)
