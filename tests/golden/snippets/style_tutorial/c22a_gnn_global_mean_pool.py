import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [0.0, 1.0], [2.0, 2.0]])
batch = torch.tensor([0, 0, 0, 1, 1])
num_graphs = int(batch.max()) + 1
sums = torch.zeros(num_graphs, 2).index_add_(0, batch, x)
counts = torch.bincount(batch, minlength=num_graphs).unsqueeze(1).float()
print(sums / counts)
maxes = torch.full((num_graphs, 2), float('-inf')).scatter_reduce(0, batch[:, None].expand(-1, 2), x, 'amax')
print(maxes)
print(torch.stack([x[batch == g].sum(0) for g in range(num_graphs)]))
