import torch

x = torch.arange(24.0).view(2, 3, 4)
print(x.mean(dim=[1, 2]))
print(x.mean(dim=(0, 2), keepdim=True).shape)
try:
    x.mean(dim=3)
except Exception as e:
    print(type(e).__name__, e)
try:
    x.mean(dim=[1, 1])
except Exception as e:
    print(type(e).__name__, e)
print(x.sum(dim=()).shape, x.mean(dim=-1)[0])
