# Indexing tutorial: gather picks per-row columns, scatter_ writes them back, index_add_ and scatter_add_ accumulate.
import torch

torch.manual_seed(1434)
scores = torch.randn(4, 5)
picks = torch.tensor([[1], [0], [4], [2]])
print(scores.gather(1, picks).squeeze(1), scores[torch.arange(4), picks.squeeze(1)])
onehot = torch.zeros(4, 5).scatter_(1, picks, 1.0)
print(onehot)
acc = torch.zeros(3)
acc.index_add_(0, torch.tensor([0, 2, 0, 1]), torch.tensor([1.0, 2.0, 3.0, 4.0]))
print(acc)
bins = torch.zeros(3).scatter_add_(0, torch.tensor([2, 2, 1, 0, 2]), torch.ones(5))
print(bins, torch.bincount(torch.tensor([2, 2, 1, 0, 2])))
w = torch.ones(5, requires_grad=True)
out = (w * scores[0]).gather(0, torch.tensor([3, 3, 1]))
out.sum().backward()
print(out, out.grad_fn, w.grad)
try:
    scores.gather(1, torch.tensor([[5], [0], [0], [0]]))
except RuntimeError as e:
    print(e)
print(torch.zeros(2, 4).scatter(1, torch.tensor([[0, 3], [1, 1]]), torch.tensor([[9.0, 8.0], [7.0, 6.0]]), reduce='add'))
