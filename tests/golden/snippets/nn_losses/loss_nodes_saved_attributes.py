# Peeking at what the loss nodes keep for backward: the reduction is saved as ATen's number,
# NllLoss keeps its target, weight, ignore_index and the total weight as a tensor; the saved
# tensors are freed by backward (a plain number is not).
import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3, requires_grad=True)
labels = torch.tensor([0, 2, 1, 1])
for reduction in ("none", "mean", "sum"):
    node = F.nll_loss(logits.log_softmax(1), labels, reduction=reduction).grad_fn
    print(node.name(), node._saved_reduction, node._saved_ignore_index, node._saved_total_weight)
node = F.nll_loss(logits, labels, weight=torch.tensor([1., 2., 3.]), ignore_index=1).grad_fn
print(node._saved_target, node._saved_weight, node._saved_total_weight)
probs, y = torch.rand(4, 3, requires_grad=True), torch.rand(4, 3)
for loss in (F.mse_loss(probs, y), F.smooth_l1_loss(probs, y, reduction="sum"), F.soft_margin_loss(probs, y),
             F.binary_cross_entropy(probs, y, weight=torch.ones(3))):
    print(loss.grad_fn.name(), loss.grad_fn._saved_reduction, sorted(a for a in dir(loss.grad_fn) if a.startswith("_saved_")))
loss = F.binary_cross_entropy(probs, y, weight=torch.ones(3))
loss.backward()
print(loss.grad_fn._saved_reduction)
try:
    loss.grad_fn._saved_weight
except RuntimeError as e:
    print("RuntimeError:", str(e)[:50])
