import torch
import torch.nn as nn

torch.manual_seed(23)
n_feat, k = 6, 3
V = nn.Embedding(n_feat, k)
w = nn.Embedding(n_feat, 1)
x_idx = torch.tensor([[0, 2, 5], [1, 3, 4]])
v = V(x_idx)
square_of_sum = v.sum(1).pow(2)
sum_of_square = v.pow(2).sum(1)
pair = 0.5 * (square_of_sum - sum_of_square).sum(1)
linear = w(x_idx).sum((1, 2))
print(pair)
print(linear)
manual = sum((v[:, a] * v[:, b]).sum(1) for a in range(3) for b in range(a + 1, 3))
print(torch.allclose(pair, manual, atol=1e-6))
