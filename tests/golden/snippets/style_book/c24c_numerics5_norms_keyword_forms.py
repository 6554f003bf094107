# Exercise 11.A: the many spellings of a norm
import torch

v = torch.tensor([[3.0, 4.0], [6.0, 8.0]])
print(torch.norm(v, p=1, dim=1), torch.norm(v, dim=1, keepdim=True))
print(torch.linalg.norm(v, ord=1, dim=1), torch.linalg.vector_norm(v, ord=2, dim=(0, 1)))
print(v.norm(p="fro"), torch.linalg.matrix_norm(v, ord="fro"))
for f in (lambda: torch.linalg.vector_norm(v, ord="fro"), lambda: torch.linalg.norm(v, ord=1, dim=(0, 1, 2))):
    try:
        print(f())
    except (RuntimeError, TypeError, IndexError) as e:
        print(type(e).__name__, str(e).splitlines()[0])
