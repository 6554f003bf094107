# Raising the temperature flattens the teacher's distribution ("dark knowledge")
import torch

logits = torch.tensor([5.0, 2.0, 0.5, -1.0])
for T in (1.0, 2.0, 5.0, 20.0):
    p = torch.softmax(logits / T, dim=0)
    ent = -(p * p.log()).sum()
    print(T, p, round(ent.item(), 4))
