import torch

A = torch.tensor([[10.0, -1.0, 2.0, 0.0],
                  [-1.0, 11.0, -1.0, 3.0],
                  [2.0, -1.0, 10.0, -1.0],
                  [0.0, 3.0, -1.0, 8.0]], dtype=torch.float64)
b = torch.tensor([6.0, 25.0, -11.0, 15.0], dtype=torch.float64)
D = torch.diag(A)
R = A - torch.diag(D)
print("diagonally dominant:", bool((D.abs() > R.abs().sum(1)).all()))
x = torch.zeros(4, dtype=torch.float64)
for k in range(1, 26):
    x_new = (b - R @ x) / D
    delta = (x_new - x).abs().max().item()
    x = x_new
    if k % 5 == 0:
        print(k, [round(v, 8) for v in x.tolist()], f"{delta:.2e}")
print("direct:", torch.linalg.solve(A, b))
rho = torch.linalg.eigvals(torch.diag(1 / D) @ R).abs().max()
print("spectral radius < 1:", rho.item() < 1)
