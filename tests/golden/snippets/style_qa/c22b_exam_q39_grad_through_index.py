import torch

# Q39. Some entries are picked more than once. What does v.grad hold?
v = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
picks = torch.tensor([3, 1, 3, 3, 0])
(v[picks] * torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])).sum().backward()
print("fancy index:", v.grad)
v.grad = None
keep = v > 2
(v[keep] ** 3).sum().backward()
print("boolean mask:", v.grad)
v.grad = None
torch.index_select(v, 0, picks).sum().backward()
print("index_select:", v.grad)
