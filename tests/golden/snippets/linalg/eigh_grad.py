import torch

A = torch.tensor([[2.0, 0.5, 0.1],
                  [0.5, 1.0, 0.3],
                  [0.1, 0.3, 3.0]], dtype=torch.float64, requires_grad=True)
L, V = torch.linalg.eigh(A)
print(L.grad_fn, V.grad_fn)
L[-1].backward()
print(A.grad)
A.grad = None
L, V = torch.linalg.eigh(A)
v = V[:, -1]
torch.outer(v, v).sum().backward()
print(A.grad)
A.grad = None
torch.linalg.eigvalsh(A).pow(2).sum().backward()
print(A.grad)
