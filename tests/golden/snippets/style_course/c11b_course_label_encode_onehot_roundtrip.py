# Label encoding, one-hot with F.one_hot, back with argmax, and class weights from counts.
import torch
import torch.nn.functional as F

labels = ["cat", "dog", "bird", "dog", "cat", "dog", "fish"]
classes = sorted(set(labels))
idx = torch.tensor([classes.index(l) for l in labels])
print(classes, idx)
oh = F.one_hot(idx, num_classes=len(classes))
print(oh, oh.dtype)
print(oh.argmax(dim=1).tolist() == idx.tolist())
counts = oh.sum(0)
print(counts)
weights = counts.sum() / (len(classes) * counts.float())
print(weights)
loss_fn = torch.nn.CrossEntropyLoss(weight=weights)
torch.manual_seed(0)
logits = torch.randn(len(labels), len(classes))
print(loss_fn(logits, idx), F.cross_entropy(logits, idx))
print(F.cross_entropy(logits, oh.float()))
smoothed = oh.float() * 0.9 + 0.1 / len(classes)
print(smoothed[0], F.cross_entropy(logits, idx, label_smoothing=0.1))
