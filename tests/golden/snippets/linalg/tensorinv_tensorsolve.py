# torch.linalg.tensorinv and tensorsolve: a tensor seen as a matrix, inverted or solved, and their errors.
import torch

A = (torch.eye(6, dtype=torch.float64) * 2).reshape(6, 2, 3).requires_grad_()
Ai = torch.linalg.tensorinv(A, ind=1); print(Ai.shape, Ai.grad_fn.name(), Ai.grad_fn.next_functions[0][0].name(), Ai.grad_fn.next_functions[0][0].next_functions[0][0].name())
Ai.sum().backward(); print(A.grad.sum())
B = torch.eye(6).reshape(2, 3, 6)
print(torch.linalg.tensorinv(B, ind=2).shape, torch.linalg.tensorinv(B).shape, torch.linalg.tensorinv(B, 2).stride())
for a, k in (((B,), dict(ind=0)), ((torch.ones(2, 3, 4),), dict(ind=1)), ((torch.ones(4, 2, 2).int(),), dict(ind=1)), ((torch.zeros(4, 2, 2),), dict(ind=1)), ((B, 1), {}), ((torch.ones(2,2),), dict(ind=1.0))):
    try: print(torch.linalg.tensorinv(*a, **k))
    except Exception as e: print(type(e).__name__, e)
A = torch.eye(6).reshape(2, 3, 6).requires_grad_()
X = torch.linalg.tensorsolve(A, torch.ones(2, 3)); print(X, X.grad_fn.name(), X.grad_fn.next_functions[0][0].name(), X.grad_fn.next_functions[0][0].next_functions)
A2 = torch.eye(6).reshape(6, 2, 3).permute(1, 2, 0).contiguous()
print(torch.linalg.tensorsolve(A2, torch.ones(6), dims=(0, 1)).shape)
torch.manual_seed(0)
M = torch.randn(2, 3, 6, dtype=torch.float64); R = torch.randn(2, 3, dtype=torch.float64)
print(torch.linalg.tensorsolve(M, R))
print(torch.linalg.tensorsolve(M.permute(2, 0, 1), R, dims=(0,)))
try:
    torch.linalg.tensorsolve(M, R, dims=0)
except TypeError as e:
    print(e)
for a, k in (((torch.ones(2, 3, 4), torch.ones(2, 3)), {}), ((A, torch.ones(3, 2)), {}), ((torch.eye(4).reshape(2,2,2,2).int(), torch.ones(2,2).int()), {}), ((torch.zeros(2,2), torch.ones(2)), {}), ((A, torch.ones(2, 3)), dict(dims=(5,)))):
    try: print(torch.linalg.tensorsolve(*a, **k))
    except Exception as e: print(type(e).__name__, e)
