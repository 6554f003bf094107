import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
seen = []
x.register_hook(lambda g: seen.append(g.clone()) or g * 2)
y = (x ** 3).sum()
g, = torch.autograd.grad(y, x, create_graph=True)
print(g)
g.sum().backward()
print(x.grad)
print([s.requires_grad for s in seen], len(seen))
