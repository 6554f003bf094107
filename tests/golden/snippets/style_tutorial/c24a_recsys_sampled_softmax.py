# Sampled softmax: positive in column 0, sampled negatives after it
import torch
import torch.nn.functional as F

torch.manual_seed(5)
user = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
item_table = torch.tensor([[1.0, 1.0], [0.5, -0.5], [-1.0, 0.0], [0.0, 2.0], [2.0, 0.0]])
pos_items = torch.tensor([4, 3])
neg_items = torch.randint(0, 5, (2, 3))
print(neg_items)
cand = torch.cat([pos_items.unsqueeze(1), neg_items], dim=1)
print(cand)
scores = (user.unsqueeze(1) * item_table[cand]).sum(-1)
print(scores)
labels = torch.zeros(2, dtype=torch.long)
print(F.cross_entropy(scores, labels))
print(F.cross_entropy(scores, labels, reduction='none'))
