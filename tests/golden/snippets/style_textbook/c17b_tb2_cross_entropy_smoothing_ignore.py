# cross_entropy's gradient with label smoothing and an ignored target.
import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 2.0, 0.5], [0.0, 0.0, 0.0], [3.0, -1.0, 0.0]], requires_grad=True)
target = torch.tensor([1, -100, 0])
loss = F.cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.1)
loss.backward()
print(loss)
print(logits.grad)
logits.grad = None
F.cross_entropy(logits, target.clamp(min=0), reduction='sum').backward()
print(logits.grad.sum(dim=1))
