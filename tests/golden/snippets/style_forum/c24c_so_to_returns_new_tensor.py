# Q: .to() / .float() didn't change my tensor
import torch

x = torch.tensor([1, 2, 3])
x.float()
print(x.dtype)
x = x.float()
print(x.dtype)
y = x.to(torch.float64)
print(x.dtype, y.dtype, y.to(torch.float64) is y)
m = torch.nn.Linear(1, 1)
print(m.to(torch.float64) is m, m.weight.dtype)
