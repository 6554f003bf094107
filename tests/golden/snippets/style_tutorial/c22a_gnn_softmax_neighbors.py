import torch

scores = torch.tensor([2.0, 1.0, 0.5, 3.0, 0.0])
dst = torch.tensor([0, 0, 1, 1, 1])
N = 2
max_per = torch.zeros(N).scatter_reduce(0, dst, scores, reduce="amax", include_self=False)
e = torch.exp(scores - max_per[dst])
denom = torch.zeros(N).index_add_(0, dst, e)
alpha = e / denom[dst]
print(max_per)
print(alpha)
print(torch.zeros(N).index_add_(0, dst, alpha))
