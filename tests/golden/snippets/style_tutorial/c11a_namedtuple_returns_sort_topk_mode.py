# Tensor ops tutorial: functions returning named tuples (sort, topk, kthvalue, mode, median, max, aminmax).
import torch

t = torch.tensor([[3.0, 1.0, 4.0, 1.0], [5.0, 9.0, 2.0, 6.0], [5.0, 3.0, 5.0, 8.0]])
res = torch.sort(t, dim=1, descending=True)
print(res)
print(res.values[0], res.indices[0])
print(torch.topk(t, 2))
print(torch.kthvalue(t, 2, dim=1))
print(torch.mode(t, dim=1))
print(torch.median(t, dim=0))
print(t.max(dim=1), t.min(dim=0).indices)
print(torch.aminmax(t))
values, indices = t.max(0)
print(values, indices)
print(torch.cummax(t[0], 0))
print(torch.var_mean(t, dim=1), torch.std_mean(t, dim=0, unbiased=False))
print(torch.median(t), torch.quantile(t, torch.tensor([0.25, 0.5]), dim=1))
print(type(res).__name__, res._fields if hasattr(res, "_fields") else None)
