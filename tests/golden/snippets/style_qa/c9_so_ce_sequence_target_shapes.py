# Q: CrossEntropyLoss on sequence outputs (N, T, C): permute to (N, C, T); expected target size message; bad class.
import torch
import torch.nn as nn

torch.manual_seed(0)
N, T, C = 2, 5, 4
logits = torch.randn(N, T, C)
target = torch.randint(0, C, (N, T))
ce = nn.CrossEntropyLoss()
try:
    ce(logits, target)
except RuntimeError as e:
    print(e)
print(ce(logits.permute(0, 2, 1), target))
print(ce(logits.view(-1, C), target.view(-1)))
try:
    ce(logits.reshape(-1, C), target)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
bad = target.clone()
bad[0, 0] = 4
try:
    ce(logits.view(-1, C), bad.view(-1))
except IndexError as e:
    print(type(e).__name__, e)
bad[0, 0] = -100
print(ce(logits.view(-1, C), bad.view(-1)))
print(nn.CrossEntropyLoss(ignore_index=0)(logits.view(-1, C), target.view(-1)))
print(nn.CrossEntropyLoss(reduction="none")(logits.permute(0, 2, 1), target).shape)
