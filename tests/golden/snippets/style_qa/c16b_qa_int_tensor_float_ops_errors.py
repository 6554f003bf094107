# Q: mean and sqrt on integer tensors.
import torch

t = torch.tensor([1, 4, 9])
print(torch.sqrt(t), t.sqrt().dtype)
try:
    t.mean()
except RuntimeError as e:
    print(e)
print(t.float().mean(), t.sum(), t.sum().dtype)
print(t.prod(), t.to(torch.int8).sum().dtype, torch.tensor([True, True]).sum())
