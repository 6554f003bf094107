# Reprs of what reductions return: max/min/sort/topk/mode named tuples, indexing them, and unpacking.
import torch

torch.manual_seed(1471)
x = torch.randint(0, 10, (3, 4)).float()
print(x)
m = torch.max(x, dim=1)
print(m)
print(m.values, m[1], type(m).__name__)
print(torch.sort(x[0], descending=True))
print(x.topk(2))
print(torch.min(x, 0, keepdim=True))
print(torch.mode(torch.tensor([1, 2, 2, 3, 3])))
print(torch.median(torch.tensor([4.0, 1.0, 3.0, 2.0])), x.median(dim=1))
vals, idx = x.kthvalue(2, dim=1)
print(vals, idx)
print(torch.aminmax(x), torch.var_mean(x, dim=0))
print(x.max(), x.argmax(), x.argmax(dim=0))
