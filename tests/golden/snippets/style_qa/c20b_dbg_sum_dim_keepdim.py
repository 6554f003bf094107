# normalising rows: broadcasting error without keepdim
import torch

x = torch.arange(1., 7.).reshape(2, 3)
s = x.sum(dim=1)
print(s.shape)
try:
    print(x / s)
except RuntimeError as e:
    print("RuntimeError:", e)
print(x / x.sum(dim=1, keepdim=True))
print(x / x.sum(dim=0))
