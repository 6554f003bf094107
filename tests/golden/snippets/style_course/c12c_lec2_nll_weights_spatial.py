# Lecture: NLL / cross-entropy over images (N, C, H, W) with class weights and ignore_index.
import torch
import torch.nn.functional as F

torch.manual_seed(3)
logits = torch.randn(2, 3, 2, 2, requires_grad=True)
target = torch.tensor([[[0, 1], [2, 1]], [[2, 2], [0, -100]]])
w = torch.tensor([0.2, 1.0, 3.0])
print(F.cross_entropy(logits, target).item())
print(F.cross_entropy(logits, target, weight=w).item())
print(F.cross_entropy(logits, target, reduction="none"))
loss = F.nll_loss(F.log_softmax(logits, 1), target, weight=w, reduction="sum")
loss.backward()
print(loss.item())
print(logits.grad[1, :, 1, 1], logits.grad[0, :, 0, 0])
print(F.cross_entropy(logits, target, label_smoothing=0.3).item())
