import torch

# the inverse of an SPD matrix from its Cholesky factor (LAPACK's potri)
torch.manual_seed(0)
B = torch.randn(4, 4, dtype=torch.float64)
A = B @ B.T + 4 * torch.eye(4, dtype=torch.float64)
L = torch.linalg.cholesky(A)
S = torch.cholesky_inverse(L)
print(S)
print(S.stride(), torch.equal(S, S.T), torch.allclose(S @ A, torch.eye(4, dtype=torch.float64)))
print(torch.cholesky_inverse(L.T, upper=True))
print(L.float().cholesky_inverse())
print(torch.cholesky_inverse(torch.tensor([[2.0, 0.0], [1.0, 3.0]]), upper=True))
print(torch.cholesky_inverse(torch.tensor([[float("nan"), 0.0], [1.0, 2.0]])))
print(torch.cholesky_inverse(torch.stack([L, 2 * L]))[1])
out = torch.empty(4, 4, dtype=torch.float64)
torch.cholesky_inverse(L, out=out)
print(torch.equal(out, S))
Lr = torch.tensor([[2.0, 0.0], [1.0, 3.0]], requires_grad=True)
y = torch.cholesky_inverse(Lr)
print(y.grad_fn, y.grad_fn._saved_upper, y.grad_fn._saved_self is Lr)
y.backward(torch.tensor([[1.0, 2.0], [0.0, 1.0]]))
print(Lr.grad)
for bad in (torch.ones(3), torch.ones(2, 3), torch.ones(2, 2, dtype=torch.int64), torch.ones(2, 2, dtype=torch.float16),
            torch.zeros(2, 2), torch.stack([L[:2, :2], torch.tensor([[1.0, 0.0], [1.0, 0.0]], dtype=torch.float64)])):
    try:
        torch.cholesky_inverse(bad)
    except Exception as e:
        print(type(e).__name__, e)
