"""Matrix multiplication flavours: @, mm, bmm, matmul, einsum, elementwise *."""
import torch

A = torch.arange(6.0).reshape(2, 3)
B = torch.arange(12.0).reshape(3, 4)
print("A @ B:\n", A @ B)
print("mm equal:", torch.equal(A @ B, torch.mm(A, B)))
batch = torch.stack([A, A + 1])
print("bmm shape:", torch.bmm(batch, B.expand(2, 3, 4)).shape)
print("einsum:", torch.einsum("ij,jk->ik", A, B)[0])
print("elementwise:", A * A)
try:
    torch.mm(A, A)
except RuntimeError as e:
    print("RuntimeError:", e)
print("dot:", torch.dot(A[0], A[1]), "outer:", torch.outer(A[0], A[1]).shape)
