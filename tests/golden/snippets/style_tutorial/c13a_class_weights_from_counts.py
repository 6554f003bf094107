# Imbalanced classes: encode string labels with torch.unique(return_inverse), count them with bincount and
# pass inverse-frequency weights to CrossEntropyLoss.
import torch
import torch.nn as nn

labels = ["cat", "dog", "cat", "cat", "bird", "cat", "dog", "cat"]
names = sorted(set(labels))
codes = torch.tensor([names.index(l) for l in labels])
uniq, inverse, counts = torch.unique(codes, return_inverse=True, return_counts=True)
print(names, uniq, inverse, counts)
counts2 = torch.bincount(codes, minlength=len(names))
weights = counts2.sum() / (len(names) * counts2.float())
print(counts2, weights)
torch.manual_seed(74)
logits = torch.randn(len(labels), len(names))
plain = nn.CrossEntropyLoss()(logits, codes)
weighted = nn.CrossEntropyLoss(weight=weights)(logits, codes)
print(plain, weighted)
per = nn.CrossEntropyLoss(weight=weights, reduction="none")(logits, codes)
print(torch.allclose(per.sum() / weights[codes].sum(), weighted))
print(torch.multinomial(weights[codes], 4, replacement=True, generator=torch.Generator().manual_seed(0)))
