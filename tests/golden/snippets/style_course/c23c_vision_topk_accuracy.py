# Top-1 and top-3 accuracy from fixed logits.
import torch

logits = torch.tensor([[0.1, 2.0, 0.3, 0.5], [1.0, 0.2, 3.0, 0.0], [0.5, 0.4, 0.3, 0.2], [0.0, 0.1, 0.2, 5.0]])
target = torch.tensor([1, 0, 3, 3])
top = logits.topk(3, dim=1)
print(top.indices)
correct = top.indices.eq(target.view(-1, 1))
print(correct)
print(correct[:, :1].float().sum() / 4, correct.any(dim=1).float().mean())
print(logits.argmax(1) == target)
