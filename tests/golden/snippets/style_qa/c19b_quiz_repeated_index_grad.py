# Quiz 94: gradient through x[[0, 0, 1]]
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
picked = x[[0, 0, 1]]
(picked * torch.tensor([1.0, 10.0, 100.0])).sum().backward()
print(picked.grad_fn, x.grad)
x.grad = None
x.index_select(0, torch.tensor([2, 2])).sum().backward()
print(x.grad)
x.grad = None
torch.gather(x, 0, torch.tensor([1, 1, 1])).sum().backward()
print(x.grad)
