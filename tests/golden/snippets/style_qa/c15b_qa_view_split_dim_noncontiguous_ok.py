# Q: my tensor is not contiguous, yet this view works. When is view allowed?
import torch

x = torch.arange(24.).reshape(4, 6)[:, :4]
print(x.is_contiguous(), x.stride())
y = x.view(4, 2, 2)
print(y.stride(), y[1])
print(x.t().view(2, 2, 4).shape)
try:
    x.view(16)
except RuntimeError as e:
    print(type(e).__name__)
z = x.unsqueeze(1).view(2, 2, 1, 4)
print(z.shape, z.stride())
