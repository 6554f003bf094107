# softplus and logsigmoid by hand, including the threshold trick
import torch
import torch.nn.functional as F

x = torch.tensor([-30.0, -1.0, 0.0, 1.0, 19.0, 25.0], requires_grad=True)
naive = torch.log(1 + torch.exp(x))
print(naive)
print(F.softplus(x))
print(F.softplus(x, beta=2, threshold=5))
print(-F.softplus(-x), F.logsigmoid(x))
g, = torch.autograd.grad(F.softplus(x).sum(), x)
print(g, torch.sigmoid(x))
