# Q: CrossEntropyLoss on sequence outputs (N, L, C): "Expected target size [2, 10], got [2, 5]" - move classes to dim 1.
import torch
import torch.nn as nn

torch.manual_seed(61)
N, L, C = 2, 5, 10
logits = torch.randn(N, L, C)
target = torch.randint(0, C, (N, L))
ce = nn.CrossEntropyLoss()
try:
    ce(logits, target)
except RuntimeError as e:
    print(e)
a = ce(logits.permute(0, 2, 1), target)
b = ce(logits.reshape(-1, C), target.reshape(-1))
print(a, b, torch.allclose(a, b))
try:
    ce(logits.view(-1, C), target)
except ValueError as e:
    print("ValueError:", e)
mask_target = target.clone()
mask_target[:, -2:] = -100
print(ce(logits.transpose(1, 2), mask_target))
print(nn.CrossEntropyLoss(reduction="none")(logits.transpose(1, 2), target).shape)
