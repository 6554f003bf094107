# torch.sort with stable= given (any value, None too) is the sort.stable overload: SortBackward1.
import torch

x=torch.tensor([3.,1.,2.,1.],requires_grad=True)
for kw in [{}, {'stable':False}, {'stable':True}, {'stable':None}, {'descending':True}]:
    print(kw, torch.sort(x, **kw).values.grad_fn.name(), x.sort(**kw).values.grad_fn.name(), x.sort(**kw).indices)
print(torch.msort(x).grad_fn.name(), torch.argsort(x, stable=True), x.sort(0, True).values.grad_fn.name(), torch.sort(x, stable=False, dim=0).values.grad_fn.name())
try:
    torch.sort(x, stable=1)
except TypeError as e:
    print(e)
