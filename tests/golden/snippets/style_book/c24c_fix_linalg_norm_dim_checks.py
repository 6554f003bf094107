# Section 11.B (proof for the engine fix): linalg.norm's dim and ord checks, vector_norm's ord type
import torch
v = torch.arange(8.0).reshape(2, 2, 2)
for f in (lambda: torch.linalg.norm(v, ord=1, dim=(0, 1, 2)), lambda: torch.linalg.norm(v, dim=(0, 1, 2)),
          lambda: torch.linalg.norm(v, ord=2), lambda: torch.linalg.norm(v, ord="fro"), lambda: torch.linalg.norm(v),
          lambda: torch.linalg.norm(v, ord="nuc", dim=(0, 1, 2)), lambda: torch.linalg.norm(v, dim=()),
          lambda: torch.linalg.norm(v, 2, 1), lambda: torch.linalg.norm(v, "fro", (0, 1)), lambda: torch.linalg.norm(v, ord=float("inf"), dim=[2]),
          lambda: torch.linalg.vector_norm(v, ord="fro"), lambda: torch.linalg.vector_norm(v, ord=None), lambda: torch.linalg.matrix_norm(v, ord=3)):
    try:
        print(f())
    except (RuntimeError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
