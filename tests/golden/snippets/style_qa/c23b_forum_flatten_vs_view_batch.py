import torch

x = torch.randn(4, 2, 3, 3)
print(x.view(x.size(0), -1).shape)
print(x.flatten(1).shape, x.flatten().shape)
print(torch.flatten(x, start_dim=1, end_dim=2).shape)
print(x.view(-1).shape)
try:
    x.view(-1, -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    x.flatten(3, 1)
except Exception as e:
    print(type(e).__name__, e)
