# polynomial spectral filter sum_k theta_k L^k x on a tiny graph
import torch

A = torch.tensor([[0., 1., 0.], [1., 0., 1.], [0., 1., 0.]])
L = torch.diag(A.sum(1)) - A
x = torch.tensor([1.0, 0.0, -1.0])
theta = torch.tensor([0.5, -0.25, 0.125], requires_grad=True)
out = torch.zeros(3)
Lk_x = x.clone()
for k in range(3):
    out = out + theta[k] * Lk_x
    Lk_x = L @ Lk_x
print(out)
out.pow(2).sum().backward()
print(theta.grad)
