import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 0.5, -0.5], [0.0, 2.0, 1.0]], requires_grad=True)
target = torch.tensor([0, 2])
loss = F.cross_entropy(logits, target)
g, = torch.autograd.grad(loss, logits, create_graph=True)
print(g)
gnorm = g.pow(2).sum()
h, = torch.autograd.grad(gnorm, logits)
print(h)
print(g.grad_fn.name())
