# Numerics chapter: evaluating sigmoid and log-sigmoid without overflow.
import torch
import torch.nn.functional as F

z = torch.tensor([-200.0, -30.0, -1.0, 0.0, 1.0, 30.0, 200.0])
naive = 1 / (1 + torch.exp(-z))
print(naive)
print(torch.sigmoid(z))
print(torch.log(torch.sigmoid(z)))
print(F.logsigmoid(z))
print(-F.softplus(-z))
print(torch.log1p(torch.exp(z)))
print(F.softplus(z))
print(torch.exp(torch.tensor([88.0, 88.8, 89.0])))
print(torch.exp(torch.tensor([709.0, 710.0], dtype=torch.float64)))
