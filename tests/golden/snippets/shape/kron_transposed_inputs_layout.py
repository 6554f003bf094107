# torch.kron views its broadcast product: transposed inputs can make that view fail, or give a strided result
import torch

A = torch.tensor([[1.0, 2.0], [0.0, 1.0]])
B = torch.tensor([[3.0, 0.0], [1.0, 1.0]])
C = torch.arange(6.0).reshape(2, 3)
cases = [("B.T, A", B.T, A), ("A, C.T", A, C.T), ("B.T, B.T", B.T, B.T), ("C[:, ::2], A", C[:, ::2], A),
         ("B.T, vec", B.T, torch.arange(3.0)), ("C.T, ones(1, 1)", C.T, torch.ones(1, 1)),
         ("col.T, A", torch.arange(3.0).reshape(1, 3).T, A), ("row.T, A", torch.arange(3.0).reshape(3, 1).T, A),
         ("expand, A", torch.ones(2, 1).expand(2, 2), A), ("3-d permuted, B.T", torch.arange(8.0).reshape(2, 2, 2).permute(1, 2, 0), B.T)]
for name, a, b in cases:
    try:
        r = torch.kron(a, b)
        print(name, tuple(r.shape), r.stride(), r.is_contiguous(), r.sum().item())
    except RuntimeError as e:
        print(name, type(e).__name__, e)
x = B.T.clone().requires_grad_()
y = torch.kron(x, B.T)
print(y.grad_fn.name(), y.stride())
y.pow(2).sum().backward()
print(x.grad)
print(torch.kron(B.T.contiguous(), A))
