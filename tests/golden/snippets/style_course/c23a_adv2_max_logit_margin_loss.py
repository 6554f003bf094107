# Untargeted margin loss on logits with topk: the best wrong class minus the true class
import torch

logits = torch.tensor([[3.0, 1.0, 2.5], [0.0, 0.5, -1.0]], requires_grad=True)
y = torch.tensor([0, 1])
top2 = logits.topk(2, dim=1)
print(top2.values, top2.indices)
true = logits[torch.arange(2), y]
wrong = logits.masked_fill(torch.nn.functional.one_hot(y, 3).bool(), float("-inf")).amax(1)
margin = (wrong - true)
print(margin)
margin.sum().backward()
print(logits.grad)
