# Practice 9: softmax with temperature; entropy falls as T falls
import torch

logits = torch.tensor([2.0, 1.0, 0.1])
for T in [5.0, 1.0, 0.5, 0.1]:
    p = torch.softmax(logits / T, dim=0)
    entropy = -(p * p.log()).sum()
    print(T, p, entropy)
