import torch
import torch.nn as nn

torch.manual_seed(5)
table = nn.Embedding(num_embeddings=8, embedding_dim=3, sparse=True)
sparse_opt = torch.optim.SparseAdam(table.parameters(), lr=0.1)
rows = torch.tensor([[2, 5], [5, 7]])
(table(rows) * torch.tensor([1.0, -1.0, 0.5])).sum().backward()
grad = table.weight.grad.coalesce()
print(grad.layout, grad.indices().tolist(), grad.values().shape)
snapshot = table.weight.detach().clone()
sparse_opt.step()
moved = (table.weight.detach() - snapshot).abs().sum(dim=1) > 0
print(moved.nonzero().flatten().tolist())
print(sorted(sparse_opt.state[table.weight]))
