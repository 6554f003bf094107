import torch

torch.manual_seed(5)
num_nodes = 5
edge_index = torch.tensor([[0, 1, 2, 3], [1, 2, 3, 4]])
existing = set(map(tuple, edge_index.t().tolist()))
print(sorted(existing))
neg = []
while len(neg) < 4:
    i, j = torch.randint(0, num_nodes, (2,)).tolist()
    if i != j and (i, j) not in existing:
        neg.append((i, j))
neg_index = torch.tensor(neg).t()
print(neg_index)
print(neg_index.shape, neg_index.is_contiguous())
