# Quiz: the grad_outputs argument weights each output.
import torch

s = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
out = s ** 2
(g,) = torch.autograd.grad(out, s, grad_outputs=torch.tensor([1.0, 0.0, -1.0]), retain_graph=True)
print(g)
(g,) = torch.autograd.grad(out, s, grad_outputs=torch.ones(3))
print(g)
try:
    torch.autograd.grad(s.sum() * 2, s, grad_outputs=torch.ones(3))
except RuntimeError as e:
    print(type(e).__name__, e)
