# Quiz: what do topk, kthvalue and median return with an even count?
import torch

v = torch.tensor([4.0, 1.0, 3.0, 2.0])
print(v.topk(2))
print(v.kthvalue(2))
print(v.median())
print(torch.quantile(v, 0.5))
print(v.topk(2, largest=False).indices)
