# Linear algebra chapter: condition numbers and the accuracy of solves.
import torch

for eps in (1e-2, 1e-5, 1e-8):
    A = torch.tensor([[1.0, 1.0], [1.0, 1.0 + eps]], dtype=torch.float64)
    b = torch.tensor([2.0, 2.0 + eps], dtype=torch.float64)
    x = torch.linalg.solve(A, b)
    print(eps, torch.linalg.cond(A).item(), x.tolist())
H = torch.tensor([[1 / (i + j + 1) for j in range(4)] for i in range(4)], dtype=torch.float64)
print(torch.linalg.cond(H))
x_true = torch.ones(4, dtype=torch.float64)
x = torch.linalg.solve(H, H @ x_true)
print(x.tolist())
print(torch.linalg.cond(H.float()))
print(torch.linalg.solve(H.float(), (H @ x_true).float()))
