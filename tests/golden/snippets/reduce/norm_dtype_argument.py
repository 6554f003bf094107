# norms computed in another dtype: every ord of matrix_norm, and the dtypes PyTorch refuses
import torch
A = torch.tensor([[1.5, 2.25, -0.1], [3.0, -4.0, 0.3]])
for o in (1, -1, float("inf"), -float("inf"), "fro", "nuc", 2):
    r = torch.linalg.matrix_norm(A, ord=o, dtype=torch.float64)
    print(o, r.dtype, r.item())
print(torch.linalg.norm(A, ord=1, dtype=torch.float64), torch.linalg.vector_norm(A, 3, dtype=torch.float64))
print(torch.norm(A, dtype=torch.float64))
for call in (lambda: torch.linalg.vector_norm(A, dtype=torch.float16), lambda: torch.linalg.matrix_norm(A, dtype=torch.float16),
             lambda: torch.linalg.matrix_norm(A, ord=1, dtype=torch.bfloat16), lambda: torch.norm(A, dtype=torch.float16),
             lambda: torch.linalg.matrix_norm(A, dtype=torch.int64), lambda: torch.linalg.vector_norm(A, dtype=torch.int32),
             lambda: torch.linalg.vector_norm(A.double(), dtype=torch.float32)):
    try:
        print(call())
    except RuntimeError as e:
        print(e)
C = A.to(torch.complex64)
print(torch.linalg.vector_norm(C, dtype=torch.complex128))
for call in (lambda: torch.linalg.matrix_norm(A, dtype=torch.complex128), lambda: torch.linalg.vector_norm(A, dtype=torch.complex64),
             lambda: torch.linalg.vector_norm(C, dtype=torch.float32), lambda: torch.linalg.matrix_norm(C, dtype=torch.float64),
             lambda: torch.linalg.vector_norm(C.to(torch.complex128), dtype=torch.complex64)):
    try:
        print(call())
    except RuntimeError as e:
        print(e)
