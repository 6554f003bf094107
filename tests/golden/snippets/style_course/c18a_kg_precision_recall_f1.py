# Precision, recall and F1 from a confusion matrix computed with tensors
import torch

torch.manual_seed(9)
y_true = torch.randint(0, 2, (50,))
probs = torch.rand(50) * 0.6 + y_true * 0.3
y_pred = (probs > 0.5).long()
tp = ((y_pred == 1) & (y_true == 1)).sum().item()
fp = ((y_pred == 1) & (y_true == 0)).sum().item()
fn = ((y_pred == 0) & (y_true == 1)).sum().item()
tn = ((y_pred == 0) & (y_true == 0)).sum().item()
precision = tp / (tp + fp)
recall = tp / (tp + fn)
f1 = 2 * precision * recall / (precision + recall)
print(f"TP={tp} FP={fp} FN={fn} TN={tn}")
print(f"precision={precision:.4f} recall={recall:.4f} f1={f1:.4f}")
