# Q: "Boolean value of Tensor with more than one value is ambiguous" in an if statement on a batch.
import torch

torch.manual_seed(44)
scores = torch.rand(4)
try:
    if scores > 0.5:
        print("high")
except RuntimeError as e:
    print(e)
if (scores > 0.5).any():
    print("some high:", (scores > 0.5).nonzero().flatten().tolist())
if (scores >= 0).all():
    print("all non-negative")
try:
    x = scores and torch.ones(4)
except RuntimeError as e:
    print(e)
print(torch.logical_and(scores > 0.2, scores < 0.8))
print((scores > 0.2) & (scores < 0.8))
try:
    print(scores > 0.2 & scores < 0.8)
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
print(bool(torch.tensor([0.0])), bool(torch.tensor(3)))
print(max(torch.tensor([1, 5]), torch.tensor([2, 1])) if False else torch.maximum(torch.tensor([1, 5]), torch.tensor([2, 1])))
