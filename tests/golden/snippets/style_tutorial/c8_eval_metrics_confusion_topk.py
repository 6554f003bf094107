# Evaluation metrics by hand: confusion matrix with bincount, precision/recall per class, top-k accuracy.
import torch

torch.manual_seed(0)
logits = torch.randn(12, 4)
targets = torch.tensor([0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3])
preds = logits.argmax(dim=1)
print(preds)
num_classes = 4
cm = torch.bincount(targets * num_classes + preds, minlength=num_classes ** 2).reshape(num_classes, num_classes)
print(cm)
tp = cm.diag()
precision = tp / cm.sum(0).clamp(min=1)
recall = tp / cm.sum(1)
f1 = 2 * precision * recall / (precision + recall + 1e-8)
print(precision, recall, f1)
print(f"accuracy: {tp.sum().item() / cm.sum().item():.3f}")
top2 = logits.topk(2, dim=1).indices
print((top2 == targets.unsqueeze(1)).any(dim=1).float().mean())
probs = logits.softmax(dim=1)
print(probs.max(dim=1).values.mean(), -(probs * probs.log()).sum(1).mean())
print(torch.nn.functional.one_hot(preds, 4).sum(0))
