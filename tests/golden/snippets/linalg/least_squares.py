import torch

# fit y = a*x + b by least squares
x = torch.tensor([0.0, 1.0, 2.0, 3.0, 4.0, 5.0])
y = torch.tensor([1.1, 2.9, 5.2, 7.1, 8.8, 11.2])
A = torch.stack([x, torch.ones_like(x)], dim=1)
result = torch.linalg.lstsq(A, y.unsqueeze(1))
print(result)
print(result.solution.squeeze())
print(torch.linalg.lstsq(A, y.unsqueeze(1), driver="gelsd"))
print(torch.linalg.pinv(A) @ y)
print(torch.linalg.matrix_rank(A))
