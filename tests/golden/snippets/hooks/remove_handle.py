import torch

x = torch.tensor(2., requires_grad=True)
calls = []
handle = x.register_hook(lambda g: calls.append(g.item()))
print(type(handle).__name__)
(x * 3).backward()
handle.remove()
(x * 3).backward()
handle.remove()
print(calls, x.grad)
