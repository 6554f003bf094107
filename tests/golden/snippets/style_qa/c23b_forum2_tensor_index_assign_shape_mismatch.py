import torch

x = torch.zeros(3, 4)
try:
    x[0] = torch.ones(3)
except Exception as e:
    print(type(e).__name__, e)
x[:, 1] = torch.tensor([1.0, 2.0, 3.0])
x[2] = 7
print(x)
try:
    x[[0, 1]] = torch.ones(3, 4)
except Exception as e:
    print(type(e).__name__, e)
try:
    x[x > 1] = torch.tensor([1.0, 2.0])
except Exception as e:
    print(type(e).__name__, e)
