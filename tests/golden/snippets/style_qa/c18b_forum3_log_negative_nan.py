# Q: log returns nan for negatives, no error?
import torch

x = torch.tensor([-1.0, 0.0, 1.0])
print(torch.log(x))
print(torch.log1p(torch.tensor([-1.0, -2.0])))
print(torch.sqrt(torch.tensor(-4.0)))
print(torch.tensor(-8.0) ** (1 / 3))
print(torch.sign(torch.tensor(-8.0)) * torch.tensor(8.0) ** (1 / 3))
