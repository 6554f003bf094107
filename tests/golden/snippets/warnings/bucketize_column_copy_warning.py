import torch

# binning one feature column of a table: the column is a strided view
torch.manual_seed(3)
table = torch.randn(6, 3)
edges = torch.tensor([-1.0, 0.0, 1.0])
print(torch.bucketize(table[:, 0], edges))
print(torch.bucketize(table[:, 1], edges))  # the same warning is not shown twice
print(torch.bucketize(table[:, 2].contiguous(), edges, right=True))

grid = torch.tensor([[0.0, 1.0, 2.0], [0.0, 2.0, 4.0]]).t().contiguous().t()
print(torch.searchsorted(grid, torch.tensor([[0.5], [3.0]])))
order = torch.tensor([[2, 0, 1], [1, 2, 0]]).t().contiguous().t()
print(torch.searchsorted(torch.tensor([[3.0, 1.0, 2.0], [2.0, 4.0, 0.0]]), torch.tensor([[2.5], [1.0]]), sorter=order))
print(torch.searchsorted(grid, torch.empty(2, 0)))
