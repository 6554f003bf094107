import torch

torch.manual_seed(21)
edge_index = torch.tensor([[0, 1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 0]])
keep = torch.rand(edge_index.size(1)) >= 0.4
print(keep)
print(edge_index[:, keep])
x = torch.ones(6, 2)
print(torch.nn.functional.dropout(x, p=0.5, training=True))
