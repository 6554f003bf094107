# Q: my softmax probabilities don't sum to 1 per sample: dim=0 normalised over the batch instead of classes.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(3, 4)
wrong = F.softmax(logits, dim=0)
right = F.softmax(logits, dim=1)
print(wrong.sum(dim=1))
print(wrong.sum(dim=0))
print(right.sum(dim=1))
print(right.argmax(dim=1), logits.argmax(dim=1))
print(torch.softmax(logits, -1).equal(right))
x3 = torch.randn(2, 3, 5)
print(F.softmax(x3, dim=-1).sum(-1))
print(F.log_softmax(logits, dim=1).exp().sum(1))
big = torch.tensor([[1000.0, 1001.0, 1002.0]])
print(torch.exp(big) / torch.exp(big).sum(), F.softmax(big, dim=1))
print(F.softmax(torch.tensor([[-float("inf"), -float("inf")]]), dim=1))
