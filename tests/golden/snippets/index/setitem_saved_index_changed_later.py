# x[mask] = v and x[idx] = v save the index tensor: changing it in place before backward is refused,
# as for any saved variable (a copy made first is fine, and a 0-d mask is not saved).
import torch

a = torch.zeros(2, 2, requires_grad=True)
for index, change in ((torch.tensor([True, False]), True), (torch.tensor([1]), 0), (torch.tensor(True), False)):
    x = a * 1
    x[index] = torch.tensor(5.0)
    index.fill_(change)
    try:
        x.sum().backward()
        print(a.grad)
    except RuntimeError as e:
        print(e)
    a.grad = None
m = torch.tensor([True, False])
x = a * 2
x[m.clone()] = torch.tensor([7.0, 8.0])
m[1] = True
x.pow(2).sum().backward()
print(a.grad, x)
