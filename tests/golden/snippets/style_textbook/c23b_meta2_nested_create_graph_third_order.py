import torch

x = torch.tensor(0.5, requires_grad=True)
y = torch.exp(2 * x) + x ** 4
d = [y]
for k in range(3):
    d.append(torch.autograd.grad(d[-1], x, create_graph=True)[0])
print([f"{t.item():.4f}" for t in d])
print([t.grad_fn.name() for t in d])
