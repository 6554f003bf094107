import torch

seen = []
x = torch.tensor([1., 2., 3.], requires_grad=True)
x.register_hook(lambda g: seen.append(g.clone()))
(x * x).sum().backward()
print(seen)
print(x.grad)
