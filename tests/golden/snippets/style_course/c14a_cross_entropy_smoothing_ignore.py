# cross_entropy options used in course notebooks: label_smoothing, ignore_index padding, class weights, reduction.
import torch
import torch.nn.functional as F

torch.manual_seed(1446)
logits = torch.randn(5, 4, requires_grad=True)
target = torch.tensor([1, 0, -100, 3, 2])
print(F.cross_entropy(logits, target))
print(F.cross_entropy(logits, target, label_smoothing=0.1))
print(F.cross_entropy(logits, target, reduction='none'))
print(F.cross_entropy(logits, target, weight=torch.tensor([1.0, 2.0, 0.5, 1.0])))
pad = torch.tensor([1, 0, 0, 3, 0])
loss = F.cross_entropy(logits, pad, ignore_index=0)
loss.backward()
print(loss, logits.grad[1], logits.grad[0])
probs = torch.softmax(torch.randn(5, 4), dim=1)
print(F.cross_entropy(logits, probs))
try:
    F.cross_entropy(logits, torch.tensor([1, 0, 4, 3, 2]))
except IndexError as e:
    print(type(e).__name__, e)
