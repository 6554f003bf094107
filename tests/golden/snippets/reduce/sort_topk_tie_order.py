# Which index comes first among equal values: PyTorch's CPU sort (unless stable=True) and topk
# run C++'s std::sort / nth_element / partial_sort, which are not stable.
import torch

torch.manual_seed(0)
scores = torch.randint(0, 4, (20,)).float()
print(scores)
print(torch.sort(scores))
print(torch.sort(scores, descending=True).indices)
print(torch.sort(scores, stable=True).indices)
print(scores.argsort(), scores.argsort(descending=True), scores.argsort(stable=True))
print(torch.topk(scores, 5))
print(torch.topk(scores, 5, largest=False).indices)
print(torch.topk(scores, 5, sorted=False).indices)
print(torch.topk(scores, 1).indices, scores.max(0).indices, scores.argmax())

# rows of a batch, a dim other than the last, and a long row (partial_sort: 64 k <= n)
votes = torch.randint(0, 3, (4, 40)).float()
print(votes.sort(dim=1).indices[:, :10])
print(votes.T.sort(dim=0, descending=True).indices[:6])
print(votes.topk(3, dim=1).indices, votes.topk(2, dim=1, largest=False, sorted=False).indices)
long_row = torch.randint(0, 5, (200,)).float()
print(long_row.topk(3).indices, long_row.topk(2, largest=False).indices)
print(long_row.sort().indices[:12], long_row.msort()[-3:])

# NaN: first in a descending order, last in an ascending one
x = torch.tensor([1.0, float("nan"), 3.0, 1.0, float("nan"), 0.0, 3.0])
print(x.sort(), x.sort(descending=True).indices, x.topk(3).indices, x.topk(2, largest=False).indices)
y = torch.cat([x, x, x])
print(y.sort().indices, y.sort(descending=True).indices)
print(y.max(0), y.min(0), y.mode(0), y.median(0), y.kthvalue(4, 0))
