# Forward substitution by hand vs solve_triangular for a lower-triangular system.
import torch

L = torch.tensor([[2.0, 0.0, 0.0], [1.0, 3.0, 0.0], [-1.0, 2.0, 4.0]], dtype=torch.float64)
b = torch.tensor([4.0, 5.0, 6.0], dtype=torch.float64)
y = torch.zeros(3, dtype=torch.float64)
for i in range(3):
    y[i] = (b[i] - L[i, :i] @ y[:i]) / L[i, i]
print(y)
print(torch.linalg.solve_triangular(L, b.unsqueeze(1), upper=False).squeeze())
print(torch.linalg.solve_triangular(L, b.unsqueeze(0), upper=False, left=False))
