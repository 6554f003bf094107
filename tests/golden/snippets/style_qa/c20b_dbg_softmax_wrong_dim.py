# my probabilities don't sum to 1 per row
import torch

torch.manual_seed(5)
scores = torch.randn(3, 4)
p = torch.softmax(scores, dim=0)
print(p.sum(dim=1))
print(p.sum(dim=0))
p = torch.softmax(scores, dim=-1)
print(p.sum(dim=1))
print(torch.softmax(scores, dim=1).argmax(1), scores.argmax(1))
try:
    torch.softmax(scores, dim=2)
except IndexError as e:
    print("IndexError:", e)
