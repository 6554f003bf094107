# Binary precision, recall and F1 from thresholded probabilities with logical ops
import torch

torch.manual_seed(30)
probs = torch.rand(12)
labels = torch.tensor([1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1]).bool()
preds = probs >= 0.5
tp = (preds & labels).sum()
fp = (preds & ~labels).sum()
fn = (~preds & labels).sum()
tn = (~preds & ~labels).sum()
print(tp, fp, fn, tn, tp.dtype)
precision = tp / (tp + fp)
recall = tp / (tp + fn)
f1 = 2 * precision * recall / (precision + recall)
print(f"precision {precision:.3f} recall {recall:.3f} f1 {f1:.3f}")
print(torch.logical_xor(preds, labels).sum(), (preds == labels).float().mean())
