# Ties: max() spreads the gradient, max(dim) picks one index, amax spreads.
import torch

scores = torch.tensor([[2.0, 5.0, 5.0], [1.0, 1.0, 0.0]], requires_grad=True)
reductions = {
    'max()': lambda t: t.max(),
    'max(dim=1)': lambda t: t.max(dim=1).values.sum(),
    'amax(dim=1)': lambda t: t.amax(dim=1).sum(),
    'min()': lambda t: t.min(),
}
for label, reduce in reductions.items():
    (g,) = torch.autograd.grad(reduce(scores), scores)
    print(label, g)
