# Tensor.register_hook: inspect and rescale the gradient reaching the input
import torch

x = torch.tensor([1.0, -1.0, 2.0], requires_grad=True)
log = []
h = x.register_hook(lambda g: log.append(g.clone()))
(x * torch.tensor([2.0, 3.0, 4.0])).sum().backward()
print(log[0], x.grad)
h.remove()
x.grad = None
h2 = x.register_hook(lambda g: g * 10)
(x ** 2).sum().backward()
print(x.grad, len(log))
h2.remove()
