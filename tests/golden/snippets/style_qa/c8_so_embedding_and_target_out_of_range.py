# Q: "index out of range in self" from nn.Embedding and "Target N is out of bounds" from cross_entropy.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
vocab = ['<pad>', 'the', 'cat', 'sat']
emb = nn.Embedding(len(vocab), 5, padding_idx=0)
tokens = torch.tensor([[1, 2, 3, 0]])
print(emb(tokens).shape, emb(tokens)[0, -1])
try:
    emb(torch.tensor([[1, 4]]))
except IndexError as e:
    print("IndexError:", e)
try:
    emb(torch.tensor([-1]))
except IndexError as e:
    print("IndexError:", e)
logits = torch.randn(3, 4)
try:
    F.cross_entropy(logits, torch.tensor([0, 4, 1]))
except IndexError as e:
    print("IndexError:", e)
try:
    F.cross_entropy(logits, torch.tensor([0, -1, 1]))
except IndexError as e:
    print("IndexError:", e)
print(F.cross_entropy(logits, torch.tensor([0, -100, 1])))
labels = torch.tensor([1, 2, 3, 4])
print(F.cross_entropy(torch.randn(4, 5), labels - 1))
