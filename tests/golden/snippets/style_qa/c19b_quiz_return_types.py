# Quiz 54: what type do these return?
import torch

x = torch.tensor([[3.0, 1.0], [2.0, 5.0]])
for res in (x.min(1), x.sort(), x.topk(1), x.kthvalue(1), x.median(0), torch.aminmax(x)):
    print(type(res).__module__, type(res).__name__, len(res))
print(x.sort(descending=True))
try:
    x.sort().foo
except AttributeError as err:
    print(err)
