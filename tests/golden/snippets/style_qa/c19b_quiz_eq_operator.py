# Quiz 37: comparing two predictions with ==
import torch

pred = torch.tensor([1, 0, 1])
gold = torch.tensor([1, 0, 1])
try:
    print("match" if pred == gold else "differ")
except RuntimeError as err:
    print(type(err).__name__, err)
print(torch.equal(pred, gold), pred.eq(gold).all())
print(pred.tolist() == gold.tolist())
one = torch.tensor([7])
print("ok" if one == 7 else "no")
print(torch.tensor(0.0) or "fallback")
