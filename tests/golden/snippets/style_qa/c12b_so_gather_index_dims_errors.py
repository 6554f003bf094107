# Q: gather says "Index tensor must have the same number of dimensions as input tensor" - gather recipes.
import torch

logits = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]])
target = torch.tensor([1, 0])
try:
    logits.gather(1, target)
except RuntimeError as e:
    print(e)
print(logits.gather(1, target.unsqueeze(1)), logits.gather(1, target[:, None]).squeeze(1))
try:
    logits.gather(1, target.unsqueeze(1).float())
except RuntimeError as e:
    print(e)
try:
    logits.gather(0, torch.tensor([[0, 1, 2, 0]]))
except RuntimeError as e:
    print(e)
try:
    logits.gather(2, target.unsqueeze(1))
except IndexError as e:
    print(e)
print(torch.gather(logits, 0, torch.tensor([[1, 0, 1]])), logits[torch.arange(2), target])
print(torch.take_along_dim(logits, target[:, None], dim=1), torch.take(logits, torch.tensor([0, 5])))
