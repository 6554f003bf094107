# clone/detach of a sparse tensor that requires grad
import torch

A = torch.sparse_coo_tensor(torch.tensor([[0, 1], [1, 0]]), torch.tensor([1.0, 2.0]), (2, 2), requires_grad=True)
B = A.clone()
print(B.requires_grad, B.grad_fn.name())
C = A.detach()
print(C.requires_grad, C.is_sparse)
(B.to_dense() * torch.tensor([[1.0, 2.0], [3.0, 4.0]])).sum().backward()
print(A.grad.coalesce().values())
