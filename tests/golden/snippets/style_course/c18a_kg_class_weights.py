# Imbalanced classes: weight the loss with inverse class frequency
import torch
import torch.nn as nn

torch.manual_seed(5)
y = torch.cat([torch.zeros(90, dtype=torch.long), torch.ones(10, dtype=torch.long)])
counts = torch.bincount(y)
weights = counts.sum() / (len(counts) * counts.float())
print("counts:", counts, "weights:", weights)
logits = torch.randn(100, 2)
plain = nn.CrossEntropyLoss()(logits, y)
weighted = nn.CrossEntropyLoss(weight=weights)(logits, y)
print(f"plain {plain.item():.5f} weighted {weighted.item():.5f}")
