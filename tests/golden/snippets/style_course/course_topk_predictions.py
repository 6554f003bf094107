# Top-k predictions and top-1/top-3 accuracy from class scores.
import torch

torch.manual_seed(21)
scores = torch.randn(6, 5)
labels = torch.tensor([1, 0, 4, 2, 2, 3])
values, indices = scores.topk(3, dim=1)
print(values)
print(indices)
top1 = (scores.argmax(dim=1) == labels).float().mean()
top3 = (indices == labels.unsqueeze(1)).any(dim=1).float().mean()
print(f'top1 {top1.item():.3f} top3 {top3.item():.3f}')
print(torch.topk(torch.tensor([1., 3., 2., 3.]), 2))
print(scores.max(dim=1))
print(scores.sort(dim=1, descending=True).indices[0])
