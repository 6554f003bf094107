# Initialisation scale: the std of x @ w for plain and Kaiming-scaled weights.
import torch

g = torch.Generator().manual_seed(2147483647)
x = torch.randn(1000, 10, generator=g)
w = torch.randn(10, 200, generator=g)
y = x @ w
print(x.mean(), x.std())
print(y.mean(), y.std())
w2 = torch.randn(10, 200, generator=g) * (5/3) / 10**0.5
h = torch.tanh(x @ w2)
print((x @ w2).std(), h.std())
print((h.abs() > 0.99).float().mean())
print(torch.nn.init.calculate_gain('tanh'))
