# Labels -> one_hot -> float targets; MSE on softmax vs cross-entropy on logits, and back to labels.
import torch
import torch.nn.functional as F

torch.manual_seed(3)
labels = torch.tensor([0, 2, 1, 2, 3])
oh = F.one_hot(labels)
print(oh)
print(oh.dtype, oh.shape)
oh4 = F.one_hot(labels, num_classes=6)
print(oh4.shape, oh4.sum(dim=0))
targets = oh.float()
logits = torch.randn(5, 4, requires_grad=True)
probs = F.softmax(logits, dim=1)
mse = F.mse_loss(probs, targets)
ce = F.cross_entropy(logits, labels)
ce_soft = F.cross_entropy(logits, targets)
print(mse, ce, ce_soft)
print(torch.allclose(ce, ce_soft))
ce.backward()
print(logits.grad)
print(torch.allclose(logits.grad, (probs - targets).detach() / 5))
print(oh.argmax(dim=1), torch.equal(oh.argmax(dim=1), labels))
try:
    F.one_hot(labels, num_classes=3)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    F.one_hot(labels.float())
except RuntimeError as e:
    print("RuntimeError:", e)
print(F.one_hot(torch.tensor([[0, 1], [1, 0]]), 2))
