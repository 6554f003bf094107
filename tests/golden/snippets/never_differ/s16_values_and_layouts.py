# Results whose values or layouts PyTorch fixes: its binary search, LAPACK's column-major factors,
# comparisons with non-tensors, and out= resized with its warning.
import torch

seq = torch.tensor([[1, -2, 3], [0, 4, -1]])          # not sorted: the answer is PyTorch's bisection's
print(torch.searchsorted(seq, torch.tensor([[1.5, -2.0, 3.0], [0.5, 4.0, -1.0]])))
print(torch.searchsorted(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([0.0, 1.0, 2.5, 9.0]), right=True))

A = torch.tensor([[1.5, -2.0, 3.0], [0.5, 4.0, -1.0]])
U, S, Vh = torch.linalg.svd(A)
Q, R = torch.linalg.qr(A)
print(U.stride(), Vh.stride(), Q.stride(), R.stride(), Q.is_contiguous())
U, S, V = torch.svd(A)
print(U.stride(), V.stride(), torch.svd_lowrank(A)[0].stride())

print(A == "a", A != None, A.__eq__((1, 2)), A == [1, 2])
print(torch.typename(torch.empty(2, device="meta")), torch.typename(A))

out = torch.empty(2, 3)
print(torch.tensordot(A, A, out=out), out.shape)
try:
    torch.tensordot(A, A, out=torch.empty(0, dtype=torch.long))
except RuntimeError as e:
    print(e)
try:
    torch.ger(A, A, out=torch.empty(2, 3))
except RuntimeError as e:
    print(e)
print(torch.dot(torch.ones(3), torch.ones(3), out=torch.empty(2, 2)))
