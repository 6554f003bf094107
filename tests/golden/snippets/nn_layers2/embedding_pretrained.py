import torch
import torch.nn as nn

weights = torch.tensor([[1.0, 2.3, 3.0], [4.0, 5.1, 6.3]])
emb = nn.Embedding.from_pretrained(weights)
print(emb, emb.weight.requires_grad)
print(emb(torch.tensor([1])))
trainable = nn.Embedding.from_pretrained(weights, freeze=False)
out = trainable(torch.tensor([1, 1, 0]))
out.sum().backward()
print(trainable.weight.grad)
emb2 = nn.Embedding(3, 2, scale_grad_by_freq=True)
emb2(torch.tensor([0, 0, 1])).sum().backward()
print(emb2, emb2.weight.grad)
