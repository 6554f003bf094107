import torch

A = torch.tensor([[3.0, 1.0], [1.0, 2.0], [0.5, -1.0]], dtype=torch.float64, requires_grad=True)
U, S, Vh = torch.linalg.svd(A, full_matrices=False)
print(S.grad_fn, U.grad_fn)
S.sum().backward()
print(A.grad)
A.grad = None
S = torch.linalg.svdvals(A)
print(S)
(S[0] / S[1]).backward()
print(A.grad)
B = torch.tensor([[3.0, 1.0], [1.0, 2.0], [0.5, -1.0]], requires_grad=True)
U, S, V = torch.svd(B)
print(V.grad_fn)
(U * S).pow(2).sum().backward()
print(B.grad)
