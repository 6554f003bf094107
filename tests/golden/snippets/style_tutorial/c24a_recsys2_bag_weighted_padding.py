# Weighted bags with padding: ratings as per-sample weights
import torch
import torch.nn as nn

bag = nn.EmbeddingBag.from_pretrained(torch.tensor([[0.0, 0.0], [1.0, 2.0], [3.0, 1.0]]), mode='sum',
                                      padding_idx=0, freeze=False)
ids = torch.tensor([[1, 2, 0], [2, 0, 0]])
ratings = torch.tensor([[5.0, 3.0, 4.0], [1.0, 2.0, 2.0]], requires_grad=True)
out = bag(ids, per_sample_weights=ratings)
print(out)
out.sum().backward()
print(bag.weight.grad)
print(ratings.grad)
print(out.grad_fn.name())
