# sort's gradient follows the permutation; stable sorting keeps ties in order.
import torch

x = torch.tensor([3.0, 1.0, 3.0, 2.0], requires_grad=True)
vals, idx = torch.sort(x, stable=True, descending=True)
print(vals, idx)
(vals * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum().backward()
print(x.grad)
x.grad = None
s = torch.argsort(x, descending=True)
print(s, s.requires_grad)
x[s].cumsum(0).sum().backward()
print(x.grad)
