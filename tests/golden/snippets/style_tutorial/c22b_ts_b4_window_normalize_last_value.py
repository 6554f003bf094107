import torch

x = torch.tensor([[10.0, 11.0, 12.0, 13.0], [100.0, 98.0, 97.0, 99.0]])
last = x[:, -1:]
norm = x / last - 1
print(norm)
print(torch.allclose((norm + 1) * last, x))
print(x.div(x[:, :1]).log())
