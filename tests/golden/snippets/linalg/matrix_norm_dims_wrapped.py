# matrix_norm wraps its dims before anything else: the same dim twice is refused by name
import torch

A = torch.arange(12.0).reshape(3, 4).requires_grad_()
y = torch.linalg.matrix_norm(A)
print(y, y.grad_fn._saved_dim, y.grad_fn._saved_ord)
print(torch.linalg.matrix_norm(A, dim=(1, 0)).grad_fn._saved_dim)
for dim in [(1, 1), (-1, 1), (0, -2), (0, 5)]:
    try:
        torch.linalg.matrix_norm(A, dim=dim)
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
