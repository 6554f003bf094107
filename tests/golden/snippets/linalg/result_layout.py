import torch

# LAPACK leaves its results column by column: PyTorch's strides show it
A = torch.tensor([[4., 1., 0.], [1., 3., 1.], [0., 1., 2.]])
B = torch.tensor([[1., 2.], [3., 4.], [5., 6.]])
X = torch.linalg.solve(A, B)
print(X, X.stride(), X.is_contiguous())
print(torch.linalg.solve(A, B[:, 0]).stride(), torch.linalg.solve(A, B.T, left=False).stride())
L = torch.linalg.cholesky(A)
print(L.stride(), torch.linalg.cholesky(A, upper=True).stride(), torch.cholesky_solve(B, L).stride())
Ai = torch.linalg.inv(A)
print(Ai.stride(), Ai.is_contiguous(), Ai.T.is_contiguous(), torch.inverse(A.expand(2, 3, 3)).stride())
print(torch.linalg.lstsq(A, B).solution.stride())
try:
    Ai.view(-1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(Ai.reshape(-1), (Ai + 1).stride(), (Ai @ B).stride())
