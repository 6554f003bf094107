# GAT-style attention: scores per edge, softmax over each node's neighbours
import torch
import torch.nn.functional as F

src = torch.tensor([0, 1, 2, 0, 2, 1])
dst = torch.tensor([1, 1, 1, 2, 2, 0])
e = torch.tensor([0.5, -1.0, 2.0, 0.3, 0.1, 1.5])
e = F.leaky_relu(e, negative_slope=0.2)
print(e)
n = 3
e_max = torch.full((n,), float("-inf")).scatter_reduce(0, dst, e, reduce="amax")
print(e_max)
ex = (e - e_max[dst]).exp()
denom = torch.zeros(n).index_add_(0, dst, ex)
alpha = ex / denom[dst]
print(alpha)
print(torch.zeros(n).index_add_(0, dst, alpha))
