import torch

users = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
items = torch.tensor([[1.0, 1.0], [2.0, 0.0], [0.0, 3.0]])
edges = torch.tensor([[0, 0, 1, 1], [0, 1, 1, 2]])
item_agg = torch.zeros(3, 2).index_add_(0, edges[1], users[edges[0]])
user_agg = torch.zeros(2, 2).index_add_(0, edges[0], items[edges[1]])
print(item_agg)
print(user_agg)
deg_u = torch.bincount(edges[0], minlength=2).float()
print(user_agg / deg_u[:, None])
