# Computing classification accuracy: argmax/eq/sum/float, mean of a bool, torch.max, and per-class accuracy.
import torch

torch.manual_seed(5)
logits = torch.randn(12, 4)
targets = torch.tensor([0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3])

preds = logits.argmax(dim=1)
print(preds)
correct = preds.eq(targets).sum()
print(correct, correct.dtype, correct.item())
acc1 = correct.float() / targets.size(0)
acc2 = (preds == targets).float().mean()
_, pred_max = torch.max(logits, 1)
acc3 = (pred_max == targets).sum().item() / len(targets)
acc4 = torch.sum(preds == targets).double() / targets.numel()
print(acc1, acc2, acc3, acc4)
print(acc1.item(), type(acc3))
for c in range(4):
    mask = targets == c
    print(c, mask.sum().item(), (preds[mask] == c).float().mean().item())
top2 = logits.topk(2, dim=1).indices
print(top2)
print("top-2 acc", (top2 == targets.unsqueeze(1)).any(dim=1).float().mean())
probs = logits.softmax(dim=1)
conf, _ = probs.max(dim=1)
print(conf.round(decimals=3))
print("mean confidence when wrong", conf[preds != targets].mean().item())
