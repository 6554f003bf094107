# Q&A: CrossEntropyLoss wants class indices (long), but also accepts float class probabilities
# of the same shape; int one-hot targets and a 2-D long target fail.
import torch
import torch.nn as nn

torch.manual_seed(53)
logits = torch.randn(3, 4, requires_grad=True)
labels = torch.tensor([2, 0, 3])
onehot = nn.functional.one_hot(labels, num_classes=4)
ce = nn.CrossEntropyLoss()
print(ce(logits, labels).item())
print(ce(logits, onehot.float()).item())
for target in (onehot, labels.float(), labels.view(3, 1)):
    try:
        print(ce(logits, target))
    except RuntimeError as e:
        print(type(e).__name__, e)
print(onehot.dtype, ce(logits, labels).grad_fn)
