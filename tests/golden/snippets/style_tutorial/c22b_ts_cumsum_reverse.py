import torch

cash = torch.tensor([5.0, -2.0, 3.0, 0.0, 4.0])
print("remaining:", torch.flip(torch.cumsum(torch.flip(cash, [0]), 0), [0]))
rate = 0.8
powers = rate ** torch.arange(5.0)
discounted = torch.flip(torch.cumsum(torch.flip(cash * powers, [0]), 0), [0]) / powers
print("discounted:", discounted)
growth = torch.tensor([1.02, 0.97, 1.05, 0.99, 1.01])
print("index:", torch.cumprod(growth, 0))
print("running min:", torch.cummin(cash, 0))
print("soft running max:", torch.logcumsumexp(cash, 0))
