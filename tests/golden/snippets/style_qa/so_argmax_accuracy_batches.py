# Q: computing accuracy over batches: argmax, comparing, summing as int vs float, and percentages.
import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(4)
logits_all = torch.randn(23, 4)
labels_all = torch.randint(0, 4, (23,))
loader = DataLoader(TensorDataset(logits_all, labels_all), batch_size=5)
correct, total = 0, 0
for logits, labels in loader:
    preds = logits.argmax(dim=1)
    correct += (preds == labels).sum().item()
    total += labels.size(0)
print(correct, total, f"{100 * correct / total:.2f}%")
c = (logits_all.argmax(1) == labels_all).sum()
print(c, c.dtype, c / len(labels_all), (c / len(labels_all)).item())
print((logits_all.argmax(1) == labels_all).float().mean())
print(torch.max(logits_all, 1)[1][:5], logits_all.max(dim=1).indices[:5])
try:
    (logits_all.argmax(1) == labels_all).mean()
except RuntimeError as e:
    print(e)
