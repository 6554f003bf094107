# duplicate edge weights summed by coalesce; gradients reach every duplicate
import torch

w = torch.tensor([0.5, 1.5, 2.0, 1.0], requires_grad=True)
idx = torch.tensor([[0, 0, 1, 0], [1, 1, 2, 1]])
A = torch.sparse_coo_tensor(idx, w, (3, 3))
D = A.coalesce().to_dense()
print(D)
(D * torch.arange(9.).view(3, 3)).sum().backward()
print(w.grad)
print(A.grad_fn.name() if A.grad_fn is not None else None)
