import torch

x = torch.tensor([[3., -4.], [1., 2.]], requires_grad=True)
for name, f in [("norm", lambda: torch.norm(x)), ("norm dim", lambda: x.norm(dim=1)),
                ("linalg.norm", lambda: torch.linalg.norm(x)), ("vector_norm 1", lambda: torch.linalg.vector_norm(x, ord=1, dim=1)),
                ("vector_norm inf", lambda: torch.linalg.vector_norm(x, ord=float("inf"))),
                ("vector_norm 3", lambda: torch.linalg.vector_norm(x, ord=3)), ("matrix_norm", lambda: torch.linalg.matrix_norm(x)),
                ("matrix_norm 1", lambda: torch.linalg.matrix_norm(x, ord=1)), ("inv", lambda: torch.linalg.inv(x)),
                ("det", lambda: torch.linalg.det(x)), ("inverse", lambda: torch.inverse(x)),
                ("solve", lambda: torch.linalg.solve(x, torch.tensor([1., 2.]))), ("p=1", lambda: x.norm(p=1))]:
    r = f()
    (g,) = torch.autograd.grad(r.sum(), x)
    print(name, r, g)
print(torch.linalg.norm(torch.tensor([3., 4.])))
try:
    torch.linalg.inv(torch.tensor([[1., 2.], [2., 4.]]))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.linalg.vector_norm(torch.tensor([1, 2]))
except RuntimeError as e:
    print("RuntimeError:", e)
