# gradient of ||Ax - b||^2 is 2 A^T (Ax - b); normal equations at the minimum
import torch

torch.manual_seed(0)
A = torch.randn(5, 2)
b = torch.randn(5)
x = torch.zeros(2, requires_grad=True)
loss = (A @ x - b).pow(2).sum()
loss.backward()
print(x.grad)
print(2 * A.T @ (A @ x.detach() - b))
x_star = torch.linalg.lstsq(A, b.unsqueeze(1)).solution.squeeze(1)
x2 = x_star.clone().requires_grad_()
(A @ x2 - b).pow(2).sum().backward()
print(x2.grad.abs().max() < 1e-5)
