# Q: torch.max(x, 1) returns a torch.return_types.max - how do I get the indices?
import torch

torch.manual_seed(0)
logits = torch.randn(4, 3)
res = torch.max(logits, 1)
print(type(res).__name__, type(res).__module__)
print(res)
values, indices = res
print(values, indices)
print(res[1], res.indices.dtype, len(res))
print(logits.max(dim=1, keepdim=True))
print(torch.max(logits), logits.max().item())
_, predicted = torch.max(logits.data, 1)
labels = torch.tensor([0, 2, 1, 0])
correct = (predicted == labels).sum().item()
print(correct, f"{100 * correct / labels.size(0):.1f}%")
print(logits.min(0))
print(torch.sort(logits[0], descending=True))
print(logits.topk(2, dim=1))
print(torch.median(logits, 0).values, torch.mode(torch.tensor([1, 2, 2, 3])))
print(tuple(res)[0].shape, res._fields if hasattr(res, "_fields") else None)
