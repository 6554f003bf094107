# Q: The size of tensor a must match the size of tensor b at non-singleton dimension
import torch

a = torch.ones(4, 3)
b = torch.ones(4)
try:
    a + b
except RuntimeError as e:
    print(e)
print((a + b[:, None]).shape)
c = torch.ones(2, 1, 5)
d = torch.ones(3, 1)
print((c * d).shape)
try:
    torch.ones(2, 3, 5) - torch.ones(3, 2, 5)
except RuntimeError as e:
    print(e)
