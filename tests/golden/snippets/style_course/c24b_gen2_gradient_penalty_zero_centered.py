# R1 penalty: squared gradient norm on real data only
import torch

x_real = torch.tensor([[1.0, 2.0], [0.5, -1.0]], requires_grad=True)
w = torch.tensor([0.3, -0.7])
d_out = torch.tanh(x_real @ w)
grad, = torch.autograd.grad(d_out.sum(), x_real, create_graph=True)
r1 = grad.pow(2).sum(1).mean()
print(grad.shape, r1.grad_fn.name())
print(round(r1.item(), 5))
r1.backward()
print(x_real.grad.shape)
