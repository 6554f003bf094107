# Gradients through einsum equal those through matmul.
import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)
B = torch.tensor([[0.5, -1.0, 2.0], [1.0, 0.0, -0.5]], requires_grad=True)
C = torch.einsum('ik,kj->ij', A, B)
print(C.grad_fn)
(C ** 2).sum().backward()
ga, gb = A.grad.clone(), B.grad.clone()
A.grad = None
B.grad = None
((A @ B) ** 2).sum().backward()
print(ga, torch.equal(ga, A.grad))
print(gb, torch.equal(gb, B.grad))
