# clip_grad_norm (without the underscore) from an old blog post
import torch
import torch.nn as nn

torch.manual_seed(92)
model = nn.Linear(3, 1)
model(torch.randn(4, 3) * 10).sum().backward()
total = nn.utils.clip_grad_norm(model.parameters(), 1.0)
print(total)
print(sum(p.grad.norm() ** 2 for p in model.parameters()).sqrt())
