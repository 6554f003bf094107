# Q: CrossEntropyLoss complains about my target. Class indices must be Long of shape (N,); floats mean probabilities.
import torch
import torch.nn as nn

torch.manual_seed(12)
logits = torch.randn(3, 4)
ce = nn.CrossEntropyLoss()
idx = torch.tensor([1, 0, 3])
print(ce(logits, idx))
try:
    ce(logits, idx.float())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ce(logits, idx.unsqueeze(1))
except RuntimeError as e:
    print("RuntimeError:", e)
probs = torch.nn.functional.one_hot(idx, 4).float()
print(ce(logits, probs), torch.allclose(ce(logits, probs), ce(logits, idx)))
try:
    ce(logits, torch.tensor([1, 0, 4]))
except IndexError as e:
    print("IndexError:", e)
try:
    ce(logits, idx.int())
except RuntimeError as e:
    print("RuntimeError:", e)
print(ce(logits, torch.tensor([1, -100, 3])), nn.CrossEntropyLoss(ignore_index=0)(logits, idx))
