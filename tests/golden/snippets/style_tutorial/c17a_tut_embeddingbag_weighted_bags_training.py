# EmbeddingBag with per-token weights (tf-idf style) and include_last_offset, trained briefly
import torch
from torch import nn

torch.manual_seed(0)
tokens = torch.tensor([1, 4, 2, 3, 3, 5, 1, 1, 0])
bounds = torch.tensor([0, 3, 5, 9])
weights = torch.tensor([0.5, 1.0, 0.2, 0.7, 0.7, 1.5, 0.1, 0.1, 0.3])
bag = nn.EmbeddingBag(6, 4, mode="sum", include_last_offset=True)
out_layer = nn.Linear(4, 2)
print(bag)
print(bag(tokens, bounds, per_sample_weights=weights).shape)
params = list(bag.parameters()) + list(out_layer.parameters())
sgd = torch.optim.SGD(params, lr=0.5)
targets = torch.tensor([0, 1, 0])
for epoch in range(3):
    scores = out_layer(bag(tokens, bounds, per_sample_weights=weights))
    loss = nn.functional.cross_entropy(scores, targets)
    sgd.zero_grad()
    loss.backward()
    sgd.step()
    print(f"epoch {epoch} loss {loss.item():.4f} correct {(scores.argmax(1) == targets).sum().item()}")
print(bag.weight.grad[2], bag.weight.grad[0].abs().sum() > 0)
try:
    nn.EmbeddingBag(6, 4, mode="max")(tokens, bounds[:-1], per_sample_weights=weights)
except (NotImplementedError, ValueError, RuntimeError) as e:
    print(type(e).__name__, e)
