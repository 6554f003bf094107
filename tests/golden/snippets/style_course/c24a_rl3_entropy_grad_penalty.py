# A gradient penalty through autograd.grad with create_graph
import torch

x = torch.tensor([[0.5, -1.0], [2.0, 0.0]], requires_grad=True)
w = torch.tensor([1.5, -0.5], requires_grad=True)
out = (x * w).sum(1).tanh()
g, = torch.autograd.grad(out.sum(), x, create_graph=True)
print(g.grad_fn is not None)
penalty = ((g.norm(dim=1) - 1) ** 2).mean()
penalty.backward()
print(w.grad)
print(x.grad)
