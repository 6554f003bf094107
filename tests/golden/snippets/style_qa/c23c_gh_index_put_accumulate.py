# Issue: "x[idx] += v with repeated indices only adds once" vs index_put_(accumulate=True).
import torch

x = torch.zeros(3)
idx = torch.tensor([0, 0, 2])
x[idx] += torch.tensor([1.0, 2.0, 3.0])
print(x)
y = torch.zeros(3)
y.index_put_((idx,), torch.tensor([1.0, 2.0, 3.0]), accumulate=True)
print(y)
z = torch.zeros(3).index_add(0, idx, torch.tensor([1.0, 2.0, 3.0]))
print(z)
w = torch.ones(3, requires_grad=True)
(w[idx] * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(w.grad)
