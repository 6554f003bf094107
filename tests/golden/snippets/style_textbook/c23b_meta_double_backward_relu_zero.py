import torch

# Second derivative of relu is zero almost everywhere; of softplus it is not
x = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
y = torch.relu(x) ** 2
g, = torch.autograd.grad(y.sum(), x, create_graph=True)
print(g, g.grad_fn.name())
h, = torch.autograd.grad(g.sum(), x)
print(h)
z = torch.nn.functional.softplus(x)
g, = torch.autograd.grad(z.sum(), x, create_graph=True)
h, = torch.autograd.grad(g.sum(), x)
print(h)
