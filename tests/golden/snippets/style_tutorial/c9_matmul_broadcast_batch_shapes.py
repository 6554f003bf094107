# torch.matmul's shape rules: vector-vector, matrix-vector, batched with broadcasting, and @ errors.
import torch

torch.manual_seed(0)
v = torch.arange(3.0)
M = torch.arange(6.0).reshape(2, 3)
B = torch.arange(24.0).reshape(4, 2, 3)
print(torch.matmul(v, v), (v @ v).shape)
print(M @ v, (M @ v).shape)
print((v @ M.T).shape)
print((B @ v).shape, (B @ M.T).shape)
print((B @ B.transpose(1, 2)).shape)
C = torch.ones(5, 1, 3, 2)
print((B @ C).shape)
print(torch.mm(M, M.T))
print(torch.mv(M, v), torch.dot(v, v))
print(torch.bmm(B, B.transpose(-1, -2))[0])
for a, b in [(M, M), (v, torch.ones(4)), (B, torch.ones(2, 3))]:
    try:
        a @ b
    except RuntimeError as e:
        print("RuntimeError:", e)
print(torch.einsum("bij,jk->bik", B, M.T)[1])
print(torch.outer(v, torch.tensor([1.0, -1.0])))
