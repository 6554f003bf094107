# Q: padding tokens in my targets - ignore_index and what "mean" divides by.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(2, 4, 5, requires_grad=True)
targets = torch.tensor([[1, 2, 0, 0], [3, 4, 4, 0]])
PAD = 0
loss = F.cross_entropy(logits.view(-1, 5), targets.view(-1), ignore_index=PAD)
print(loss)
per_tok = F.cross_entropy(logits.view(-1, 5), targets.view(-1), reduction="none", ignore_index=PAD)
print(per_tok)
print(per_tok.sum() / (targets != PAD).sum(), per_tok.mean())
t2 = targets.clone()
t2[t2 == PAD] = -100
print(F.cross_entropy(logits.view(-1, 5), t2.view(-1)))
loss.backward()
print(logits.grad[0, 2], logits.grad[0, 0].sum())
try:
    F.cross_entropy(logits, targets)
except RuntimeError as e:
    print("RuntimeError:", e)
print(F.cross_entropy(logits.transpose(1, 2), targets, ignore_index=PAD))
all_pad = torch.zeros(3, dtype=torch.long)
print(F.cross_entropy(torch.randn(3, 5), all_pad, ignore_index=0))
