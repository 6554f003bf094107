import torch

edge_index = torch.tensor([[0, 1, 2, 3, 4, 1], [1, 2, 3, 4, 0, 3]])
keep = torch.tensor([True, True, False, True, False])
emask = keep[edge_index[0]] & keep[edge_index[1]]
sub = edge_index[:, emask]
print(emask)
print(sub)
mapping = torch.full((5,), -1, dtype=torch.long)
mapping[keep] = torch.arange(int(keep.sum()))
print(mapping)
print(mapping[sub])
