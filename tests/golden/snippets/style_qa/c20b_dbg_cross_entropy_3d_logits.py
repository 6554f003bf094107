# sequence logits (batch, seq, vocab) passed straight to cross_entropy
import torch
import torch.nn.functional as F

torch.manual_seed(143)
logits = torch.randn(2, 3, 5)
targets = torch.randint(0, 5, (2, 3))
try:
    F.cross_entropy(logits, targets)
except RuntimeError as e:
    print("RuntimeError:", e)
print(F.cross_entropy(logits.transpose(1, 2), targets))
print(F.cross_entropy(logits.view(-1, 5), targets.view(-1)))
