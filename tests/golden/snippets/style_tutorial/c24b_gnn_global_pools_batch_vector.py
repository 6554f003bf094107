# global sum/mean/max pooling over a batch vector of graphs
import torch

x = torch.tensor([[1., 2.], [3., 0.], [5., 5.], [0., 1.], [2., 2.], [4., 8.]])
batch = torch.tensor([0, 0, 0, 1, 1, 2])
num_graphs = int(batch.max()) + 1
idx = batch.unsqueeze(1).expand_as(x)
sum_pool = torch.zeros(num_graphs, 2).scatter_add(0, idx, x)
print(sum_pool)
count = torch.bincount(batch).unsqueeze(1)
print(sum_pool / count)
max_pool = torch.zeros(num_graphs, 2).scatter_reduce(0, idx, x, "amax", include_self=False)
print(max_pool)
min_pool = torch.zeros(num_graphs, 2).scatter_reduce(0, idx, x, "amin", include_self=False)
print(min_pool)
