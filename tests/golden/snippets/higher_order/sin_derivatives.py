import torch

x = torch.tensor(1.0, requires_grad=True)
f = torch.sin(x)
grads = [f]
for _ in range(4):
    (g,) = torch.autograd.grad(grads[-1], x, create_graph=True)
    grads.append(g)
for g in grads:
    print(g)
