# torch.matrix_exp / torch.linalg.matrix_exp / Tensor.matrix_exp: values, batches, gradients, errors.
import torch

theta = torch.tensor(0.7)
K = torch.tensor([[0.0, -1.0], [1.0, 0.0]])
R = torch.matrix_exp(theta * K)
print(R)
print(torch.allclose(R, torch.tensor([[theta.cos(), -theta.sin()], [theta.sin(), theta.cos()]])))
N = torch.tensor([[0.0, 1.0, 2.0], [0.0, 0.0, 3.0], [0.0, 0.0, 0.0]], dtype=torch.float64)
print(torch.linalg.matrix_exp(N))
print(torch.matrix_exp(torch.diag(torch.tensor([0.0, 1.0, -2.0]))))
torch.manual_seed(0)
B = torch.randn(2, 3, 3) * 0.5
print(B.matrix_exp().shape, torch.allclose(B.matrix_exp()[1], torch.matrix_exp(B[1])))
print(torch.allclose(torch.matrix_exp(B) @ torch.matrix_exp(-B), torch.eye(3).expand(2, 3, 3), atol=1e-5))
print(torch.det(torch.matrix_exp(B[0])).item() - torch.exp(torch.trace(B[0])).item() < 1e-5)
A = torch.tensor([[0.5, 0.2], [-0.3, 1.0]], requires_grad=True)
E = torch.matrix_exp(A)
print(E, E.grad_fn)
(E * torch.tensor([[1.0, 2.0], [3.0, 4.0]])).sum().backward()
print(A.grad)
C = torch.randn(3, 3, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(torch.matrix_exp, (C,)), torch.autograd.gradgradcheck(torch.linalg.matrix_exp, (C,)))
print(torch.matrix_exp(torch.zeros(0, 0)), torch.matrix_exp(torch.zeros(2, 1, 1)))
for bad in [torch.ones(2, 3), torch.ones(3), torch.ones(2, 2, dtype=torch.long)]:
    try:
        torch.matrix_exp(bad)
    except RuntimeError as e:
        print("RuntimeError:", e)
