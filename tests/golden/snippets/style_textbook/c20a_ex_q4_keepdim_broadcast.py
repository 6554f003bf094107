# Quiz 4: why does keepdim matter? Normalise each row to sum 1.
import torch

x = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
try:
    print(x / x.sum(dim=1))
except RuntimeError as e:
    print("RuntimeError:", e)
print(x / x.sum(dim=1, keepdim=True))
print(x / x.sum(dim=1)[:, None])
