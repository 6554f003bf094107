import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-30.0, -2.0, -0.5, 0.0, 0.5, 2.0, 15.0, 25.0], requires_grad=True)
y = F.softplus(x)
print(y)
print(y.grad_fn)
y.sum().backward()
print(x.grad)
sp = nn.Softplus(beta=2, threshold=5)
print(sp, sp(x))
