# old (PyTorch 1.x) linear-algebra calls pasted from an old answer: each says what replaces it
import torch
A = torch.tensor([[4.0, 1.0], [1.0, 3.0]])
B = torch.tensor([[1.0], [2.0]])
calls = [("torch.solve", lambda: torch.solve(B, A)), ("torch.symeig", lambda: torch.symeig(A, eigenvectors=True)),
         ("torch.eig", lambda: torch.eig(A)), ("torch.lstsq", lambda: torch.lstsq(B, A)),
         ("torch.matrix_rank", lambda: torch.matrix_rank(A)), ("A.solve", lambda: A.solve(B)),
         ("A.symeig", lambda: A.symeig()), ("A.eig", lambda: A.eig(True)), ("B.lstsq", lambda: B.lstsq(A))]
for label, call in calls:
    try:
        call()
    except RuntimeError as e:
        print(label, "->", e)
print(hasattr(torch, "symeig"), hasattr(A, "matrix_rank"))
print(torch.linalg.eigvalsh(A, UPLO='U'))
try:
    torch.solve(B)
except TypeError as e:
    print(e)
X = torch.linalg.solve(A, B)
print(X)
