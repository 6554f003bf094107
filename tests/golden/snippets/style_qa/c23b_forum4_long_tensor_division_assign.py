import torch

x = torch.tensor([10, 20, 30])
try:
    x /= 3
except Exception as e:
    print(type(e).__name__, e)
x //= 3
print(x)
y = torch.tensor([1, 2, 3])
y[0] = 2.7
print(y)
z = torch.zeros(3, dtype=torch.long)
z += torch.tensor([1.9, 2.1, -0.5]).long()
print(z)
