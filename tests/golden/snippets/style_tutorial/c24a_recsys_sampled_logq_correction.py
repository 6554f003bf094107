# Correcting sampled-softmax logits by the log of sampling probabilities
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 1.0, 0.5, 0.0]])
q = torch.tensor([0.4, 0.3, 0.2, 0.1])
corrected = logits - torch.log(q)
print(corrected)
print(F.log_softmax(corrected, dim=1))
print(F.cross_entropy(corrected, torch.tensor([0])))
print(F.cross_entropy(logits, torch.tensor([0]), label_smoothing=0.1))
print(F.nll_loss(F.log_softmax(logits, 1), torch.tensor([2])))
