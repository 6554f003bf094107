# nn.EmbeddingBag modes (sum, mean, max) with offsets and per_sample_weights, against Embedding + reductions.
import torch
import torch.nn as nn

torch.manual_seed(0)
weights = torch.randn(6, 3)
text = torch.tensor([1, 2, 4, 5, 4, 3, 2, 0])
offsets = torch.tensor([0, 3, 5])
for mode in ("sum", "mean", "max"):
    bag = nn.EmbeddingBag.from_pretrained(weights, mode=mode)
    print(mode, bag(text, offsets))
emb = nn.Embedding.from_pretrained(weights)
print(emb(text[:3]).mean(0), emb(text[3:5]).sum(0))
bag = nn.EmbeddingBag.from_pretrained(weights, mode="sum")
print(bag(text, offsets, per_sample_weights=torch.arange(1.0, 9.0)))
print(bag(torch.tensor([[1, 2], [3, 4]])))
print(bag, emb.weight.requires_grad, nn.Embedding.from_pretrained(weights, freeze=False).weight.requires_grad)
