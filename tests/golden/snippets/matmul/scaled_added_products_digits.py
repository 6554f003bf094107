# addmm / addmv / baddbmm with alpha and beta, printed to the last digit (MKL applies them inside the product).
import math
import torch

torch.manual_seed(0)
x = torch.randn(5, 7)
W = torch.randn(3, 7)
b = torch.randn(3)
print(torch.addmm(b, x, W.t(), beta=0.5, alpha=2.0).tolist())
print(torch.addmm(b, x, W.t(), beta=0, alpha=0.1).tolist())
M = torch.randn(7, 4)
print(torch.addmm(torch.ones(5, 4), x, M, alpha=-1.5).tolist())
print(torch.addmv(torch.randn(3), W, x[0], beta=0.9, alpha=0.3).tolist())
print(torch.addmv(torch.zeros(7), M.t().contiguous().t(), torch.randn(4), alpha=3.0).tolist())
q, k = torch.randn(2, 4, 8), torch.randn(2, 6, 8)
mask = torch.zeros(2, 4, 6)
mask[:, :, -2:] = -1e9
scores = torch.baddbmm(mask, q, k.transpose(1, 2), alpha=1 / math.sqrt(8))
print(scores[0].tolist())
print(scores.softmax(-1)[1, 0].tolist())
X = torch.randn(3, 5, dtype=torch.float64)
print(torch.addmm(torch.eye(3, dtype=torch.float64), X, X.t(), beta=0.25, alpha=0.5).tolist())
