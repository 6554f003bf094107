# Q: gradient penalty - backward through the norm of an input gradient
import torch

torch.manual_seed(2)
w = torch.tensor([[1.0, -2.0]], requires_grad=True)
x = torch.tensor([[0.5, 0.25], [1.0, -1.0]], requires_grad=True)
score = torch.tanh(x @ w.T).sum()
(gx,) = torch.autograd.grad(score, x, create_graph=True)
penalty = ((gx.norm(2, dim=1) - 1) ** 2).mean()
print(gx)
print(penalty)
penalty.backward()
print(w.grad)
print(x.grad)
