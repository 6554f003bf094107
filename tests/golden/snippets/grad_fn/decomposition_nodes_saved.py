# What the linear-algebra nodes saved: names, values, None, and the raw SavedTensors.
import torch

def show(t):
    fn = t.grad_fn
    print(fn.name())
    for name in dir(fn):
        if name.startswith("_saved_"):
            print(" ", name, getattr(fn, name))
        elif name.startswith("_raw_saved_"):
            print(" ", name, type(getattr(fn, name)).__name__)

A = torch.tensor([[2.0, -1.0, 0.5], [1.0, 3.0, -2.0], [0.0, 1.5, 4.0]], dtype=torch.float64, requires_grad=True)
S = A @ A.mT + torch.eye(3, dtype=torch.float64)
show(torch.linalg.svd(A)[1])
show(torch.linalg.qr(A)[0])
show(torch.linalg.eigh(S)[0])
show(torch.linalg.cholesky(S))
show(torch.linalg.lu_factor(A)[0])
show(torch.linalg.solve(A, torch.ones(3, dtype=torch.float64)))
show(torch.linalg.inv(A))
show(torch.linalg.slogdet(A)[1])
show(torch.linalg.det(A))
show(torch.linalg.lstsq(A, torch.ones(3, 1, dtype=torch.float64)).solution)
show(torch.linalg.eig(A)[0])
show(torch.var_mean(A, 1)[0])
