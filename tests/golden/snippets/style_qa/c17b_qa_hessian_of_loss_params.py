# Q: how do I get the Hessian of a loss w.r.t. a weight vector?
import torch

x = torch.tensor([[1.0, 2.0], [0.0, 1.0], [1.0, -1.0]])
y = torch.tensor([1.0, 0.0, 0.5])
w = torch.tensor([0.2, -0.1], requires_grad=True)
loss = ((x @ w - y) ** 2).mean()
(g,) = torch.autograd.grad(loss, w, create_graph=True)
rows = [torch.autograd.grad(g[i], w, retain_graph=True)[0] for i in range(2)]
H = torch.stack(rows)
print(g)
print(H)
print(torch.allclose(H, 2 * x.T @ x / 3))
