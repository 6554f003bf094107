# x.detach().clone() vs x.clone().detach() vs torch.tensor(x) when copying an input
import torch
import warnings

x = torch.tensor([0.1, 0.2], requires_grad=True)
a = x.detach().clone()
b = x.clone().detach()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = torch.tensor(x)
    print(len(w), w[0].category.__name__)
    print(str(w[0].message)[:70])
print(a.requires_grad, b.requires_grad, c.requires_grad)
a += 1
print(x, a)
d = x.detach()
d.zero_()
print(x)
