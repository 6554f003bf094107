# Q: what are these torch.return_types objects that sort, topk and kthvalue give back?
import torch

x = torch.tensor([[3.0, 1.0, 2.0], [0.5, 4.0, 4.0]])
s = torch.sort(x, dim=1, descending=True)
print(s)
print(type(s).__name__, s.values.shape, s[1])
t = x.topk(2)
print(t)
k = torch.kthvalue(x, 2, dim=1)
print(k)
mn = x.min(dim=0)
print(mn.indices, mn._fields if hasattr(mn, '_fields') else None)
values, indices = torch.median(x, dim=1)
print(values, indices)
print(torch.mode(torch.tensor([1, 2, 2, 3, 3])))
